// fixed-date: every call passes its own `now`; the rule is pure.
import { describe, expect, it } from 'vitest';
import { decideComment, effectiveMode, isClosedForComments, type Screening } from './rules';

const clean: Screening = { banned: false, termVerdict: 'clean', tooManyLinks: false, firstTime: false };

describe('which moderation mode applies', () => {
  it('takes the article’s mode, then the section’s, then the site default', () => {
    expect(effectiveMode({ article: 'closed', section: 'open', site: 'premoderated' })).toBe('closed');
    expect(effectiveMode({ article: null, section: 'open', site: 'premoderated' })).toBe('open');
    expect(effectiveMode({ article: null, section: null, site: 'premoderated' })).toBe('premoderated');
  });

  it('closes a story N days after publication, and a closed story always', () => {
    const publishedAt = new Date('2026-01-01T00:00:00Z');
    expect(isClosedForComments({ mode: 'open', publishedAt, closeAfterDays: 7, now: new Date('2026-01-07T23:00:00Z') })).toBe(false);
    expect(isClosedForComments({ mode: 'open', publishedAt, closeAfterDays: 7, now: new Date('2026-01-08T01:00:00Z') })).toBe(true);
    expect(isClosedForComments({ mode: 'open', publishedAt, closeAfterDays: null, now: new Date('2030-01-01') })).toBe(false);
    expect(isClosedForComments({ mode: 'closed', publishedAt, closeAfterDays: null })).toBe(true);
  });
});

describe('what happens to a new comment', () => {
  it('holds every comment under pre-moderation', () => {
    expect(decideComment('premoderated', clean)).toEqual({ outcome: 'stored', status: 'pending', heldFor: null, silent: false });
  });

  it('shows a known commenter at once under post-moderation, but holds a first-timer', () => {
    expect(decideComment('open', clean)).toMatchObject({ status: 'approved' });
    expect(decideComment('open', { ...clean, firstTime: true })).toMatchObject({ status: 'pending', heldFor: 'first_time' });
  });

  it('refuses a banned term, holds a suspect term or too many links, in either mode', () => {
    for (const mode of ['open', 'premoderated'] as const) {
      expect(decideComment(mode, { ...clean, termVerdict: 'reject' })).toEqual({ outcome: 'refused' });
      expect(decideComment(mode, { ...clean, termVerdict: 'hold' })).toMatchObject({ status: 'pending', heldFor: 'terms' });
      expect(decideComment(mode, { ...clean, tooManyLinks: true })).toMatchObject({ status: 'pending', heldFor: 'links' });
    }
  });

  it('silently rejects a banned commenter, whatever they wrote', () => {
    expect(decideComment('open', { ...clean, banned: true, termVerdict: 'reject' })).toEqual({
      outcome: 'stored',
      status: 'rejected',
      heldFor: null,
      silent: true,
    });
  });
});
