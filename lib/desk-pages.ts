import 'server-only';
import { redirect } from 'next/navigation';
import { isDomainError } from '@/lib/errors';

/**
 * For desk pages: a lib/ read that refuses (forbidden) shows the refusal page, as requireDeskUser
 * does for the wrong role. Pages never re-implement the access rule; they catch the read's answer.
 * Use as `await getArticleForDesk({ actor, id }).catch(refusedOnDesk)`.
 */
export function refusedOnDesk(err: unknown): never {
  if (isDomainError(err) && err.code === 'forbidden') redirect('/desk/khong-co-quyen');
  throw err;
}
