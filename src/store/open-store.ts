import { PostgresStore } from './postgres-store.js';
import { SqliteStore } from './sqlite-store.js';
import type { Store } from './store.js';

/** True for a PostgreSQL connection URL (`postgres://` or `postgresql://`). */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/** `STEPWISE_DB` → a store: a PostgreSQL URL opens PostgresStore (migrated); anything else is a SQLite file. */
export async function openStore(url: string): Promise<Store> {
  return isPostgresUrl(url) ? PostgresStore.connect(url) : new SqliteStore(url);
}
