import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { type Article, notifications } from '@/db/schema';
import { formatPublishedAt } from '@/lib/dates';
import { notifyPeople, storyPeople } from '@/lib/notifications';
import { listLevelActors } from './chain';
import { effectiveLevel, type SignoffChain } from './signoff';
import type { Move } from './workflow';

type Actor = { id: number };

/**
 * Who hears about a step of the sign-off chain: the reporter (and whoever submitted) when the story
 * is returned, approved at a level or published; the people of the next level when it reaches them.
 */
export async function noticeForMove(
  tx: Tx,
  {
    actor,
    move,
    before,
    after,
    chain,
    reason,
    now,
    edit = false,
  }: { actor: Actor; move: Move; before: Pick<Article, 'reviewLevel'>; after: Pick<Article, 'id' | 'authorId' | 'title' | 'status' | 'reviewLevel' | 'publishedAt'>; chain: SignoffChain; reason?: string; now: Date; edit?: boolean },
) {
  const story = edit ? `Bản sửa của bài “${after.title}”` : `Bài “${after.title}”`;
  const tell = async (userIds: number[], kind: 'returned' | 'approved' | 'published' | 'waiting', message: string) =>
    notifyPeople(tx, { userIds, exceptUserId: actor.id, articleId: after.id, kind, message });
  const waitingAt = async (level: number) => {
    const people = await listLevelActors({ tx, chain, level });
    await tell(people.map((p) => p.id), 'waiting', `${story} đang chờ bạn duyệt (${chain.levels[level - 1]?.title ?? ''}).`);
  };
  switch (move) {
    case 'submit':
      await waitingAt(1);
      return;
    case 'approve': {
      const done = chain.levels[effectiveLevel(chain, before.reviewLevel) - 1]?.title ?? '';
      const people = await storyPeople(tx, after);
      if (after.status === 'approved') {
        await tell(people, 'approved', `${story} đã được duyệt (${done}), chờ xuất bản.`);
        const last = await listLevelActors({ tx, chain, level: chain.levels.length });
        await tell(last.map((p) => p.id), 'waiting', `${story} đã duyệt xong, chờ xuất bản.`);
      } else {
        await tell(people, 'approved', `${story} đã được duyệt ở cấp ${done}, chuyển lên cấp ${chain.levels[after.reviewLevel - 1]?.title ?? ''}.`);
        await waitingAt(after.reviewLevel);
      }
      return;
    }
    case 'return':
      await tell(await storyPeople(tx, after), 'returned', `${story} bị trả lại. Lý do: ${reason ?? ''}`);
      return;
    case 'publish': {
      const scheduled = after.publishedAt && after.publishedAt > now;
      await tell(
        await storyPeople(tx, after),
        'published',
        scheduled ? `${story} được hẹn giờ xuất bản lúc ${formatPublishedAt(after.publishedAt!)}.` : `${story} đã được xuất bản.`,
      );
      return;
    }
    case 'withdraw': {
      // Nobody is told anything new; the "waiting for you" notices about it are no longer true.
      await tx
        .update(notifications)
        .set({ readAt: now })
        .where(and(eq(notifications.articleId, after.id), eq(notifications.kind, 'waiting'), isNull(notifications.readAt)));
      return;
    }
    case 'reschedule':
      await tell(await storyPeople(tx, after), 'published', `${story} được dời giờ xuất bản sang ${formatPublishedAt(after.publishedAt!)}.`);
      return;
    case 'unschedule':
      await tell(await storyPeople(tx, after), 'approved', `${story} đã được hủy hẹn giờ, chưa lên trang báo.`);
      return;
    default:
      return;
  }
}
