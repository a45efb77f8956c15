import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordEmulator, type StoredMessage } from '../emulator/index.js';
import { pino } from 'pino';
import { Assistant } from '../../src/core/assistant.js';
import { loadKnowledge } from '../../src/app/knowledge-folder.js';
import { parseConfig } from '../../src/app/config.js';
import { startBot, type Bot } from '../../src/discord/bot.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import { botEnv, data, tempDir } from '../e2e/harness.js';
import { addMembers, figure, recordFigures, sleep } from './helpers.js';

/**
 * Discord misbehaving while the bot runs (in this process, real discord.js against the emulator):
 * gateway drops, REST 429 and 5xx, expired interactions and deleted messages.
 */

let emu: DiscordEmulator;
let run: { bot: Bot; store: SqliteStore; stop(): Promise<void> };
const tmp = tempDir();
/** What the bot logged, one parsed JSON object per line (debug level). */
const logged: Array<Record<string, unknown>> = [];

/** Like startStepwise, but with a logger whose lines this test can read. */
async function start(dbFile: string) {
  const parsed = parseConfig(botEnv(emu, dbFile));
  if (!parsed.ok) throw new Error(parsed.message);
  const loaded = await loadKnowledge('knowledge');
  if (!loaded.ok) throw new Error('knowledge/ does not load');
  const store = new SqliteStore(dbFile);
  const log = pino(
    { level: 'debug' },
    { write: (line: string) => void logged.push(JSON.parse(line) as Record<string, unknown>) },
  );
  const since = Date.now();
  const registered = emu.waitForRequest(
    (r) => r.method === 'PUT' && /\/commands$/.test(r.path) && r.at >= since,
    10_000,
  );
  const bot = await startBot(parsed.config, new Assistant(loaded.knowledge), store, log, (message) => {
    throw new Error(message);
  });
  await registered;
  return {
    bot,
    store,
    stop: async () => {
      await bot.stop();
      await store.close();
    },
  };
}
const counted = { resumesTried: 0, resumesAnswered: 0, faultReplies: 0, duplicated: 0, gone: 0 };

beforeAll(async () => {
  emu = await DiscordEmulator.start();
  run = await start(`${tmp.dir}/stepwise.db`);
});

afterAll(async () => {
  await run?.stop();
  await emu?.stop();
  tmp.cleanup();
  recordFigures('network', counted);
  figure(
    `network: resumes ${counted.resumesAnswered}/${counted.resumesTried}; ${counted.faultReplies} replies through 429/5xx, ${counted.duplicated} duplicated; ${counted.gone} gone interactions/messages logged without a crash`,
  );
});

const g = () => emu.guild;
let fresh: string[] = [];
/** A member who has not asked anything yet, so the per-member rate limit never hides a reply. */
function member(): string {
  if (fresh.length === 0) fresh = addMembers(emu, 40, 'net');
  return fresh.pop()!;
}
const botReplies = (to: string): StoredMessage[] =>
  emu
    .messages(emu.message(to)?.channel_id ?? g().channels.help)
    .filter((m) => m.author.id === emu.botUser.id && m.message_reference?.message_id === to);
const callbacks = (id: string) =>
  emu.requests.filter(
    (r) => r.method === 'POST' && r.path.startsWith(`/interactions/${id}/`) && !r.injected && r.status < 300,
  );

async function askInHelp(content: string): Promise<string> {
  const sent = await emu.sendMessage({ channelId: g().channels.help, authorId: member(), content });
  await sent.waitForReply(8000);
  return sent.id;
}

describe('gateway drops', () => {
  it('resumes after 1006 and 4000 closes, ten times, and keeps answering', async () => {
    for (let n = 0; n < 10; n++) {
      const code = n % 2 === 0 ? 1006 : 4000;
      const before = emu.resumes.length;
      counted.resumesTried++;
      emu.closeGateway(code);
      // Sent while the connection is down: Discord replays it on RESUME, and it gets one reply.
      const during = await emu.sendMessage({
        channelId: g().channels.help,
        authorId: member(),
        content: 'my account got locked after too many tries',
      });
      await expect.poll(() => emu.resumes.length, { timeout: 8000, interval: 20 }).toBeGreaterThan(before);
      await during.waitForReply(8000);
      const after = await askInHelp('how do i reset my password');
      await sleep(50);
      if (botReplies(during.id).length === 1 && botReplies(after).length === 1) counted.resumesAnswered++;
    }
    expect(emu.identifies).toHaveLength(1); // every drop was a RESUME, never a new session
    expect(counted.resumesAnswered).toBe(10);
  }, 60_000);
});

const helpPost = () => new RegExp(`^/channels/${g().channels.help}/messages$`);

describe('REST faults are retried without duplicate replies', () => {
  const callback = /^\/interactions\/\d+\/[^/]+\/callback$/;

  it.each([
    ['429 with retry_after', { status: 429 as const, retryAfter: 0.3, times: 1 }],
    ['500', { status: 500 as const, times: 2 }],
    ['502', { status: 502 as const, times: 2 }],
    ['503', { status: 503 as const, times: 2 }],
  ])('a free-text reply through %s arrives once', async (_name, fault) => {
    emu.failNext({ method: 'POST', pathPattern: helpPost(), ...fault });
    const id = await askInHelp('my verification code never arrived');
    await sleep(300);
    expect(emu.requests.some((r) => r.injected && helpPost().test(r.path))).toBe(true);
    counted.faultReplies++;
    counted.duplicated += botReplies(id).length - 1;
    expect(botReplies(id)).toHaveLength(1);
  });

  it.each([
    ['429 with retry_after', { status: 429 as const, retryAfter: 0.3, times: 1 }],
    ['500', { status: 500 as const, times: 2 }],
    ['503', { status: 503 as const, times: 1 }],
  ])('an interaction answer through %s is sent once', async (_name, fault) => {
    emu.failNext({ method: 'POST', pathPattern: callback, ...fault });
    const i = emu.slashCommand({
      name: 'ask',
      options: [{ name: 'question', type: 3, value: 'i forgot my password' }],
      userId: member(),
      channelId: g().channels.general,
    });
    expect(data(await i.callback(5000)).embeds?.[0]?.title).toBeTruthy();
    await sleep(300);
    counted.faultReplies++;
    counted.duplicated += callbacks(i.id).length - 1;
    expect(callbacks(i.id)).toHaveLength(1);
  });

  it('a ticket survives a 429 and a 500 on thread creation: one ticket, one thread, one reply', async () => {
    const user = member();
    emu.failNext({
      method: 'POST',
      pathPattern: new RegExp(`^/channels/${g().channels.tickets}/threads$`),
      status: 429,
      retryAfter: 0.3,
    });
    emu.failNext({
      method: 'POST',
      pathPattern: new RegExp(`^/channels/${g().channels.tickets}/threads$`),
      status: 500,
    });
    const submit = emu.submitModal({
      customId: 'sw:ticket-modal:none',
      fields: { goal: 'locked out after the update' },
      userId: user,
      channelId: g().channels.help,
    });
    const done = await submit.original((m) => /ticket is open/i.test(m.content), 8000);
    await sleep(200);
    const threads = emu.threads.filter((t) => t.members.includes(user));
    counted.faultReplies++;
    counted.duplicated += threads.length - 1 + callbacks(submit.id).length - 1 + submit.followups().length;
    expect(threads).toHaveLength(1);
    expect(done?.content).toContain(`<#${threads[0]!.id}>`);
    expect(callbacks(submit.id)).toHaveLength(1);
    expect(submit.followups()).toHaveLength(0);
    expect(run.store.db.prepare('SELECT COUNT(*) AS n FROM tickets WHERE user_id = ?').get(user)).toEqual({ n: 1 });
  });
});

describe('too late or gone', () => {
  it('an interaction whose token expired (10062) is logged, not a crash', async () => {
    const i = emu.slashCommand({ name: 'topics', userId: member(), channelId: g().channels.general });
    emu.expireInteraction(i.id);
    await emu.waitForRequest((r) => r.path.startsWith(`/interactions/${i.id}/`) && r.status === 404, 5000);
    await expect.poll(() => logged.some((l) => l.code === 10062 && l.level === 40)).toBe(true);
    expect(logged.filter((l) => (l.level as number) >= 50)).toEqual([]);
    counted.gone++;
    // Still serving.
    await askInHelp('how do i turn on 2fa');
  });

  it('a message deleted before the reply is logged, not a crash, and gets no reply', async () => {
    const from = logged.length;
    emu.failNext({ method: 'POST', pathPattern: helpPost(), status: 429, retryAfter: 0.3 });
    const sent = await emu.sendMessage({
      channelId: g().channels.help,
      authorId: member(),
      content: 'my password reset link expired',
    });
    emu.deleteMessage(sent.id);
    await emu.waitForRequest(
      (r) => r.method === 'POST' && helpPost().test(r.path) && !r.injected && r.status >= 400,
      5000,
    );
    await expect
      .poll(() =>
        logged
          .slice(from)
          .some((l) => l.msg === 'Discord says the interaction or message is gone; nothing to reply to'),
      )
      .toBe(true);
    expect(logged.filter((l) => (l.level as number) >= 50)).toEqual([]);
    expect(botReplies(sent.id)).toEqual([]);
    counted.gone++;
    await askInHelp('how do i reset my password');
  });

  it('slow work defers first: a ticket whose thread takes longer than 3 s still gets its answer', async () => {
    const user = member();
    emu.failNext({
      method: 'POST',
      pathPattern: new RegExp(`^/channels/${g().channels.tickets}/threads$`),
      status: 429,
      retryAfter: 3.5,
    });
    const submit = emu.submitModal({
      customId: 'sw:ticket-modal:none',
      fields: { goal: 'my licence page is blank' },
      userId: user,
      channelId: g().channels.help,
    });
    expect(((await submit.callback(2000)).body as { type: number }).type).toBe(5);
    await submit.original((m) => /ticket is open/i.test(m.content), 8000);
  }, 15_000);
});
