import { beforeAll, describe, expect, it } from 'vitest';
import { withTestDatabase } from '@/test/database';
import { measureRelevance, type RelevanceResult, relevanceQueries } from '@/test/search-relevance';

withTestDatabase();

/**
 * The relevance set of test/search-relevance.ts (also printed by `npm run bench:search-relevance`):
 * Vietnamese stories full of near misses, and the queries readers type with and without diacritics.
 */
let results: RelevanceResult[];
let mean: number;
const find = (q: string) => results.find((r) => r.q === q)!;

beforeAll(async () => {
  ({ results, mean } = await measureRelevance());
});

describe('search relevance', () => {
  it('finds the stories each query is about among its first five', () => {
    expect(results).toHaveLength(relevanceQueries.length);
    expect(mean).toBeGreaterThanOrEqual(0.95);
    for (const r of results) expect({ q: r.q, precision: r.precision }).toEqual({ q: r.q, precision: 1 });
  });

  it('puts syllables standing together above the same syllables scattered', () => {
    // The example: "hop mat" used to bring stories holding "hợp" and "mặt" apart.
    expect(find('hop mat').found.slice(0, 4).sort()).toEqual(['hop-mat-cuu-chien-binh', 'hop-mat-cuu-hoc-sinh', 'hop-mat-dong-huong', 'hop-mat-huu-tri']);
    expect(find('tien giang').found.slice(0, 3).sort()).toEqual(['cau-rach-mieu', 'dbscl-han-man', 'tien-giang-sau-rieng']);
  });

  it('ranks the reader’s exact diacritics first, and the title above the body', () => {
    // "họp mặt" in the title or lead, then only in the body, then "họp" … "mặt" apart.
    const meeting = find('họp mặt').found;
    expect(meeting.slice(0, 3).sort()).toEqual(['hop-mat-cuu-hoc-sinh', 'hop-mat-dong-huong', 'hop-mat-huu-tri']);
    expect(meeting[3]).toBe('hop-mat-cuu-chien-binh');
    expect(meeting[4]).toBe('cuoc-hop-sat-lo');
    // "Bão số 4 … 3 ngư dân" holds the exact words and "bão số" together: after every "bão số 3".
    expect(find('bão số 3').found.slice(0, 4)).toEqual(expect.arrayContaining(['bao-so-3-do-bo', 'bao-so-3-dien', 'ho-tro-vung-lu']));
    expect(find('bão số 3').found[3]).toBe('bao-so-4');
    // The same syllables side by side with other diacritics come after the reader's own.
    expect(find('báo số').found[0]).toBe('bao-so-hoa');
    expect(find('đà lạt').found.slice(2)).toEqual(['da-lat-via-he', 'lat-sau-nuoc-rut']);
  });

  it('keeps the order the set asks for wherever it matters', () => {
    expect(results.filter((r) => !r.inOrder).map((r) => ({ q: r.q, found: r.found }))).toEqual([]);
  });
});
