// fixed-date: backup timestamps are data compared with each other, never with the clock.
import { describe, expect, it } from 'vitest';
import { backupDiffers, backupKey, readBackup, writeBackup } from './backup';

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), map };
}

describe('local backup of the editor', () => {
  it('keys a backup by person and story, new stories apart', () => {
    expect(backupKey(12, 3)).toBe('toasoan:ban-luu:3:12');
    expect(backupKey(null, 3)).toBe('toasoan:ban-luu:3:moi');
  });

  it('writes and reads back, and offers it only when it differs from what was loaded', () => {
    const s = memoryStorage();
    const draft = { title: 'Lũ về Tân Hòa', body: 'đoạn một' };
    writeBackup(s, 'k', { draft, version: 4, at: '2026-11-28T04:00:00Z' });
    const back = readBackup<typeof draft>(s, 'k');
    expect(back?.draft).toEqual(draft);
    expect(backupDiffers(back, draft)).toBe(false);
    expect(backupDiffers(back, { ...draft, body: 'đoạn một đã sửa' })).toBe(true);
    expect(backupDiffers(null, draft)).toBe(false);
  });

  it('ignores garbage and a full storage', () => {
    const s = memoryStorage();
    s.map.set('k', '{not json');
    expect(readBackup(s, 'k')).toBeNull();
    s.map.set('k', '"chuỗi"');
    expect(readBackup(s, 'k')).toBeNull();
    const full = { setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(writeBackup(full, 'k', { draft: 1, version: null, at: 'x' })).toBe(false);
  });
});
