import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { DiscordEmulator } from '../emulator/index.js';
import { sharedDatabase, PG_URL } from '../support/databases.js';
import { NODE_FLAGS } from '../../src/app/node-flags.js';
import { sleep, tempDir } from '../e2e/harness.js';

/**
 * Two shards as two processes under discord.js's ShardingManager, against an emulator that hands out
 * `shards: 2` and routes each guild's events by (guild_id >> 22) % 2. Tickets go to PostgreSQL when the
 * test server is running (as in CI), else to a shared SQLite file.
 */
let emu: DiscordEmulator;
let manager: ChildProcess;
let store: Store;
let logs = '';
const tmp = tempDir();

const shardOf = (guildId: string) => Number((BigInt(guildId) >> 22n) % 2n);
/** The shard processes: the manager's children running dist/app/main.js, as `npm start` runs the bot. */
const shardChildren = () =>
  execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(manager.pid)], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => l.includes('dist/app/main.js'))
    .map((l) => Number(l.trim().split(/\s+/)[0]));

beforeAll(async () => {
  emu = await DiscordEmulator.start({ shards: 2, guilds: 2 });
  const db = await sharedDatabase(tmp.dir);
  const g = emu.guilds;
  // What `npm start` runs (test/unit/config.test.ts holds the two together): the build, then node on the built bot;
  // the manager spawns its shards the same way.
  execFileSync(process.execPath, ['scripts/build.mjs']);
  manager = spawn(process.execPath, [...NODE_FLAGS, 'dist/app/main.js'], {
    env: {
      ...process.env,
      SHARDS: 'auto',
      SHARD_SPAWN_DELAY_MS: '0',
      DISCORD_TOKEN: emu.token,
      DISCORD_API_URL: emu.apiUrl,
      HELP_CHANNEL_IDS: g.map((x) => x.channels.help).join(','),
      SUPPORT_ROLE_ID: g.map((x) => x.roles.support).join(','),
      TICKET_CHANNEL_ID: g.map((x) => x.channels.tickets).join(','),
      STEPWISE_DB: db,
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  manager.stdout!.on('data', (d) => (logs += d));
  manager.stderr!.on('data', (d) => (logs += d));
  const deadline = Date.now() + 30_000;
  while (!/all shards ready/.test(logs) || Object.keys(emu.commands.guild).length < 2) {
    if (Date.now() > deadline) throw new Error(`shards did not start:\n${logs}`);
    await sleep(100);
  }
  store = await openStore(db);
}, 40_000);

afterAll(async () => {
  if (manager && manager.exitCode === null) {
    manager.kill('SIGTERM');
    await new Promise((r) => manager.once('exit', r));
  }
  await store?.close();
  await emu?.stop();
  tmp.cleanup();
});

async function openTicket(guild: DiscordEmulator['guild'], userId: string, goal: string): Promise<string> {
  const form = (await emu.slashCommand({ name: 'ticket', userId, channelId: guild.channels.general }).callback())
    .body as any;
  expect(form.type).toBe(9);
  const submit = emu.submitModal({
    customId: form.data.custom_id,
    fields: { goal },
    userId,
    channelId: guild.channels.general,
  });
  const done = await submit.original((m) => /ticket is open/i.test(m.content), 10_000);
  return /<#(\d+)>/.exec(done!.content)![1]!;
}

describe(`two shards (${PG_URL ? 'PostgreSQL' : 'SQLite'})`, () => {
  it('identifies each shard with its own [id, 2] pair and gives each guild to the shard (guild_id >> 22) % 2', () => {
    expect(emu.identifies.map((i) => i.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(emu.guilds.map((g) => shardOf(g.id)).sort()).toEqual([0, 1]);
  });

  it('answers members and opens tickets in guilds on both shards', async () => {
    for (const g of emu.guilds) {
      const sent = await emu.sendMessage({
        channelId: g.channels.help,
        authorId: g.users.member,
        content: 'i forgot my password',
      });
      expect((await sent.waitForReply()).embeds[0]!.title).toMatch(/password/i);
      const threadId = await openTicket(g, g.users.member, `shard ${shardOf(g.id)} ticket`);
      const thread = emu.threads.find((t) => t.id === threadId)!;
      expect(thread.parentId).toBe(g.channels.tickets);
      expect((await store.getTicketByThread(threadId))?.guildId).toBe(g.id);
    }
  });

  it('turns 50 concurrent ticket submissions by one member into exactly one ticket', async () => {
    const g = emu.guilds[0]!;
    const userId = g.users.staff;
    const form = (await emu.slashCommand({ name: 'ticket', userId, channelId: g.channels.general }).callback())
      .body as any;
    const threadsBefore = emu.threads.length;
    const submits = Array.from({ length: 50 }, (_, n) =>
      emu.submitModal({
        customId: form.data.custom_id,
        fields: { goal: `burst ${n}` },
        userId,
        channelId: g.channels.general,
      }),
    );
    const replies = await Promise.all(
      submits.map((s) => s.original((m) => /ticket/i.test(m.content) && !(m.flags & 128), 15_000)),
    );
    const mine = (await store.ticketsSince(0)).filter((t) => t.userId === userId && t.guildId === g.id);
    expect(mine).toHaveLength(1);
    const ticket = (await store.getTicket(mine[0]!.id))!;
    // Every submitter is pointed at that one ticket: by its thread, or by number while the thread is being made.
    for (const m of replies) expect(m!.content).toMatch(new RegExp(`<#${ticket.threadId}>|ticket #${ticket.id}\\b`));
    expect(emu.threads.length - threadsBefore).toBe(1);
  }, 30_000);

  it('respawns a killed shard process, which serves its guild again with every ticket intact', async () => {
    const before = await store.ticketsSince(0);
    const victims = shardChildren();
    expect(victims).toHaveLength(2);
    const identifiesBefore = emu.identifies.length;
    process.kill(victims[0]!, 'SIGKILL');
    const deadline = Date.now() + 30_000;
    while (emu.identifies.length <= identifiesBefore) {
      if (Date.now() > deadline) throw new Error(`the shard did not come back:\n${logs.slice(-2000)}`);
      await sleep(100);
    }
    await sleep(500);
    expect(shardChildren()).toHaveLength(2);
    for (const g of emu.guilds) {
      const i = emu.slashCommand({
        name: 'ask',
        options: [{ name: 'question', type: 3, value: 'account locked' }],
        userId: g.users.other,
        channelId: g.channels.general,
      });
      expect(((await i.callback(10_000)).body as any).data.embeds[0].title).toMatch(/locked/i);
    }
    const after = await store.ticketsSince(0);
    expect(after.map((t) => t.id)).toEqual(before.map((t) => t.id));
  }, 40_000);
});
