import 'server-only';
import { and, eq, inArray, isNotNull, isNull, lt, or } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articles, notifications, topicAssignees, topics } from '@/db/schema';
import { now as clockNow } from '@/lib/clock';
import { formatScheduledAt, startOfVietnamDay } from '@/lib/dates';
import { deadlineStateOf } from './machine';

const DAY = 24 * 3600_000;

/**
 * Deadline notices (hạn nộp hôm nay, ngày mai, quá hạn) for one person's assigned topics, worked out
 * when their bell is read (lib/notifications.ts): no cron has to run. Each notice carries a key made
 * of the topic, the kind and the deadline, and is inserted with ON CONFLICT DO NOTHING, so reading
 * again, or on two instances at once, tells the person once; a moved deadline tells them again.
 */
export async function deliverDeadlineNotices({ userId, now = clockNow() }: { userId: number; now?: Date }): Promise<number> {
  const db = await getDb();
  const todayStart = startOfVietnamDay(now);
  const rows = await db
    .select({
      id: topics.id,
      title: topics.title,
      deadline: topics.deadline,
      decision: topics.decision,
      storyStatus: articles.status,
      storyPublishedAt: articles.publishedAt,
    })
    .from(topicAssignees)
    .innerJoin(topics, eq(topics.id, topicAssignees.topicId))
    .leftJoin(articles, eq(articles.id, topics.articleId))
    .where(
      and(
        eq(topicAssignees.userId, userId),
        eq(topics.decision, 'approved'),
        isNotNull(topics.deadline),
        lt(topics.deadline, new Date(todayStart.getTime() + 2 * DAY)),
        or(isNull(articles.id), inArray(articles.status, ['draft', 'returned', 'trashed'])),
      ),
    );
  const fresh = rows.flatMap((t) => {
    const story = t.storyStatus ? { status: t.storyStatus, publishedAt: t.storyPublishedAt } : null;
    const state = deadlineStateOf({ decision: t.decision, deadline: t.deadline, story }, now, todayStart);
    if (!state) return [];
    const at = formatScheduledAt(t.deadline!, now);
    const message =
      state === 'overdue'
        ? `Đề tài “${t.title}” đã quá hạn nộp (${at}).`
        : state === 'due_today'
          ? `Đề tài “${t.title}” đến hạn nộp hôm nay, ${at}.`
          : `Đề tài “${t.title}” đến hạn nộp ngày mai, ${at}.`;
    return [
      {
        userId,
        topicId: t.id,
        articleId: null,
        kind: state === 'overdue' ? ('topic_overdue' as const) : ('topic_due' as const),
        message,
        dedupeKey: `topic:${t.id}:${state}:${t.deadline!.toISOString()}`,
      },
    ];
  });
  if (!fresh.length) return 0;
  const inserted = await db.insert(notifications).values(fresh).onConflictDoNothing().returning({ id: notifications.id });
  return inserted.length;
}
