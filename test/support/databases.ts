import { join } from 'node:path';
import pg from 'pg';

/** The PostgreSQL test server started by scripts/postgres-test-server.sh, when there is one. */
export const PG_URL = process.env.STEPWISE_TEST_PG_URL;

let counter = 0;

/** A fresh, empty PostgreSQL database on the test server; returns its URL. */
export async function freshPgDatabase(prefix = 'stepwise_t'): Promise<string> {
  if (!PG_URL) throw new Error('STEPWISE_TEST_PG_URL is not set');
  const name = `${prefix}_${process.pid}_${++counter}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** PostgreSQL when the test server is up, else a SQLite file in `dir`: the store a multi-process test shares. */
export async function sharedDatabase(dir: string): Promise<string> {
  return PG_URL ? freshPgDatabase('stepwise_scale') : join(dir, `shared-${process.pid}-${++counter}.db`);
}
