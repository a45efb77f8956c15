import { execFile } from 'node:child_process';
import { chmodSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/app/knowledge-folder.js';
import { parseConfig } from '../../src/app/config.js';
import { Assistant } from '../../src/core/assistant.js';
import { startBot, type Bot } from '../../src/discord/bot.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { DiscordEmulator } from '../emulator/index.js';
import { botEnv, data, tempDir } from '../e2e/harness.js';
import { figure, recordFigures, ROOT } from './helpers.js';

/**
 * The database going away under a running bot: a real PostgreSQL of this test's own, stopped and started
 * again (scripts/postgres-test-server.sh pause/resume), and a SQLite file that turns read-only. Answers keep
 * flowing; a ticket submission gets a clear "try again" and nothing half-written; the log says it once;
 * once the database is back, tickets work again without a restart.
 */
const run = promisify(execFile);
const SCRIPT = join(ROOT, 'scripts/postgres-test-server.sh');
const havePg = Boolean(process.env.STEPWISE_TEST_PG_URL) || Boolean(process.env.CI);
const counted = {
  outages: 0,
  answeredDuringOutage: 0,
  askedDuringOutage: 0,
  refusedTickets: 0,
  halfWritten: 0,
  errorLogLines: 0,
  ticketsAfter: 0,
};

interface Running {
  emu: DiscordEmulator;
  bot: Bot;
  store: Store;
  logs: Array<{ level: number; msg: string }>;
}

async function start(dbUrl: string): Promise<Running> {
  const emu = await DiscordEmulator.start();
  const parsed = parseConfig(botEnv(emu, dbUrl));
  if (!parsed.ok) throw new Error(parsed.message);
  const loaded = await loadKnowledge('knowledge');
  if (!loaded.ok) throw new Error('guide');
  const store = await openStore(dbUrl);
  const logs: Running['logs'] = [];
  const log = pino({ level: 'info' }, { write: (line: string) => void logs.push(JSON.parse(line)) });
  const registered = emu.waitForRequest((r) => r.method === 'PUT' && /\/commands$/.test(r.path), 10_000);
  const bot = await startBot(parsed.config, new Assistant(loaded.knowledge), store, log, (m) => {
    throw new Error(m);
  });
  await registered;
  return { emu, bot, store, logs };
}

/** Ask in the help channel; true when the bot replied. */
async function asks(r: Running, content: string): Promise<boolean> {
  const sent = await r.emu.sendMessage({
    channelId: r.emu.guild.channels.help,
    authorId: r.emu.guild.users.member,
    content,
  });
  return (await r.bot.messageOutcome(sent.id, 10_000)) === 'replied';
}

async function submitTicket(r: Running, userId: string, goal: string): Promise<string> {
  const submit = r.emu.submitModal({
    customId: 'sw:ticket-modal:none',
    fields: { goal },
    userId,
    channelId: r.emu.guild.channels.help,
  });
  const res = await submit.callback(10_000);
  if ((res.body as any).type === 4) return data(res).content as string;
  return (await submit.original((m) => m.content.length > 0, 10_000))!.content;
}

const errors = (r: Running) => r.logs.filter((l) => l.level >= 50).length;

describe.skipIf(!havePg)('PostgreSQL stopped and started under a running bot', () => {
  let dir = '';
  let url = '';
  let r: Running;
  beforeAll(async () => {
    const { stdout } = await run('bash', [SCRIPT, 'start']);
    dir = /STEPWISE_TEST_PG_DIR=(\S+)/.exec(stdout)![1]!;
    url = /STEPWISE_TEST_PG_URL=(\S+)/.exec(stdout)![1]!;
    r = await start(url);
  }, 120_000);
  afterAll(async () => {
    await r?.bot.stop().catch(() => {});
    await r?.store.close().catch(() => {});
    await r?.emu.stop();
    if (dir) await run('bash', [SCRIPT, 'stop', dir]).catch(() => {});
  });

  it('answers keep flowing, tickets are refused clearly and logged once, and work again once it is back', async () => {
    expect(await asks(r, 'my account is locked')).toBe(true);
    await run('bash', [SCRIPT, 'pause', dir]);
    counted.outages++;
    const before = errors(r);
    for (const q of ['i forgot my password', 'verification code never arrives', 'how do i turn on 2fa']) {
      counted.askedDuringOutage++;
      if (await asks(r, q)) counted.answeredDuringOutage++;
    }
    for (const n of [1, 2]) {
      const reply = await submitTicket(r, r.emu.guild.users.other, `cannot sign in (${n})`);
      expect(reply).toMatch(/couldn't save your ticket, please try again in a minute/i);
      counted.refusedTickets++;
    }
    counted.errorLogLines = errors(r) - before;
    await run('bash', [SCRIPT, 'resume', dir]);
    // Back without a restart: the pool reconnects on the next query.
    await expect.poll(() => asks(r, 'reset my password'), { timeout: 20_000, interval: 500 }).toBe(true);
    const reply = await submitTicket(r, r.emu.guild.users.other, 'cannot sign in (after)');
    expect(reply).toMatch(/ticket/i);
    const tickets = await r.store.ticketsSince(0);
    counted.ticketsAfter = tickets.length;
    counted.halfWritten = tickets.filter((t) => t.question.includes('(1)') || t.question.includes('(2)')).length;
    expect(counted.answeredDuringOutage).toBe(counted.askedDuringOutage);
    expect(counted.halfWritten).toBe(0);
    expect(tickets.map((t) => t.question)).toEqual(['cannot sign in (after)']);
    expect(counted.errorLogLines).toBe(1);
    expect(r.logs.some((l) => /answering again/.test(l.msg))).toBe(true);
  }, 120_000);
});

describe('a SQLite file that turns read-only under a running bot', () => {
  const tmp = tempDir();
  let r: Running;
  const file = join(tmp.dir, 'stepwise.db');
  beforeAll(async () => {
    r = await start(file);
  });
  afterAll(async () => {
    if (existsSync(file)) chmodSync(file, 0o644);
    await r?.bot.stop();
    await r?.store.close();
    await r?.emu.stop();
    tmp.cleanup();
  });

  it('answers keep flowing and a ticket form gets the clear "try again" reply', async () => {
    // Root ignores file modes, so the store is made read-only the way a full disk or a remount would: at the connection.
    (r.store as unknown as { db: { pragma(s: string): void } }).db.pragma('query_only = ON');
    expect(await asks(r, 'my account is locked')).toBe(true);
    const reply = await submitTicket(r, r.emu.guild.users.other, 'cannot sign in');
    expect(reply).toMatch(/couldn't save your ticket/i);
    expect(await r.store.ticketsSince(0)).toEqual([]);
    (r.store as unknown as { db: { pragma(s: string): void } }).db.pragma('query_only = OFF');
    expect(await submitTicket(r, r.emu.guild.users.other, 'cannot sign in')).toMatch(
      /ticket is open|ticket #\d+ is saved/i,
    );
  });
});

afterAll(() => {
  if (counted.outages === 0) return;
  figure(
    `database outage: PostgreSQL stopped and started once; ${counted.answeredDuringOutage}/${counted.askedDuringOutage} questions answered during it, ` +
      `${counted.refusedTickets} ticket forms refused clearly, ${counted.halfWritten} half-written, ${counted.errorLogLines} error log line(s); tickets work again without a restart`,
  );
  recordFigures('outage', counted);
});
