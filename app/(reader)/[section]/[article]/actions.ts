'use server';

import { cookies, headers } from 'next/headers';
import { type ActionState, publicAction } from '@/lib/actions';
import { clientAddress } from '@/lib/client-address';
import { withDoor } from '@/lib/doors';
import { messages, postComment } from '@/lib/comments/comments';
import { BROWSER_COOKIE, browserIdOptions, newBrowserId, validBrowserId } from '@/lib/comments/voter';
import { commentFormSchema, filledHoneypot } from '@/lib/comments/schema';
import { expireFor, readStoryFootprint } from '@/lib/cache/invalidation';

/** This browser's anonymous id, given to it now if it has none: a ban can then hold on to the browser, not the town's shared address. */
async function commenterBrowser(): Promise<string> {
  const jar = await cookies();
  const known = validBrowserId(jar.get(BROWSER_COOKIE)?.value);
  if (known) return known;
  const id = newBrowserId();
  jar.set(BROWSER_COOKIE, id, browserIdOptions);
  return id;
}

const postReaderComment = publicAction(commentFormSchema, async (input) => {
  const saved = await postComment({
    articleId: input.articleId,
    parentId: input.parentId,
    authorName: input.name,
    email: input.email || undefined,
    body: input.body,
    ip: clientAddress(await headers()),
    browser: await commenterBrowser(),
    elapsedMs: input.elapsedMs,
  });
  if (saved.status === 'approved') {
    const story = await readStoryFootprint(input.articleId);
    if (story) expireFor({ kind: 'comment.approved', story });
  }
  return { ok: true, message: saved.message };
});

export const postCommentAction = withDoor(
  async (prev: ActionState, formData: FormData): Promise<ActionState> => {
    // A bot filled the honeypot: it is told what a person whose comment waits is told, and nothing is stored.
    if (filledHoneypot(formData)) return { ok: true, message: messages.held, nonce: crypto.randomUUID() };
    return postReaderComment(prev, formData);
  },
  { kind: 'public' },
);
