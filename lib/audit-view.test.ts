// fixed-date: values handed to a pure formatter.
import { describe, expect, it } from 'vitest';
import { auditActionLabel, auditSubjectHref, auditSubjectText, describeAuditChanges, formatAuditValue, recordedSubjectName } from './audit-view';

describe('reading the audit log', () => {
  it('names acts in Vietnamese and keeps unknown ones as their code', () => {
    expect(auditActionLabel('user.invite')).toBe('Mời người dùng');
    expect(auditActionLabel('media.upload')).toBe('Tải ảnh lên');
    expect(auditActionLabel('issue.print')).toBe('issue.print');
  });

  it('turns before/after into rows of what changed', () => {
    expect(describeAuditChanges({ role: 'editor', active: true }, { role: 'reporter', active: true })).toEqual([
      { field: 'role', label: 'Vai trò', before: 'Biên tập viên', after: 'Phóng viên', changed: true },
      { field: 'active', label: 'Đang hoạt động', before: 'Có', after: 'Có', changed: false },
    ]);
    expect(describeAuditChanges(null, { name: 'Hà Nội', slug: 'ha-noi' })).toEqual([
      { field: 'name', label: 'Tên', before: '', after: 'Hà Nội', changed: true },
      { field: 'slug', label: 'Đường dẫn', before: '', after: 'ha-noi', changed: true },
    ]);
    expect(describeAuditChanges(null, null)).toEqual([]);
  });

  it('formats values for people', () => {
    expect(formatAuditValue(null)).toBe('—');
    expect(formatAuditValue(false)).toBe('Không');
    expect(formatAuditValue('premoderated')).toBe('Duyệt trước');
    expect(formatAuditValue('2023-01-31T10:05:00.000Z')).toBe('31/01/2023 - 17:05');
    expect(formatAuditValue({ a: 1 })).toBe('{"a":1}');
    expect(formatAuditValue('x'.repeat(300))).toHaveLength(300);
    expect(formatAuditValue({ long: 'x'.repeat(300) })).toHaveLength(200);
  });

  it('links a subject to its desk page', () => {
    expect(auditSubjectHref('article', '12')).toBe('/desk/bai-viet/12');
    expect(auditSubjectHref('user', '3')).toBe('/desk/nguoi-dung#nguoi-dung-3');
    expect(auditSubjectHref('settings', 'site')).toBe('/desk/cai-dat');
    expect(auditSubjectHref('settings', 'royalties')).toBe('/desk/nhuan-but/cai-dat');
    expect(auditSubjectHref('article', 'abc')).toBeNull();
    expect(auditSubjectHref('media', '1')).toBe('/desk/anh#anh-1');
    expect(auditSubjectHref('media', 'x')).toBeNull();
  });
});

describe('naming what an entry is about', () => {
  it('names the subject by its title or name, and falls back to its number only when there is none', () => {
    expect(auditSubjectText('article', '17', 'Khánh thành cầu Phú Cường')).toBe('Bài viết “Khánh thành cầu Phú Cường”');
    expect(auditSubjectText('section', '3', 'Thời sự')).toBe('Chuyên mục “Thời sự”');
    expect(auditSubjectText('tag', '9', 'Kỷ niệm')).toBe('Từ khóa “Kỷ niệm”');
    expect(auditSubjectText('comment', '40', null)).toBe('Bình luận #40');
    expect(auditSubjectText('settings', 'site', null)).toBe('Cài đặt trang');
    expect(auditSubjectText('settings', 'term:5', 'lừa đảo')).toBe('Từ cấm “lừa đảo”');
    expect(auditSubjectText('settings', 'signoffChain', null)).toBe('Quy trình duyệt bài chung');
    expect(auditSubjectText('settings', 'signoffChain:section:4', 'Kinh tế')).toBe('Quy trình duyệt bài của chuyên mục “Kinh tế”');
  });

  it('reads a name the entry recorded, after the act first', () => {
    expect(recordedSubjectName({ name: 'Cũ' }, { name: 'Mới' })).toBe('Mới');
    expect(recordedSubjectName({ name: 'Văn hóa' }, null)).toBe('Văn hóa');
    expect(recordedSubjectName({ term: 'lừa đảo' }, null)).toBe('lừa đảo');
    expect(recordedSubjectName({ status: 'draft' }, { status: 'in_review' })).toBeNull();
  });
});

describe('a sign-off chain in the log', () => {
  it('reads as its levels in order, not as JSON', () => {
    const one = [{ title: 'Biên tập viên', roles: ['editor', 'admin'], userIds: [] }];
    const two = [...one, { title: 'Tổng biên tập', roles: ['admin'], userIds: [] }];
    expect(describeAuditChanges({ levels: one }, { levels: two })).toEqual([
      { field: 'levels', label: 'Các cấp duyệt', before: 'Biên tập viên', after: 'Biên tập viên → Tổng biên tập', changed: true },
    ]);
  });
});
