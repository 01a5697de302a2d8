import type { Article, User } from '@/db/schema';
import { CorrectionForm, LiveEditButtons } from '@/components/desk/signoff-forms';
import { availableLiveEditMoves, liveEditMoveLabels } from '@/lib/articles/live-edits';
import { levelLabel, type SignoffChain } from '@/lib/articles/signoff';
import { can } from '@/lib/auth/permissions';
import { formatPublishedAt } from '@/lib/dates';
import { moveLiveEditAction, publishCorrectionAction } from '../signoff-actions';

const editStatus = { in_review: 'đang chờ duyệt', returned: 'bị trả lại', approved: 'đã duyệt, chờ xuất bản' } as const;

/** The editor page's sign-off side: the level a story waits at, its pending edit, corrections. */
export function SignoffPanel({ article, user, chain }: { article: Article; user: User; chain: SignoffChain }) {
  const edit = article.status === 'published' ? article.pendingEdit : null;
  const editMoves = availableLiveEditMoves(article, user, chain);
  return (
    <>
      {edit ? (
        <LiveEditButtons
          articleId={article.id}
          action={moveLiveEditAction}
          summary={`Bản sửa lưu lúc ${formatPublishedAt(new Date(edit.savedAt))} ${editStatus[edit.status]}${
            edit.status === 'in_review' ? ` (${levelLabel(chain, edit.level)})` : ''
          }. Bạn đọc vẫn thấy bản đang đăng cho đến khi bản sửa được xuất bản.`}
          options={editMoves.map((m) => ({ move: m, label: liveEditMoveLabels[m], needsReason: m === 'return' }))}
        />
      ) : null}
      {article.status === 'published' && can(user.role, 'article.correct') ? <CorrectionForm articleId={article.id} action={publishCorrectionAction} /> : null}
    </>
  );
}

/** "Chờ duyệt — cấp 2/3: Thư ký tòa soạn" next to the status. */
export function WaitingLevel({ article, chain }: { article: Article; chain: SignoffChain }) {
  if (article.status !== 'in_review') return null;
  return <span data-testid="review-level"> · {levelLabel(chain, article.reviewLevel)}</span>;
}
