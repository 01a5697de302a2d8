import 'server-only';
import { and, count, eq, gte, lt } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articles, type Role } from '@/db/schema';
import { listMyDesk, type MyDeskRow } from '@/lib/articles/my-desk';
import type { DeskFilterParams, DeskList } from '@/lib/articles/my-desk-filters';
import { type ArticleTeaser, listMostRead } from '@/lib/articles/public';
import { can } from '@/lib/auth/permissions';
import { now as clockNow } from '@/lib/clock';
import { countQueues, getModerationMetrics, type Queue } from '@/lib/comments/comments';
import { vietnamIsoDay, vietnamMonthRange } from '@/lib/dates';
import { weekOf } from '@/lib/planning/week';
import { listMyTopics, listTopicsDue, type TopicCard } from '@/lib/planning/topics';
import { getMyMonthTotal, listMonthsToLock } from '@/lib/royalties/months';
import { readsWholeNewsroom } from '@/lib/stats/access';
import { presetRange } from '@/lib/stats/range';
import { getReaderOverview } from '@/lib/stats/views';

type Actor = { id: number; role: Role };

const SHOWN = 5;

/**
 * What a person finds when they open the desk: their own work first, then what waits for them,
 * then the day's figures. Each part is there only for those whose role does that work; an absent
 * part is `null`, an empty one `[]` (the page says "nothing waiting" instead of hiding it).
 */
export type DeskHome = {
  /** The reporter's day: returned stories, drafts, topics given to them. */
  returned: MyDeskRow[] | null;
  drafts: MyDeskRow[] | null;
  myTopics: TopicCard[] | null;
  /** The editor's day: stories at their level of the chain, stories going live today, topics due. */
  waiting: MyDeskRow[] | null;
  scheduledToday: MyDeskRow[] | null;
  topicsDue: TopicCard[] | null;
  /** What readers read in the last 24 hours. */
  readNow: ArticleTeaser[] | null;
  /** Stories that went live this week and this month (Vietnam time), for those who answer for output. */
  output: { week: number; month: number } | null;
  /** The moderator's day: queue sizes and how long a comment waits. */
  comments: { queues: Record<Queue, number>; medianSeconds: number | null } | null;
  /** Whether the person may open Thống kê: the figure parts link to it. */
  stats: boolean;
  /** A reporter's own figures: reads of their stories over the last 7 days (Vietnam time). */
  myFigures: { views: number; storiesRead: number } | null;
  /** Nhuận bút: this person's own this month (Vietnam time); months the tổng biên tập has to lock. */
  royalties: { month: string; mine: number; toLock: { month: string; status: 'draft' | 'reviewed'; total: number }[] } | null;
};

async function countWentLive(from: Date, to: Date): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ n: count() })
    .from(articles)
    .where(and(eq(articles.status, 'published'), gte(articles.publishedAt, from), lt(articles.publishedAt, to)));
  return Number(row?.n ?? 0);
}

export async function getDeskHome({ actor, now = clockNow() }: { actor: Actor; now?: Date }): Promise<DeskHome> {
  const writes = can(actor.role, 'article.create');
  const reviews = can(actor.role, 'article.review');
  const plans = can(actor.role, 'topic.plan');
  const moderates = can(actor.role, 'comment.moderate');
  const today = vietnamIsoDay(now);
  const list = (which: DeskList, filters: DeskFilterParams = {}) => listMyDesk({ actor, list: which, filters, limit: SHOWN });

  const royaltyMonth = today.slice(0, 7);
  const paid = can(actor.role, 'royalty.read');
  const stats = can(actor.role, 'stats.read');
  const ownFigures = stats && !readsWholeNewsroom(actor);
  const [returned, drafts, myTopics, waiting, scheduled, topicsDue, readNow, week, month, queues, metrics, mine, toLock, overview] = await Promise.all([
    writes ? list('tra-lai') : null,
    writes ? list('nhap') : null,
    can(actor.role, 'topic.propose') ? listMyTopics({ actor, now, limit: SHOWN }) : null,
    reviews ? list('cho-toi') : null,
    // The desk list of scheduled stories, for today only: the next to go live first.
    reviews ? list('hen-gio', { tu: today, den: today }) : null,
    plans ? listTopicsDue({ actor, day: today, now }) : null,
    reviews ? listMostRead({ limit: SHOWN, hours: 24 }) : null,
    reviews ? countWentLive(weekOf(now).start, now) : null,
    reviews ? countWentLive(vietnamMonthRange(royaltyMonth).start, now) : null,
    moderates ? countQueues({ actor }) : null,
    moderates ? getModerationMetrics({ actor, days: 7 }) : null,
    paid ? getMyMonthTotal({ actor, month: royaltyMonth }) : null,
    paid ? listMonthsToLock({ actor }) : null,
    ownFigures ? getReaderOverview({ actor, range: presetRange('7', now) }) : null,
  ]);
  return {
    returned,
    drafts,
    myTopics,
    waiting,
    scheduledToday: scheduled,
    topicsDue: topicsDue ? topicsDue.slice(0, SHOWN) : null,
    readNow,
    output: week !== null && month !== null ? { week, month } : null,
    comments: queues && metrics ? { queues, medianSeconds: metrics.medianSeconds } : null,
    royalties: mine !== null && toLock ? { month: royaltyMonth, mine, toLock } : null,
    stats,
    myFigures: overview ? { views: overview.total, storiesRead: overview.storiesRead } : null,
  };
}
