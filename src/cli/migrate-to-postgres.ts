import { existsSync } from 'node:fs';
import { hidePasswords, isPostgresUrl } from '../store/open-store.js';
import { PostgresStore } from '../store/postgres-store.js';
import { SqliteStore } from '../store/sqlite-store.js';
import { CliExit, fail, parseCli, runIfMain } from './cli.js';
import type { CliIo } from '../app/terminal-io.js';

const USAGE = `
Usage: npm run db:migrate-to-postgres -- --from FILE.db --to postgres://USER@HOST:PORT/DB [--force]

Copies a Stepwise SQLite database into PostgreSQL: tickets (ids kept), their status history,
recorded questions, feedback and transcripts, in one transaction; the id sequences are moved past the copied
ids so new tickets get fresh ones. Creates the schema in the target if needed. Rate-limit
counters are not copied (they only live for their short windows).

Options:
  --from FILE   the SQLite file (STEPWISE_DB until now); brought up to the latest schema first
  --to URL      the PostgreSQL database (postgres:// or postgresql://)
  --force       replace whatever the target already holds (default: refuse a non-empty target)
  --help        show this help

Afterwards set STEPWISE_DB to the same URL and restart the bot.
`;

const TABLES = ['tickets', 'ticket_events', 'questions', 'feedback', 'transcripts'] as const;
type Table = (typeof TABLES)[number];
const BATCH = 2000;

/** Rows as PostgreSQL takes them: JSON columns parsed, SQLite's 0/1 as booleans. */
function readRows(sqlite: SqliteStore, table: Table): Record<string, unknown>[] {
  const key = table === 'transcripts' ? 'ticket_id' : 'id';
  const rows = sqlite.db.prepare(`SELECT * FROM ${table} ORDER BY ${key}`).all() as Record<string, unknown>[];
  if (table === 'tickets') {
    return rows.map((r) => ({
      ...r,
      topics_shown: JSON.parse(r.topics_shown as string) as unknown,
      answers: JSON.parse(r.answers as string) as unknown,
    }));
  }
  if (table === 'feedback') return rows.map((r) => ({ ...r, helpful: r.helpful === 1 }));
  return rows;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCli(
    argv,
    { from: { type: 'string' }, to: { type: 'string' }, force: { type: 'boolean' } },
    USAGE,
    2,
  );
  if (positionals.length > 0) fail(`Unknown argument ${positionals[0]} (see --help).`, 2);
  const { from, to } = values;
  const force = values.force === true;
  if (!from || !to) fail('Both --from FILE.db and --to postgres://... are needed (see --help).', 2);
  if (!existsSync(from)) fail(`${from} does not exist.`);
  if (!isPostgresUrl(to)) fail(`--to must be a postgres:// or postgresql:// URL, not ${hidePasswords(to)}.`, 2);

  const sqlite = new SqliteStore(from);
  let pgStore: PostgresStore;
  try {
    pgStore = await PostgresStore.connect(to);
  } catch (err) {
    await sqlite.close();
    fail(hidePasswords(`Could not open ${to}: ${(err as Error).message}`));
  }

  const counts = new Map<Table, number>();
  const client = await pgStore.pool.connect();
  try {
    await client.query('BEGIN');
    // No one writes while we copy; taken before looking so the emptiness check stays true.
    await client.query(`LOCK TABLE ${TABLES.join(', ')} IN EXCLUSIVE MODE`);
    const existing = await client.query<{ n: number }>(
      `SELECT (${TABLES.map((t) => `(SELECT count(*) FROM ${t})`).join(' + ')}) AS n`,
    );
    const n = Number(existing.rows[0]?.n ?? 0);
    if (n > 0 && !force) {
      await client.query('ROLLBACK');
      fail(
        `${hidePasswords(to)} already holds ${n} rows of Stepwise data: refusing to mix them. Use --force to replace them.`,
      );
    }
    if (n > 0) await client.query(`TRUNCATE ${TABLES.join(', ')} RESTART IDENTITY`);
    for (const table of TABLES) {
      const rows = readRows(sqlite, table);
      for (let i = 0; i < rows.length; i += BATCH) {
        // The target's own row type maps each JSON field to its column, ids included.
        await client.query(`INSERT INTO ${table} SELECT * FROM json_populate_recordset(NULL::${table}, $1::json)`, [
          JSON.stringify(rows.slice(i, i + BATCH)),
        ]);
      }
      // Move the id sequence past the copied ids so the next row gets a fresh one.
      if (table !== 'transcripts') {
        await client.query(
          `SELECT setval(pg_get_serial_sequence('${table}', 'id'), COALESCE((SELECT max(id) FROM ${table}), 1), (SELECT max(id) FROM ${table}) IS NOT NULL)`,
        );
      }
      counts.set(table, rows.length);
    }
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    if (err instanceof CliExit) {
      client.release();
      await pgStore.close();
      await sqlite.close();
      throw err;
    }
    client.release();
    await pgStore.close();
    await sqlite.close();
    fail(`Migration failed, nothing was written: ${(err as Error).message}`);
  }
  client.release();
  await pgStore.close();
  await sqlite.close();
  io.out(
    `Copied ${counts.get('tickets')} tickets, ${counts.get('ticket_events')} ticket events, ${counts.get('questions')} questions, ${counts.get('feedback')} feedback rows and ${counts.get('transcripts')} transcripts from ${from} to ${hidePasswords(to)}.\n`,
  );
  return 0;
}

await runIfMain(import.meta, main);
