import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DiscordEmulator, type InteractionHandle } from '../emulator/index.js';
import { botEnv, tempDir } from '../e2e/harness.js';
import { addMembers, figure, recordFigures, ROOT, sleep, TSX } from './helpers.js';

/**
 * kill -9 at random moments while members open tickets, then restart, fifty times over one emulator
 * and one database. The guarantees:
 *  - every submit the bot acknowledged (deferred or answered) has its row: not lost;
 *  - no interaction id has two rows, no member two tickets, no ticket two threads: not duplicated;
 *  - after a restart, tickets written without a thread get one (with the member and the summary);
 *  - a submit the process never acknowledged is sent again by the member, as a new interaction, as a
 *    member seeing "This interaction failed" would, and ends in exactly one ticket.
 */

const TRIALS = 50;
const MEMBERS_PER_TRIAL = 4;
const tmp = tempDir();
const db = join(tmp.dir, 'stepwise.db');
let emu: DiscordEmulator;
let entry: string[];
const counted = {
  trials: 0,
  submits: 0,
  acknowledged: 0,
  lost: 0,
  duplicated: 0,
  retried: 0,
  killedBeforeAck: 0,
  transcriptTrials: 0,
  transcriptMissing: 0,
  transcriptDuplicated: 0,
};

beforeAll(async () => {
  emu = await DiscordEmulator.start();
  // Fifty restarts: the same source built once by esbuild (as tsx would), to spare fifty compilations.
  const out = join(ROOT, 'node_modules/.cache/stepwise-faults/main.mjs');
  mkdirSync(join(ROOT, 'node_modules/.cache/stepwise-faults'), { recursive: true });
  const esbuild = join(ROOT, 'node_modules/.bin/esbuild');
  if (existsSync(esbuild)) {
    execFileSync(
      esbuild,
      [
        'src/app/main.ts',
        '--bundle',
        '--platform=node',
        '--format=esm',
        '--packages=external',
        `--outfile=${out}`,
        '--log-level=warning',
      ],
      { cwd: ROOT },
    );
    entry = [process.execPath, out];
  } else entry = [TSX, 'src/app/main.ts'];
});

afterAll(async () => {
  await emu?.stop();
  tmp.cleanup();
  figure(
    `kill -9: ${counted.trials} trials, ${counted.submits} submits (${counted.acknowledged} acknowledged, ${counted.killedBeforeAck} killed before the acknowledgement, ${counted.retried} retried by the member); ${counted.lost} lost, ${counted.duplicated} duplicated; ` +
      `${counted.transcriptTrials} closes killed: ${counted.transcriptMissing} without a transcript, ${counted.transcriptDuplicated} duplicated`,
  );
  recordFigures('kill9', counted);
});

function startBot(
  file = db,
  extra: Record<string, string> = {},
): { child: ChildProcess; ready: Promise<void>; exited: Promise<void> } {
  const child = spawn(entry[0]!, entry.slice(1), {
    cwd: ROOT,
    env: { ...process.env, ...botEnv(emu, file, extra), LOG_LEVEL: 'info' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  const exited = new Promise<void>((r) => child.on('exit', () => r()));
  const ready = new Promise<void>((ok, fail) => {
    child.stderr!.on('data', (b: Buffer) => {
      err += b.toString('utf8');
      if (err.includes('Stepwise is ready')) ok();
    });
    void exited.then(() => fail(new Error(`bot exited before ready:\n${err.slice(-1500)}`)));
  });
  return { child, ready, exited };
}

interface Submit {
  member: string;
  handle: InteractionHandle;
}

const acknowledged = (s: Submit) =>
  emu.requests.some(
    (r) => r.method === 'POST' && r.path.startsWith(`/interactions/${s.handle.id}/`) && !r.injected && r.status < 300,
  );
const told = (s: Submit) =>
  /ticket is open|ticket #\d+ is saved|already have an open ticket/i.test(findOriginal(s) ?? '');
function findOriginal(s: Submit): string | undefined {
  const patch = emu.requests
    .filter((r) => r.method === 'PATCH' && r.path.includes(`/${s.handle.token}/messages/@original`) && r.status < 300)
    .at(-1);
  return (patch?.body as { content?: string } | undefined)?.content;
}

function rows(sql: string, ...params: unknown[]): any[] {
  return rowsOf(db, sql, ...params);
}

function rowsOf(file: string, sql: string, ...params: unknown[]): any[] {
  const conn = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return conn.prepare(sql).all(...params);
  } finally {
    conn.close();
  }
}

it(`${TRIALS} kill -9 trials while members open tickets: none lost, none duplicated`, async () => {
  const members = addMembers(emu, TRIALS * MEMBERS_PER_TRIAL, 'k9');
  const allSubmits: Submit[] = [];
  /** Members whose submit was never answered: they will try again once the bot is back. */
  let retry: string[] = [];
  const submit = (member: string): Submit | null => {
    try {
      const handle = emu.submitModal({
        customId: 'sw:ticket-modal:none',
        fields: { goal: `cannot sign in (${member})` },
        userId: member,
        channelId: emu.guild.channels.help,
      });
      const s = { member, handle };
      allSubmits.push(s);
      return s;
    } catch {
      return null; // no gateway session: the member's click never reached Discord's bot
    }
  };

  for (let t = 0; t < TRIALS; t++) {
    const bot = startBot();
    await bot.ready;
    const wave = [...retry, ...members.slice(t * MEMBERS_PER_TRIAL, (t + 1) * MEMBERS_PER_TRIAL)];
    counted.retried += retry.length;
    const sent: Array<{ member: string; s: Submit | null }> = [];
    // Kill at a random moment: from right away to after most submits are done.
    const killAt = Math.random() * 250;
    const killer = sleep(killAt).then(() => bot.child.kill('SIGKILL'));
    for (const member of wave) {
      sent.push({ member, s: bot.child.exitCode === null && bot.child.signalCode === null ? submit(member) : null });
      await sleep(Math.random() * 40);
    }
    await killer;
    await bot.exited;
    counted.trials++;

    // What the bot acknowledged must be in the database, now, before any restart.
    // (A member told "you already have an open ticket" is covered by the row of their earlier submit.)
    const stored = new Set(rows('SELECT user_id FROM tickets').map((r) => r.user_id as string));
    retry = [];
    for (const { member, s } of sent) {
      if (s) {
        counted.submits++;
        if (acknowledged(s)) {
          counted.acknowledged++;
          if (!stored.has(s.member)) counted.lost++;
        } else counted.killedBeforeAck++;
      }
      if (!s || !told(s)) retry.push(member);
    }
  }

  // A last, uninterrupted run: start-up finishes tickets left without a thread; the members still waiting try again.
  const last = startBot();
  await last.ready;
  counted.retried += retry.length;
  const finals = retry.map((m) => submit(m)).filter((s): s is Submit => s !== null);
  for (const s of finals)
    await s.handle.original((m) => /ticket is open|already have an open ticket/i.test(m.content), 8000);
  await expect.poll(() => rows('SELECT id FROM tickets WHERE thread_id IS NULL').length, { timeout: 10_000 }).toBe(0);
  last.child.kill('SIGTERM');
  await last.exited;

  const tickets = rows('SELECT id, interaction_id, user_id, thread_id, status FROM tickets');
  const byInteraction = new Map<string, number>();
  const byMember = new Map<string, number>();
  for (const r of tickets) {
    byInteraction.set(r.interaction_id, (byInteraction.get(r.interaction_id) ?? 0) + 1);
    byMember.set(r.user_id, (byMember.get(r.user_id) ?? 0) + 1);
  }
  const ticketThreads = (id: number) =>
    emu.threads.filter((th) => th.parentId === emu.guild.channels.tickets && th.name.startsWith(`ticket-${id} `));
  const dupInteractions = [...byInteraction.values()].filter((n) => n > 1).length;
  const dupMembers = [...byMember.values()].filter((n) => n > 1).length;
  const dupThreads = tickets.filter((r) => ticketThreads(r.id).length > 1).map((r) => r.id);
  counted.duplicated = dupInteractions + dupMembers + dupThreads.length;
  // Never a ticket without its thread, member and summary for staff.
  const unfinished = tickets.filter((r) => {
    const th = emu.threads.find((x) => x.id === r.thread_id);
    return (
      !th?.members.includes(r.user_id) ||
      !emu.messages(th.id).some((m) => m.author.id === emu.botUser.id && m.embeds.length > 0)
    );
  });

  if (counted.duplicated > 0)
    console.error({
      dupThreads: dupThreads.map((id) => ticketThreads(id).map((th) => th.name)),
      dupMembers: tickets.filter((r) => byMember.get(r.user_id)! > 1),
    });
  expect(counted.trials).toBe(TRIALS);
  expect(counted.lost).toBe(0);
  expect({ dupInteractions, dupMembers, dupThreads }).toEqual({ dupInteractions: 0, dupMembers: 0, dupThreads: [] });
  expect(unfinished.map((r) => r.id)).toEqual([]);
  // Every member who tried ends with exactly one ticket.
  expect(new Set(byMember.keys())).toEqual(new Set(members));
}, 240_000);

const CLOSE_TRIALS = 12;

it(`${CLOSE_TRIALS} kill -9 trials while staff close tickets: each closes once and gets exactly one transcript`, async () => {
  const file = join(tmp.dir, 'transcripts.db');
  const env = { TRANSCRIPT_CHANNEL_ID: emu.guild.channels.general };
  const members = addMembers(emu, CLOSE_TRIALS, 'k9t');
  const closing: number[] = [];
  for (let t = 0; t < CLOSE_TRIALS; t++) {
    const bot = startBot(file, env);
    await bot.ready;
    const member = members[t]!;
    const opened = emu.submitModal({
      customId: 'sw:ticket-modal:none',
      fields: { goal: `locked out (${t})` },
      userId: member,
      channelId: emu.guild.channels.help,
    });
    const told = await opened.original((m) => /ticket is open/i.test(m.content), 8000);
    const thread = emu.threads.find((th) => told!.content.includes(`<#${th.id}>`))!;
    await emu.sendMessage({ channelId: thread.id, authorId: member, content: `still locked out, attempt ${t}` });
    const id = rowsOf(file, 'SELECT id FROM tickets WHERE thread_id = ?', thread.id)[0].id as number;
    closing.push(id);
    emu.submitModal({
      customId: `sw:close-modal:${id}`,
      fields: { reason: `done ${t}` },
      userId: emu.guild.users.staff,
      channelId: thread.id,
    });
    // Kill somewhere between the close being written and the transcript being posted.
    await sleep(Math.random() * 300);
    bot.child.kill('SIGKILL');
    await bot.exited;
  }
  // One uninterrupted run: start-up finishes the closes a crash cut short.
  const last = startBot(file, env);
  await last.ready;
  const closed = () => rowsOf(file, "SELECT id FROM tickets WHERE status = 'closed'").map((r) => r.id as number);
  await expect
    .poll(() => rowsOf(file, 'SELECT count(*) AS n FROM transcripts WHERE posted_at IS NOT NULL')[0].n, {
      timeout: 15_000,
    })
    .toBe(closed().length);
  last.child.kill('SIGTERM');
  await last.exited;

  const uploads = (id: number) =>
    emu
      .messages(emu.guild.channels.general)
      .filter((m) => m.attachments.some((a: any) => a.filename === `ticket-${id}.html`)).length;
  const twiceClosed = rowsOf(
    file,
    "SELECT ticket_id FROM ticket_events WHERE status = 'closed' GROUP BY ticket_id HAVING count(*) > 1",
  );
  const report = closing.map((id) => ({
    id,
    closed: closed().includes(id),
    transcripts: rowsOf(file, 'SELECT count(*) AS n FROM transcripts WHERE ticket_id = ?', id)[0].n as number,
    uploads: uploads(id),
  }));
  const wrong = report.filter((r) =>
    r.closed ? r.transcripts !== 1 || r.uploads !== 1 : r.transcripts !== 0 || r.uploads !== 0,
  );
  counted.transcriptTrials = CLOSE_TRIALS;
  counted.transcriptDuplicated = report.filter((r) => r.uploads > 1 || r.transcripts > 1).length + twiceClosed.length;
  counted.transcriptMissing = report.filter((r) => r.closed && (r.transcripts === 0 || r.uploads === 0)).length;
  expect(twiceClosed).toEqual([]);
  expect(wrong).toEqual([]);
  // Most trials must have got as far as the close, or this would test nothing.
  expect(report.filter((r) => r.closed).length).toBeGreaterThan(CLOSE_TRIALS / 2);
  // Thirteen bot start-ups in a row: vitest's default 20 s measured the machine, not the closes.
}, 120_000);
