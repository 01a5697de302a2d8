import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Readers download every module a client island imports. The server validates with zod at its
// boundary; an island that imports a schema (even for one constant) ships the whole library to
// every reader's phone. This walks the imports of the reader pages statically and finds the islands.

const root = path.resolve(import.meta.dirname, '..');
const importPattern = /(?:^|\n)\s*(?:import|export)\s(?:[^'";]*?\sfrom\s)?['"]([^'"]+)['"]/g;

function resolve(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('@/')) base = path.join(root, spec.slice(2));
  else if (spec.startsWith('.')) base = path.resolve(path.dirname(from), spec);
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** The files and the bare packages `file` imports, type-only imports left out (they vanish at build). */
function importsOf(file: string) {
  const source = fs.readFileSync(file, 'utf8');
  const files: string[] = [];
  const packages: string[] = [];
  for (const m of source.matchAll(importPattern)) {
    if (/^\s*(?:import|export)\s+type\s/.test(m[0])) continue;
    const spec = m[1];
    const resolved = resolve(file, spec);
    if (resolved) files.push(resolved);
    else if (!spec.startsWith('.') && !spec.startsWith('@/')) packages.push(spec);
  }
  return { files, packages, client: /^\s*['"]use client['"]/.test(source) };
}

function walk(entries: string[], visit: (file: string, info: ReturnType<typeof importsOf>) => boolean) {
  const seen = new Set<string>();
  const stack = [...entries];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const info = importsOf(file);
    if (visit(file, info)) stack.push(...info.files);
  }
}

function readerEntries(): string[] {
  const dir = path.join(root, 'app', '(reader)');
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => /(?:^|\/)(?:page|layout|not-found|error)\.tsx$/.test(f))
    .map((f) => path.join(dir, f))
    .concat(path.join(root, 'app', 'layout.tsx'), path.join(root, 'app', 'error.tsx'));
}

function readerIslands(): string[] {
  const islands: string[] = [];
  walk(readerEntries(), (file, info) => {
    if (info.client) islands.push(file);
    return !info.client;
  });
  return islands.map((f) => path.relative(root, f)).sort();
}

describe('reader client islands', () => {
  it('are found: the comment form and thread, the share bar, the text size, the view beacon', () => {
    expect(readerIslands()).toEqual(
      expect.arrayContaining([
        'components/comments/comment-form.tsx',
        'components/comments/comment-thread.tsx',
        'components/reader/share-bar.tsx',
        'components/reader/text-size.tsx',
        'components/reader/view-beacon.tsx',
      ]),
    );
  });

  it('import no validation library and no server module, however indirectly', () => {
    const offenders: string[] = [];
    for (const island of readerIslands()) {
      walk([path.join(root, island)], (file, info) => {
        for (const p of info.packages) if (p === 'zod' || p.startsWith('zod/') || p === 'server-only') offenders.push(`${island} → ${path.relative(root, file)} imports ${p}`);
        return true;
      });
    }
    expect(offenders).toEqual([]);
  });
});
