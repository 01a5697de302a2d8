import Link from 'next/link';
import { formatScheduledAt } from '@/lib/dates';
import type { TopicStatus } from '@/lib/planning/machine';
import type { TopicCard as Card } from '@/lib/planning/topics';

const badge: Record<TopicStatus, string> = {
  proposed: 'border-sky-300 bg-sky-50 text-sky-900',
  approved: 'border-indigo-300 bg-indigo-50 text-indigo-900',
  writing: 'border-amber-300 bg-amber-50 text-amber-900',
  submitted: 'border-violet-300 bg-violet-50 text-violet-900',
  published: 'border-green-400 bg-green-50 text-green-900',
  overdue: 'border-red-700 bg-red-700 text-white',
  declined: 'border-neutral-300 bg-neutral-100 text-neutral-600',
};

/** A topic's status as a small label: the one look of a status on the board and the topic page. */
export function TopicStatusBadge({ status, label }: { status: TopicStatus; label: string }) {
  return (
    <span data-testid="topic-status" data-status={status} className={`inline-block rounded border px-1.5 py-0.5 text-xs font-semibold ${badge[status]}`}>
      {label}
    </span>
  );
}

/** One topic on the board: a card that reads the same on a phone and in a week column. */
export function TopicCard({ topic, now, showSection = true, showDay = false }: { topic: Card; now: Date; showSection?: boolean; showDay?: boolean }) {
  const late = topic.status === 'overdue';
  return (
    <article
      data-testid="topic-card"
      data-topic-id={topic.id}
      className={`rounded border bg-white p-2 text-sm shadow-sm ${late ? 'border-red-700 border-l-4' : 'border-line'} ${topic.status === 'declined' ? 'opacity-70' : ''}`}
    >
      <div className="flex flex-wrap items-center gap-1">
        <TopicStatusBadge status={topic.status} label={topic.statusLabel} />
        {showSection ? <span className="text-xs text-muted">{topic.sectionName}</span> : null}
        {showDay ? <span className="text-xs text-muted">· đăng {topic.expectedOn.split('-').reverse().join('/')}</span> : null}
      </div>
      <h3 className="mt-1 font-semibold leading-snug [overflow-wrap:anywhere]">
        <Link href={`/desk/de-tai/${topic.id}`} className="hover:text-brand hover:underline">
          {topic.title}
        </Link>
      </h3>
      <p className="mt-1 text-xs text-muted [overflow-wrap:anywhere]">
        {topic.assignees.length ? topic.assignees.map((a) => a.name).join(', ') : `Đề xuất: ${topic.proposer.name}`}
      </p>
      {topic.deadline && topic.status !== 'published' && topic.status !== 'declined' ? (
        <p className={`mt-0.5 text-xs ${late ? 'font-semibold text-danger' : 'text-muted'}`}>
          {late ? 'Quá hạn: ' : 'Hạn nộp: '}
          <time dateTime={topic.deadline.toISOString()}>{formatScheduledAt(topic.deadline, now)}</time>
        </p>
      ) : null}
    </article>
  );
}
