import { describe, expect, it } from 'vitest';
import { joinCredit, parseCreditNames, splitCredit } from './credits';

const names = (credit: string) => parseCreditNames(credit).map((n) => `${n.name}|${n.slug}`);

describe('reading the people out of a credit line', () => {
  it('handles the newsroom forms', () => {
    expect(names('Tin, ảnh: Minh Anh')).toEqual(['Minh Anh|minh-anh']);
    expect(names('Bài, ảnh: Đặng Thu Hà')).toEqual(['Đặng Thu Hà|dang-thu-ha']);
    expect(names('Bài: Lê Hà - Ảnh: Tuấn Kiệt')).toEqual(['Lê Hà|le-ha', 'Tuấn Kiệt|tuan-kiet']);
    expect(names('Bài: An và Bình')).toEqual(['An|an', 'Bình|binh']);
    // A semicolon before the next role's label starts a new part; the writer is not lost.
    expect(names('Bài: Lê Hà; Ảnh: Tuấn Kiệt')).toEqual(['Lê Hà|le-ha', 'Tuấn Kiệt|tuan-kiet']);
    expect(names('Bài: An; Bình')).toEqual(['An|an', 'Bình|binh']);
    expect(names('Nhóm phóng viên: Hòa, Bình, Hòa')).toEqual(['Hòa|hoa', 'Bình|binh']);
  });

  it('keeps a hyphenated name whole when no label follows the dash', () => {
    expect(names('Ảnh: Trần Văn A - Cộng tác viên')).toEqual(['Trần Văn A - Cộng tác viên|tran-van-a-cong-tac-vien']);
  });

  it('returns nothing for an empty credit', () => {
    expect(parseCreditNames('   ')).toEqual([]);
  });
});

describe('credit presets in the editor', () => {
  const presets = ['Tin, ảnh:', 'Bài, ảnh:', 'Bài:', 'Ảnh:'];
  it('splits a credit line into its preset and names, and joins it back', () => {
    expect(splitCredit('Tin, ảnh: Minh Anh', presets)).toEqual({ preset: 'Tin, ảnh:', names: 'Minh Anh' });
    expect(splitCredit('Bài: Lê Hà - Ảnh: Tuấn Kiệt', presets)).toEqual({ preset: 'Bài:', names: 'Lê Hà - Ảnh: Tuấn Kiệt' });
    expect(splitCredit('Nhóm phóng viên', presets)).toEqual({ preset: '', names: 'Nhóm phóng viên' });
    expect(joinCredit('Bài, ảnh:', '  Minh   Anh ')).toBe('Bài, ảnh: Minh Anh');
    expect(joinCredit('', 'Nhóm phóng viên')).toBe('Nhóm phóng viên');
    expect(joinCredit('Bài:', ' ')).toBe('');
  });
});
