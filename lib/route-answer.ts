/**
 * The one error shape every route handler answers with (lib/routes.ts), as the browser reads it.
 * No server-only import: client components use it.
 */
export type RouteFailure = { ok: false; message: string; fieldErrors?: Record<string, string[] | undefined> };

/** What to tell the person: the refused fields' own messages when there are any, else the message, else `fallback`. */
export function failureMessage(body: unknown, fallback: string): string {
  if (!body || typeof body !== 'object') return fallback;
  const { message, fieldErrors } = body as Partial<RouteFailure>;
  const fields = fieldErrors ? Object.values(fieldErrors).flatMap((list) => list ?? []) : [];
  if (fields.length) return [...new Set(fields)].join(' ');
  return typeof message === 'string' && message ? message : fallback;
}
