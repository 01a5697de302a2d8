import type { Article, User } from '@/db/schema';
import { CorrectionForm, LiveEditButtons } from '@/components/desk/signoff-forms';
import { availableLiveEditMoves, liveEditMoveLabels } from '@/lib/articles/live-edits';
import { levelLabel, type SignoffChain } from '@/lib/articles/signoff';
import { can } from '@/lib/auth/permissions';
import { formatPublishedAt } from '@/lib/dates';
import type { SignoffStep } from '@/lib/articles/signoff-trail';
import { moveLiveEditAction, publishCorrectionAction } from '../signoff-actions';

const editStatus = { in_review: 'đang chờ duyệt', returned: 'bị trả lại', approved: 'đã duyệt, chờ xuất bản' } as const;

/** The editor page's sign-off side: the level a story waits at, its pending edit, corrections. */
export function SignoffPanel({ article, user, chain, live }: { article: Article; user: User; chain: SignoffChain; live: boolean }) {
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
      {live && can(user.role, 'article.correct') ? <CorrectionForm articleId={article.id} action={publishCorrectionAction} /> : null}
    </>
  );
}

/** "Chờ duyệt — cấp 2/3: Thư ký tòa soạn" next to the status. */
export function WaitingLevel({ article, chain }: { article: Article; chain: SignoffChain }) {
  if (article.status !== 'in_review') return null;
  return <span data-testid="review-level"> · {levelLabel(chain, article.reviewLevel)}</span>;
}

/** At the top of a returned story: who returned it, when, and why, before anything else. */
export function ReturnedBanner({ by, at, reason }: { by: string; at: Date; reason: string }) {
  return (
    <div role="note" data-testid="returned-banner" className="mt-3 rounded border-l-4 border-danger bg-red-50 p-3 text-sm">
      <p>
        <strong>Bị trả lại</strong> — {by}, {formatPublishedAt(at)}:
      </p>
      <p className="mt-1 whitespace-pre-line">{reason}</p>
    </div>
  );
}

const stepText = (step: SignoffStep, chain: SignoffChain): string => {
  switch (step.kind) {
    case 'submit':
      return 'Gửi duyệt';
    case 'reviewAgain':
      return 'Sửa sau khi duyệt, gửi lại từ cấp 1';
    case 'approve': {
      const title = chain.levels[(step.level ?? 1) - 1]?.title;
      return chain.levels.length > 1 ? `Duyệt cấp ${step.level}${title ? ` (${title})` : ''}` : `Duyệt${title ? ` (${title})` : ''}`;
    }
    case 'return':
      return 'Trả bài';
    case 'withdraw':
      return 'Rút bài';
    case 'publish':
      return step.publishAt && step.publishAt > step.at ? `Hẹn giờ xuất bản ${formatPublishedAt(step.publishAt)}` : 'Xuất bản';
    case 'reschedule':
      return step.publishAt ? `Đổi giờ xuất bản sang ${formatPublishedAt(step.publishAt)}` : 'Đổi giờ xuất bản';
    case 'unschedule':
      return 'Hủy hẹn giờ';
    case 'editSubmit':
      return 'Lưu bản sửa';
    case 'editApprove':
      return 'Duyệt bản sửa';
  }
};

/** Who signed the story off at which level and when, since it was last sent for review. */
export function SignoffTrail({ trail, chain }: { trail: SignoffStep[]; chain: SignoffChain }) {
  if (!trail.length) return null;
  return (
    <section aria-labelledby="ky-duyet" className="rounded border border-line bg-white p-4">
      <h2 id="ky-duyet" className="font-semibold">
        Quá trình duyệt
      </h2>
      {chain.distinctApprovers ? <p className="mt-1 text-xs text-muted">Mỗi cấp do một người khác duyệt.</p> : null}
      <ol className="mt-2 space-y-2 border-l-2 border-line pl-3 text-sm">
        {trail.map((step, i) => (
          <li key={i} data-testid="signoff-step">
            <span className="font-semibold">{stepText(step, chain)}</span> — {step.actorName}
            <span className="block text-xs text-muted">{formatPublishedAt(step.at)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
