import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ApproveTopicForm, AssignTopicForm, DeclineTopicForm, WriteFromTopicButton } from '@/components/planning/topic-decisions';
import { TopicStatusBadge } from '@/components/planning/topic-card';
import { statusLabelOf } from '@/lib/articles/workflow';
import { roleLabels } from '@/lib/auth/permissions';
import { requireDeskUser } from '@/lib/auth/session';
import { now as clockNow } from '@/lib/clock';
import { displayDay, formatPublishedAt, formatVietnamDateTime } from '@/lib/dates';
import { refusedOnDesk } from '@/lib/desk-pages';
import { isDomainError } from '@/lib/errors';
import { idParam } from '@/lib/ids';
import { getTopic, listTopicWriters } from '@/lib/planning/topics';
import { approveTopicAction, assignTopicAction, declineTopicAction, writeFromTopicAction } from '../actions';

const actLabels: Record<string, string> = {
  'topic.propose': 'Đề xuất đề tài',
  'topic.approve': 'Duyệt đề tài',
  'topic.decline': 'Từ chối đề tài',
  'topic.assign': 'Giao đề tài',
  'topic.write': 'Mở bản nháp từ đề tài',
  'article.submit': 'Gửi bài duyệt',
  'article.return': 'Trả bài',
  'article.approve': 'Duyệt bài',
  'article.publish': 'Xuất bản',
  'article.unpublish': 'Gỡ bài',
};

export default async function TopicPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id: raw } = await params;
  const id = idParam.safeParse(raw);
  if (!id.success) notFound();
  const user = await requireDeskUser('topic.propose', `/desk/de-tai/${id.data}`);
  const now = clockNow();
  const seen = await getTopic({ actor: user, id: id.data, now }).catch((err) => {
    if (isDomainError(err) && err.code === 'not_found') notFound();
    return refusedOnDesk(err);
  });
  const justMade = (await searchParams).moi === '1';
  const { topic, moves, history } = seen;
  const people = moves.includes('assign') ? await listTopicWriters({ actor: user }) : [];
  const facts: [string, React.ReactNode][] = [
    ['Chuyên mục', topic.sectionName],
    ['Ngày dự kiến đăng', displayDay(topic.expectedOn)],
    ['Hạn nộp', topic.deadline ? <time dateTime={topic.deadline.toISOString()}>{formatPublishedAt(topic.deadline)}</time> : 'Chưa đặt'],
    ['Người đề xuất', topic.proposer.name],
    ['Phóng viên thực hiện', topic.assignees.length ? topic.assignees.map((a) => a.name).join(', ') : 'Chưa giao'],
  ];
  return (
    <>
      <p className="text-sm">
        <Link href={`/desk/de-tai?tuan=${topic.expectedOn}`} className="underline">
          Kế hoạch đề tài
        </Link>
      </p>
      {justMade ? (
        <p role="status" className="mt-2 rounded border border-success bg-green-50 p-2 text-sm text-success">
          {topic.decision === 'approved' ? 'Đã lưu và giao đề tài.' : 'Đã gửi đề xuất. Thư ký tòa soạn sẽ xem và trả lời.'}
        </p>
      ) : null}
      <div className="mt-2 flex flex-wrap items-start gap-2">
        <h1 className="text-2xl font-bold [overflow-wrap:anywhere]">{topic.title}</h1>
        <span className="mt-1.5">
          <TopicStatusBadge status={topic.status} label={topic.statusLabel} />
        </span>
      </div>
      {topic.status === 'declined' && topic.declineReason ? (
        <p className="mt-2 rounded border border-neutral-400 bg-neutral-100 p-2 text-sm" data-testid="decline-reason">
          Lý do từ chối: {topic.declineReason}
        </p>
      ) : null}
      {topic.status === 'overdue' ? (
        <p className="mt-2 rounded border-2 border-red-700 bg-red-50 p-2 text-sm font-semibold text-danger">Đề tài đã quá hạn nộp mà chưa có bài gửi duyệt.</p>
      ) : null}

      <div className="mt-4 grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="min-w-0">
          <dl className="grid gap-x-4 gap-y-2 rounded border border-line bg-white p-4 text-sm sm:grid-cols-[max-content_minmax(0,1fr)]">
            {facts.map(([k, v]) => (
              <div key={k} className="contents">
                <dt className="font-semibold">{k}</dt>
                <dd className="[overflow-wrap:anywhere]">{v}</dd>
              </div>
            ))}
            {topic.story ? (
              <div className="contents">
                <dt className="font-semibold">Bài viết</dt>
                <dd>
                  {seen.canOpenStory ? (
                    <Link href={`/desk/bai-viet/${topic.story.id}`} className="underline" data-testid="topic-story">
                      {topic.story.title}
                    </Link>
                  ) : seen.canSeeStory ? (
                    topic.story.title
                  ) : (
                    'Bài đang thực hiện'
                  )}{' '}
                  <span className="text-muted">({statusLabelOf(topic.story, now)})</span>
                </dd>
              </div>
            ) : null}
          </dl>
          {(
            [
              ['Hướng khai thác', topic.angle],
              ['Ảnh, video cần có', topic.mediaNeeds],
              ['Nguồn tin, nhân vật', topic.sources],
            ] as const
          ).map(([k, v]) =>
            v ? (
              <section key={k} className="mt-4">
                <h2 className="font-semibold">{k}</h2>
                <p className="mt-1 whitespace-pre-line [overflow-wrap:anywhere]">{v}</p>
              </section>
            ) : null,
          )}
          <section aria-labelledby="lich-su" className="mt-6">
            <h2 id="lich-su" className="font-semibold">
              Lịch sử
            </h2>
            <ol className="mt-2 space-y-1 text-sm" data-testid="topic-history">
              {history.map((h) => (
                <li key={h.id}>
                  <time dateTime={h.at.toISOString()} className="text-muted">
                    {formatVietnamDateTime(h.at)}
                  </time>{' '}
                  · {h.actorName ?? 'Hệ thống'}: {actLabels[h.action] ?? h.action}
                  {'after' in h && h.action === 'topic.decline' ? ` — ${String((h.after as { reason?: string } | null)?.reason ?? '')}` : ''}
                </li>
              ))}
            </ol>
          </section>
        </div>
        <aside className="grid content-start gap-3" aria-label="Thao tác">
          {moves.includes('write') ? <WriteFromTopicButton topicId={topic.id} action={writeFromTopicAction} /> : null}
          {moves.includes('approve') ? <ApproveTopicForm topicId={topic.id} action={approveTopicAction} /> : null}
          {moves.includes('assign') ? (
            <AssignTopicForm
              // Fresh boxes when the topic changes under the form (approved a moment ago: the proposer is now ticked).
              key={`${topic.decision}:${topic.assignees.map((a) => a.id).join(',')}`}
              topicId={topic.id}
              action={assignTopicAction}
              people={people.map((p) => ({ id: p.id, name: p.name, role: roleLabels[p.role] }))}
              assigned={topic.assignees.map((a) => a.id)}
              deadline={topic.deadline ? formatVietnamDateTime(topic.deadline) : ''}
              expectedOn={displayDay(topic.expectedOn)}
            />
          ) : null}
          {moves.includes('decline') ? <DeclineTopicForm topicId={topic.id} action={declineTopicAction} /> : null}
        </aside>
      </div>
    </>
  );
}
