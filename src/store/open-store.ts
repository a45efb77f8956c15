import { SqliteStore } from './sqlite-store.js';
import type { Store } from './store.js';

/**
 * Any text with the passwords of the URLs in it replaced by ***: what may be shown of a connection
 * string, or of a driver's error message that quotes one.
 */
export function hidePasswords(text: string): string {
  return text.replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^:@/\s]*):[^@/\s]*@/gi, '$1:***@');
}

/** True for a PostgreSQL connection URL (`postgres://` or `postgresql://`). */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/** `STEPWISE_DB` → a store: a PostgreSQL URL opens PostgresStore (migrated); anything else is a SQLite file. */
export async function openStore(url: string): Promise<Store> {
  if (!isPostgresUrl(url)) return new SqliteStore(url);
  // The pg driver is loaded only for PostgreSQL: a SQLite install never pays for it at start-up.
  const { PostgresStore } = await import('./postgres-store.js');
  return PostgresStore.connect(url);
}
