/**
 * The sign-off trail of a story, read from its audit rows (they are written in the same transaction
 * as every step, so they are the record). Pure: lib/articles/signoff-trail.ts reads the rows.
 */
export const trailActions = [
  'article.submit',
  'article.reviewAgain',
  'article.approve',
  'article.return',
  'article.withdraw',
  'article.publish',
  'article.reschedule',
  'article.unschedule',
] as const;

export type TrailRow = { action: (typeof trailActions)[number]; actorId: number | null; actorName: string; before: unknown; after: unknown; at: Date };

export type SignoffStep = {
  kind: 'submit' | 'reviewAgain' | 'approve' | 'return' | 'withdraw' | 'publish' | 'reschedule' | 'unschedule';
  /** The level approved (1-based), for approvals. */
  level: number | null;
  actorId: number | null;
  actorName: string;
  at: Date;
  /** When it goes or went live, for publish and reschedule. */
  publishAt: Date | null;
};

const field = (value: unknown, key: string): unknown => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined);

/**
 * The steps since the story last entered review (sent by its writer, or sent back to the first
 * level because its words changed): a return or a withdrawal ends a round, the next sending starts
 * a new one, and approvals of an earlier round no longer count.
 */
export function currentRound(rows: readonly TrailRow[]): SignoffStep[] {
  let start = -1;
  rows.forEach((r, i) => {
    if (r.action === 'article.submit' || r.action === 'article.reviewAgain') start = i;
  });
  if (start < 0) return [];
  return rows.slice(start).map((r) => {
    const level = Number(field(r.before, 'reviewLevel'));
    const at = field(r.after, 'publishAt');
    return {
      kind: r.action.slice('article.'.length) as SignoffStep['kind'],
      level: r.action === 'article.approve' && level > 0 ? level : null,
      actorId: r.actorId,
      actorName: r.actorName,
      at: r.at,
      publishAt: typeof at === 'string' || at instanceof Date ? new Date(at) : null,
    };
  });
}
