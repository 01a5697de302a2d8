import { formatPublishedAt } from './dates';

/**
 * How the audit log reads to a person: Vietnamese names for acts, subjects and fields, and a
 * before/after record turned into rows of "what changed". Plain TypeScript, unit-tested.
 */

/** Acts written today; an act not listed here still shows, under its code. */
export const auditActionLabels: Record<string, string> = {
  'article.create': 'Tạo bài viết',
  'article.save': 'Lưu bài viết',
  'article.autosave': 'Tự động lưu bài viết',
  'article.submit': 'Gửi duyệt',
  'article.return': 'Trả bài',
  'article.approve': 'Duyệt bài',
  'article.publish': 'Xuất bản',
  'article.withdraw': 'Rút bài về bản nháp',
  'article.reschedule': 'Đổi giờ xuất bản',
  'article.unschedule': 'Hủy hẹn giờ xuất bản',
  'article.wentLive': 'Bài hẹn giờ lên trang báo',
  'article.unpublish': 'Gỡ bài',
  'article.trash': 'Chuyển vào thùng rác',
  'article.restore': 'Khôi phục bài',
  'article.pin': 'Ghim lên trang chủ',
  'article.unpin': 'Bỏ ghim trang chủ',
  'article.comments_mode': 'Đổi chế độ bình luận của bài',
  'article.editSubmit': 'Lưu bản sửa bài đang đăng (chờ duyệt)',
  'article.editApprove': 'Duyệt bản sửa',
  'article.editReturn': 'Trả bản sửa',
  'article.editPublish': 'Xuất bản bản sửa',
  'article.editDiscard': 'Bỏ bản sửa',
  'article.editSetAside': 'Cất bản sửa chờ duyệt vào lịch sử (bài không còn đăng)',
  'article.reviewAgain': 'Duyệt lại từ cấp đầu (bài được sửa sau khi duyệt)',
  'article.correct': 'Đăng đính chính',
  'workflow.save': 'Lưu quy trình duyệt bài',
  'workflow.drop': 'Chuyên mục dùng lại quy trình chung',
  'comment.approve': 'Duyệt bình luận',
  'comment.reject': 'Từ chối bình luận',
  'comment.spam': 'Đánh dấu bình luận rác',
  'comment.undo': 'Hoàn tác kiểm duyệt',
  'comment.ban': 'Cấm người bình luận',
  'comment.unban': 'Bỏ chặn người bình luận',
  'comment.edit': 'Sửa bình luận trước khi duyệt',
  'comment.staff_reply': 'Trả lời với tư cách Ban biên tập',
  'term.add': 'Thêm từ cấm',
  'term.remove': 'Bỏ từ cấm',
  'settings.save': 'Lưu cài đặt trang',
  'royalty.settings': 'Đổi cài đặt nhuận bút',
  'royalty.set': 'Chấm nhuận bút',
  'royalty.change': 'Sửa nhuận bút (tháng chưa khóa)',
  'royalty.adjust': 'Ghi điều chỉnh nhuận bút vào tháng sau',
  'royalty.review': 'Soát bảng nhuận bút',
  'royalty.lock': 'Khóa sổ nhuận bút',
  'section.create': 'Tạo chuyên mục',
  'section.update': 'Sửa chuyên mục',
  'section.move': 'Đổi thứ tự chuyên mục',
  'section.delete': 'Xóa chuyên mục',
  'section.comments_mode': 'Đổi chế độ bình luận của chuyên mục',
  'tag.create': 'Tạo từ khóa',
  'tag.rename': 'Đổi tên từ khóa',
  'tag.merge': 'Gộp từ khóa',
  'tag.delete': 'Xóa từ khóa',
  'media.upload': 'Tải ảnh lên',
  'media.details': 'Sửa thông tin ảnh',
  'media.delete': 'Xóa ảnh',
  'user.invite': 'Mời người dùng',
  'user.password_reset': 'Cấp lại mật khẩu',
  'user.password_set': 'Đặt mật khẩu qua liên kết',
  'user.password_change': 'Tự đổi mật khẩu',
  'user.profile': 'Sửa thông tin cá nhân',
  'user.role': 'Đổi vai trò',
  'user.activate': 'Mở khóa tài khoản',
  'user.deactivate': 'Khóa tài khoản',
};

export const auditSubjectLabels: Record<string, string> = {
  article: 'Bài viết',
  comment: 'Bình luận',
  user: 'Người dùng',
  section: 'Chuyên mục',
  tag: 'Từ khóa',
  media: 'Ảnh',
  settings: 'Cài đặt',
  royalty: 'Nhuận bút',
};

const fieldLabels: Record<string, string> = {
  name: 'Tên',
  email: 'Email',
  role: 'Vai trò',
  active: 'Đang hoạt động',
  slug: 'Đường dẫn',
  title: 'Tiêu đề',
  lead: 'Sapo',
  status: 'Trạng thái',
  reason: 'Lý do',
  mode: 'Chế độ bình luận',
  position: 'Vị trí',
  articles: 'Số bài',
  link: 'Loại liên kết',
  via: 'Qua liên kết',
  siteName: 'Tên báo',
  dateline: 'Tiền tố sapo',
  defaultCommentsMode: 'Chế độ bình luận mặc định',
  commentsCloseAfterDays: 'Tự đóng bình luận sau (ngày)',
  commentMaxLinks: 'Số liên kết tối đa',
  term: 'Từ',
  publishAt: 'Hẹn giờ',
  version: 'Phiên bản',
  pinnedRank: 'Vị trí ghim',
  mediaMaxMegabytes: 'Dung lượng ảnh tối đa (MB)',
  alt: 'Mô tả ảnh',
  caption: 'Chú thích',
  credit: 'Nguồn ảnh',
  fileName: 'Tên tệp',
  storageKey: 'Tệp lưu trữ',
  mime: 'Định dạng',
  size: 'Dung lượng (byte)',
  uploadedBy: 'Người tải lên (mã)',
  reviewLevel: 'Cấp duyệt',
  level: 'Cấp duyệt',
  pendingEdit: 'Bản sửa',
  correction: 'Đính chính',
  levels: 'Các cấp duyệt',
  body: 'Nội dung',
  parent: 'Trả lời bình luận (mã)',
  by: 'Chặn theo',
  until: 'Chặn đến',
  liftedAt: 'Bỏ chặn lúc',
  rejected: 'Bình luận đang chờ bị từ chối',
  distinctApprovers: 'Mỗi cấp một người duyệt',
};

const valueLabels: Record<string, string> = {
  admin: 'Quản trị',
  editor: 'Biên tập viên',
  reporter: 'Phóng viên',
  moderator: 'Kiểm duyệt viên',
  open: 'Hiển thị ngay',
  premoderated: 'Duyệt trước',
  closed: 'Đóng',
  invite: 'Lời mời',
  reset: 'Cấp lại',
  draft: 'Bản nháp',
  in_review: 'Chờ duyệt',
  returned: 'Bị trả lại',
  approved: 'Đã duyệt',
  published: 'Đã xuất bản',
  unpublished: 'Đã gỡ',
  trashed: 'Thùng rác',
};

export function auditActionLabel(action: string): string {
  return auditActionLabels[action] ?? action;
}

/** One value as a person reads it: yes/no, role names, "—" for nothing; nested data compactly. */
export function formatAuditValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (typeof value === 'string') {
    // Times are kept as ISO strings in the JSON: show them as the newsroom writes them, in Vietnam time.
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return formatPublishedAt(new Date(value));
    return valueLabels[value] ?? value;
  }
  if (typeof value === 'number') return String(value);
  const text = JSON.stringify(value);
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

/** A sign-off chain as its levels read in order: `Biên tập viên → Tổng biên tập`. */
function formatChainLevels(value: unknown): string {
  if (!Array.isArray(value)) return formatAuditValue(value);
  const titles = value.map((l) => (l && typeof l === 'object' && typeof (l as { title?: unknown }).title === 'string' ? (l as { title: string }).title : '?'));
  return titles.length ? titles.join(' → ') : '—';
}

export type AuditChange = { field: string; label: string; before: string; after: string; changed: boolean };

function asRecord(value: unknown): Record<string, unknown> | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  return { value };
}

/**
 * Rows of "field: before → after" for an entry. Fields in both with the same value are kept (they
 * say what the act was about) but marked unchanged.
 */
export function describeAuditChanges(before: unknown, after: unknown): AuditChange[] {
  const b = asRecord(before);
  const a = asRecord(after);
  const fields = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  const show = (field: string, value: unknown) => (field === 'levels' ? formatChainLevels(value) : formatAuditValue(value));
  return fields.map((field) => {
    const was = b ? show(field, b[field]) : '';
    const now = a ? show(field, a[field]) : '';
    return { field, label: fieldLabels[field] ?? field, before: was, after: now, changed: !(b && a) || was !== now };
  });
}

/** The name an entry recorded for its subject (a title or a name, after the act or before it). */
export function recordedSubjectName(before: unknown, after: unknown): string | null {
  for (const record of [asRecord(after), asRecord(before)]) {
    for (const key of ['title', 'name', 'term'] as const) {
      const value = record?.[key];
      if (typeof value === 'string' && value.trim()) return value;
    }
  }
  return null;
}

/**
 * The subject as the log names it: its kind and name (`Bài viết “Khánh thành cầu…”`); the number
 * only when there is no name to give. The site settings and banned terms read as what they are.
 */
export function auditSubjectText(subjectType: string, subjectId: string, name: string | null): string {
  const kind = auditSubjectLabels[subjectType] ?? subjectType;
  if (subjectType === 'settings') {
    if (subjectId === 'site') return 'Cài đặt trang';
    if (subjectId.startsWith('term:')) return name ? `Từ cấm “${name}”` : 'Từ cấm';
    if (subjectId === 'signoffChain') return 'Quy trình duyệt bài chung';
    if (subjectId.startsWith('signoffChain:section:')) return `Quy trình duyệt bài của chuyên mục ${name ? `“${name}”` : `#${subjectId.split(':').pop()}`}`;
  }
  if (name) return `${kind} “${name.length > 80 ? `${name.slice(0, 79)}…` : name}”`;
  return `${kind} #${subjectId}`;
}

/** Where the subject of an entry lives on the desk, if it has a page there. */
export function auditSubjectHref(subjectType: string, subjectId: string): string | null {
  const numeric = /^\d+$/.test(subjectId);
  switch (subjectType) {
    case 'article':
      return numeric ? `/desk/bai-viet/${subjectId}` : null;
    case 'comment':
      return numeric ? `/desk/binh-luan/${subjectId}` : null;
    case 'user':
      return numeric ? `/desk/nguoi-dung#nguoi-dung-${subjectId}` : null;
    case 'section':
      return numeric ? `/desk/chuyen-muc#chuyen-muc-${subjectId}` : null;
    case 'tag':
      return numeric ? `/desk/the?ma=${subjectId}` : null;
    case 'media':
      return numeric ? `/desk/anh#anh-${subjectId}` : null;
    case 'settings':
      return subjectId === 'site' ? '/desk/cai-dat' : subjectId === 'royalties' ? '/desk/nhuan-but/cai-dat' : subjectId.startsWith('term:') ? '/desk/binh-luan/tu-ngu' : null;
    default:
      return null;
  }
}
