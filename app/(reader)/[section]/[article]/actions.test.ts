import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { comments } from '@/db/schema';
import { messages } from '@/lib/comments/comments';
import { unique, withTestDatabase } from '@/test/database';
import { postCommentAction } from './actions';

const { getDb } = withTestDatabase();

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

describe('the comment form’s honeypot', () => {
  it('answers a bot that filled the hidden field as if its comment were held, names no field, and stores nothing', async () => {
    const body = unique('Mua thuốc giá rẻ tại đây');
    for (const fields of [
      { articleId: '1', name: 'Bot bán hàng', body, website: 'https://spam.example' },
      // Even with other fields a person would have to fix, the bot learns nothing.
      { articleId: '1', name: 'B', body: 'x', website: 'https://spam.example' },
    ]) {
      const answer = await postCommentAction({}, form(fields));
      expect(answer).toMatchObject({ ok: true, message: messages.held });
      expect(answer.fieldErrors).toBeUndefined();
      expect(JSON.stringify(answer)).not.toContain('website');
    }
    // A person (the hidden field empty or absent) still gets told what to fix.
    for (const website of ['', undefined]) {
      const answer = await postCommentAction({}, form({ articleId: '1', name: 'B', body: 'x', ...(website === undefined ? {} : { website }) }));
      expect(answer).toMatchObject({ ok: false, fieldErrors: { name: [expect.any(String)], body: [expect.any(String)] } });
    }
    const db = await getDb();
    expect(await db.select().from(comments).where(eq(comments.body, body))).toEqual([]);
  });
});
