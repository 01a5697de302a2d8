/**
 * The browser's copy of what the writer typed, kept on every change: after a crash, a closed tab or
 * a lost connection, the editor offers it back. It is dropped once the server holds the same text.
 */
export type Backup<T> = { draft: T; version: number | null; at: string };

export function backupKey(articleId: number | null, userId: number): string {
  return articleId ? `toasoan:ban-luu:${userId}:${articleId}` : `toasoan:ban-luu:${userId}:moi`;
}

export function readBackup<T>(storage: Pick<Storage, 'getItem'>, key: string): Backup<T> | null {
  try {
    const raw = storage.getItem(key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Backup<T>;
    return parsed && typeof parsed === 'object' && 'draft' in parsed && typeof parsed.at === 'string' ? parsed : null;
  } catch {
    return null;
  }
}

export function writeBackup<T>(storage: Pick<Storage, 'setItem'>, key: string, backup: Backup<T>): boolean {
  try {
    storage.setItem(key, JSON.stringify(backup));
    return true;
  } catch {
    return false; // Private mode or a full quota: the server copy is still there.
  }
}

/** A backup is worth offering when it holds words the page did not load. */
export function backupDiffers<T>(backup: Backup<T> | null, loaded: T): backup is Backup<T> {
  return backup !== null && JSON.stringify(backup.draft) !== JSON.stringify(loaded);
}
