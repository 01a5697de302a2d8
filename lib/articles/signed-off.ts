import type { Article, ArticleStatus, RichDoc } from '@/db/schema';
import { sanitiseDoc } from './rich-text';

/**
 * What an approval vouches for: the words readers read as the story (title, sapo, body, credit)
 * and the section, whose chain gave the approval. Tags, address, SEO fields, cover and comment
 * mode are the desk's framing of the story and may change without a new sign-off.
 */
export type SignedOffText = Pick<Article, 'title' | 'lead' | 'credit' | 'sectionId'> & { body: RichDoc };

/**
 * A story whose current text carries at least one approval of the chain: approved, between levels,
 * or taken down (its text was signed off and published, and "Xuất bản" puts it back as it is).
 * Live stories use pending edits instead.
 */
export function carriesApproval(story: { status: ArticleStatus; reviewLevel: number }): boolean {
  return story.status === 'approved' || story.status === 'unpublished' || (story.status === 'in_review' && story.reviewLevel > 1);
}

/** The same document whatever order its keys come back in (jsonb reorders them). */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Whether two texts differ in anything an approver signed off (both already normalised). */
export function signedOffTextDiffers(a: SignedOffText, b: SignedOffText): boolean {
  return (
    a.title !== b.title ||
    a.lead !== b.lead ||
    a.credit !== b.credit ||
    a.sectionId !== b.sectionId ||
    canonical(sanitiseDoc(a.body)) !== canonical(sanitiseDoc(b.body))
  );
}
