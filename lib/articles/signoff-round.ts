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
  'article.editSubmit',
  'article.editApprove',
] as const;

export type TrailRow = { action: (typeof trailActions)[number]; actorId: number | null; actorName: string; before: unknown; after: unknown; at: Date };

export type SignoffStep = {
  kind: 'submit' | 'reviewAgain' | 'approve' | 'return' | 'withdraw' | 'publish' | 'reschedule' | 'unschedule' | 'editSubmit' | 'editApprove';
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
  return round(rows.filter((r) => !r.action.startsWith('article.edit')), ['article.submit', 'article.reviewAgain']);
}

/**
 * Who approved a live story's pending edit since it was last saved (every save of a live story
 * sends its edit back to the first level), for the rule of a different person at each level.
 */
export function pendingEditApprovers(rows: readonly TrailRow[]): number[] {
  const edits = rows.filter((r) => r.action === 'article.editSubmit' || r.action === 'article.editApprove');
  return round(edits, ['article.editSubmit'])
    .filter((s) => s.kind === 'editApprove')
    .map((s) => s.actorId)
    .filter((id): id is number => id !== null);
}

function round(rows: readonly TrailRow[], starts: readonly string[]): SignoffStep[] {
  let start = -1;
  rows.forEach((r, i) => {
    if (starts.includes(r.action)) start = i;
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
