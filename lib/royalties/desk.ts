import 'server-only';
import { now as clockNow } from '@/lib/clock';
import { vietnamIsoDay } from '@/lib/dates';
import { holdsTitle } from '@/lib/auth/titles';
import { getRoyaltySettings } from './settings';
import { monthOfDay, monthSchema, nextMonth } from './rules';
import type { Actor } from './months';

/** The month a page asks for, or this Vietnam month; with the months either side for the arrows. */
export function pageMonth(asked: string | undefined): { month: string; previous: string; next: string } {
  const month = asked && monthSchema.safeParse(asked).success ? asked : monthOfDay(vietnamIsoDay(clockNow()));
  const [y, m] = month.split('-').map(Number);
  const previous = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  return { month, previous, next: nextMonth(month) };
}

/** What this person may do on the royalties desk (the worksheet, the lock). */
export async function royaltyTitles({ actor }: { actor: Actor }) {
  const rules = await getRoyaltySettings();
  return { rules, clerk: holdsTitle(rules.clerks, actor, 'royalty.set'), locker: holdsTitle(rules.lockers, actor, 'royalty.lock') };
}
