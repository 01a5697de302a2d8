import { describe, expect, it } from 'vitest';
import { parseCreditNames } from './credits';

const names = (credit: string) => parseCreditNames(credit).map((n) => `${n.name}|${n.slug}`);

describe('reading the people out of a credit line', () => {
  it('handles the newsroom forms', () => {
    expect(names('Tin, ảnh: Minh Anh')).toEqual(['Minh Anh|minh-anh']);
    expect(names('Bài, ảnh: Đặng Thu Hà')).toEqual(['Đặng Thu Hà|dang-thu-ha']);
    expect(names('Bài: Lê Hà - Ảnh: Tuấn Kiệt')).toEqual(['Lê Hà|le-ha', 'Tuấn Kiệt|tuan-kiet']);
    expect(names('Bài: An và Bình')).toEqual(['An|an', 'Bình|binh']);
    expect(names('Nhóm phóng viên: Hòa, Bình, Hòa')).toEqual(['Hòa|hoa', 'Bình|binh']);
  });

  it('keeps a hyphenated name whole when no label follows the dash', () => {
    expect(names('Ảnh: Trần Văn A - Cộng tác viên')).toEqual(['Trần Văn A - Cộng tác viên|tran-van-a-cong-tac-vien']);
  });

  it('returns nothing for an empty credit', () => {
    expect(parseCreditNames('   ')).toEqual([]);
  });
});
