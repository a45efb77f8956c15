/**
 * Ticket creation throughput (tickets/second) on SQLite and PostgreSQL, with one process and with
 * two processes writing to the same database (distinct members, so every call creates a ticket).
 * A measurement, not a test:
 *
 *   eval "$(scripts/postgres-test-server.sh start --durable)"
 *   npx tsx scripts/ticket-throughput.ts [--count N] [--concurrency C] [--pg URL]
 *
 * --count: tickets per process (default 3000); --concurrency: calls in flight per process
 * (default 8; SQLite is synchronous underneath, so it only matters for PostgreSQL);
 * --pg: the server to measure on (default STEPWISE_TEST_PG_URL; PostgreSQL is skipped without one).
 * Each scenario gets a fresh database: a temp SQLite file, or a new PostgreSQL database that is
 * dropped afterwards.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openStore } from '../src/store/open-store.js';

const argv = process.argv.slice(2);
function opt(name: string, fallback: string): string {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1]! : fallback;
}

interface WorkerResult {
  created: number;
  other: number;
  ms: number;
}

/** Worker: open the store, say ready, wait for "go" on stdin, create tickets, print the result. */
async function worker(url: string, prefix: string, count: number, concurrency: number): Promise<void> {
  const store = await openStore(url);
  process.stdout.write('ready\n');
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) if (line.trim() === 'go') break;
  lines.close();
  let next = 0;
  let created = 0;
  let other = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        const r = await store.createTicket({
          interactionId: `${prefix}-interaction-${i}`,
          guildId: 'guild-bench',
          userId: `${prefix}-member-${i}`,
          question: 'I cannot sign in after resetting my password',
          topicsShown: ['reset-password', 'login'],
          answers: { account: 'member@example.com', tried: 'the reset link' } as never,
        });
        if (r.kind === 'created') created++;
        else other++;
      }
    }),
  );
  const ms = performance.now() - start;
  await store.close();
  process.stdout.write(`${JSON.stringify({ created, other, ms } satisfies WorkerResult)}\n`);
}

/** Runs `processes` workers on `url` at once (synchronised start); tickets/second over the wall time. */
async function scenario(url: string, processes: number, count: number, concurrency: number): Promise<{ rate: number; created: number; other: number }> {
  const self = fileURLToPath(import.meta.url);
  const children = Array.from({ length: processes }, (_, p) =>
    spawn(process.execPath, ['--import', 'tsx', self, '--worker', url, `p${p}`, String(count), String(concurrency)], { stdio: ['pipe', 'pipe', 'inherit'] }),
  );
  const outputs = children.map((child) => {
    const lines = createInterface({ input: child.stdout! });
    const it = lines[Symbol.asyncIterator]();
    return { child, next: async () => (await it.next()).value as string | undefined };
  });
  for (const o of outputs) if ((await o.next()) !== 'ready') throw new Error('worker did not start');
  const start = performance.now();
  for (const o of outputs) o.child.stdin!.write('go\n');
  const results = await Promise.all(outputs.map(async (o) => JSON.parse((await o.next()) ?? '{}') as WorkerResult));
  const wall = performance.now() - start;
  await Promise.all(children.map((c) => new Promise((resolve) => (c.exitCode !== null ? resolve(null) : c.on('exit', resolve)))));
  const created = results.reduce((n, r) => n + r.created, 0);
  const other = results.reduce((n, r) => n + r.other, 0);
  return { rate: created / (wall / 1000), created, other };
}

async function main(): Promise<void> {
  if (argv[0] === '--worker') {
    await worker(argv[1]!, argv[2]!, Number(argv[3]), Number(argv[4]));
    return;
  }
  const count = Number(opt('--count', '3000'));
  const concurrency = Number(opt('--concurrency', '8'));
  const pgUrl = opt('--pg', process.env.STEPWISE_TEST_PG_URL ?? '');
  const tmp = mkdtempSync(join(tmpdir(), 'stepwise-throughput-'));
  const rows: string[] = [];
  const report = (db: string, processes: number, r: { rate: number; created: number; other: number }) => {
    const line = `${db.padEnd(11)} ${String(processes).padStart(9)} ${r.rate.toFixed(0).padStart(12)} ${String(r.created).padStart(8)}${r.other ? `  (${r.other} not created!)` : ''}`;
    rows.push(line);
    process.stdout.write(`${line}\n`);
  };
  process.stdout.write(`${count} tickets per process, ${concurrency} in flight per process\n`);
  process.stdout.write(`${'database'.padEnd(11)} ${'processes'.padStart(9)} ${'tickets/s'.padStart(12)} ${'created'.padStart(8)}\n`);
  try {
    for (const processes of [1, 2]) {
      report('SQLite', processes, await scenario(join(tmp, `bench-${processes}.db`), processes, count, concurrency));
    }
    if (!pgUrl) {
      process.stdout.write('PostgreSQL skipped: pass --pg URL or set STEPWISE_TEST_PG_URL.\n');
      return;
    }
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    const settings = await admin.query<{ name: string; setting: string }>("SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit')");
    try {
      for (const processes of [1, 2]) {
        const name = `stepwise_bench_${process.pid}_${processes}`;
        await admin.query(`CREATE DATABASE ${name}`);
        try {
          const url = new URL(pgUrl);
          url.pathname = `/${name}`;
          // Migrate once before the clock starts.
          await (await openStore(url.toString())).close();
          report('PostgreSQL', processes, await scenario(url.toString(), processes, count, concurrency));
        } finally {
          await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        }
      }
      process.stdout.write(`PostgreSQL settings: ${settings.rows.map((r) => `${r.name}=${r.setting}`).join(', ')}\n`);
    } finally {
      await admin.end();
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
