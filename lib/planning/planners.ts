import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { getDb, type Tx } from '@/db/client';
import { type Role, settings, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit';
import { can } from '@/lib/auth/permissions';
import { listTitleCandidates, listTitleHolders } from '@/lib/auth/title-holders';
import { holdsTitle, titleSchema } from '@/lib/auth/titles';
import { DomainError } from '@/lib/errors';
import '@/lib/zod-vi';

/**
 * Who acts as thư ký tòa soạn on the planning board: every editor/admin by role and/or named
 * editors — the same shape as a level of the sign-off chain (lib/articles/chain.ts), set by an
 * admin in /desk/cai-dat. Acting also needs `topic.plan` in the permission table.
 */
export const plannersSchema = titleSchema.refine((p) => p.roles.length + p.userIds.length > 0, 'Cần ít nhất một vai trò hoặc một người giữ việc thư ký tòa soạn.');

export type TopicPlanners = z.infer<typeof plannersSchema>;

const KEY = 'topicPlanners';
export const defaultPlanners: TopicPlanners = { roles: ['editor', 'admin'], userIds: [] };
type Actor = { id: number; role: Role };

export async function getTopicPlanners({ tx }: { tx?: Tx } = {}): Promise<TopicPlanners> {
  const db = tx ?? (await getDb());
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, KEY));
  const parsed = plannersSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : defaultPlanners;
}

/** Pure: whether this person is the thư ký under this rule. */
export function isPlannerBy(planners: TopicPlanners, actor: Actor): boolean {
  return holdsTitle(planners, actor, 'topic.plan');
}

export async function isTopicPlanner({ tx, actor }: { tx?: Tx; actor: Actor }): Promise<boolean> {
  return isPlannerBy(await getTopicPlanners({ tx }), actor);
}

/** Active people who act as thư ký (told when a reporter proposes a topic). */
export async function listPlannerPeople({ tx }: { tx?: Tx } = {}) {
  return listTitleHolders({ tx, title: await getTopicPlanners({ tx }) });
}

/** An admin names the thư ký (roles and/or people); audited. Named people must be active editors or admins. */
export async function saveTopicPlanners({ actor, planners }: { actor: Actor; planners: TopicPlanners }): Promise<TopicPlanners> {
  if (!can(actor.role, 'topic.managePlanners')) throw new DomainError('forbidden', 'Bạn không có quyền chọn thư ký tòa soạn.');
  const parsed = plannersSchema.safeParse(planners);
  if (!parsed.success) throw new DomainError('invalid_input', parsed.error.issues[0]?.message ?? 'Lựa chọn không hợp lệ.');
  const clean: TopicPlanners = { roles: [...new Set(parsed.data.roles)], userIds: [...new Set(parsed.data.userIds)] };
  const db = await getDb();
  return db.transaction(async (tx) => {
    if (clean.userIds.length) {
      const found = await tx
        .select({ id: users.id })
        .from(users)
        .where(and(inArray(users.id, clean.userIds), eq(users.active, true), inArray(users.role, ['editor', 'admin'])));
      if (found.length !== clean.userIds.length) throw new DomainError('invalid_input', 'Chỉ có thể chọn biên tập viên hoặc quản trị đang hoạt động làm thư ký tòa soạn.');
    }
    const before = await getTopicPlanners({ tx });
    await tx
      .insert(settings)
      .values({ key: KEY, value: clean })
      .onConflictDoUpdate({ target: settings.key, set: { value: clean, updatedAt: new Date() } });
    await recordAudit(tx, { actorId: actor.id, action: 'topic.planners', subjectType: 'settings', subjectId: KEY, before, after: clean });
    return clean;
  });
}

/** Editors and admins an admin may name as thư ký (for the settings page). */
export async function listPossiblePlanners({ actor }: { actor: Actor }) {
  if (!can(actor.role, 'topic.managePlanners')) throw new DomainError('forbidden', 'Bạn không có quyền chọn thư ký tòa soạn.');
  return listTitleCandidates();
}
