import { execFileSync, spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { GatewayIntentBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordEmulator } from '../emulator/index.js';
import Database from 'better-sqlite3';
import { cleanText } from '../../src/core/normalise/normalise.js';
import { redactSecrets } from '../../src/core/normalise/secrets.js';
import { botEnv, buttons, data, tempDir } from '../e2e/harness.js';
import { addMembers, entryText, figure, hostileCorpus, ROOT, secretWords, spawnBot, type Spawned } from './helpers.js';
import { t, UI_LOCALES } from '../../src/core/i18n/messages.js';
import { secretWarning } from '../../src/core/render/render.js';

/**
 * The real process (`tsx src/app/main.ts`) against the emulator: fatal close codes end it with one line
 * saying what to fix, SIGTERM/SIGINT finish the work in flight and exit 0, and the token never
 * reaches the logs, even at debug.
 */

const tmp = tempDir();
const emus: DiscordEmulator[] = [];
const procs: Spawned[] = [];
const counted = { fatal: 0, graceful: 0, secrets: 0 };

async function emulator(opts: Parameters<typeof DiscordEmulator.start>[0] = {}): Promise<DiscordEmulator> {
  const emu = await DiscordEmulator.start(opts);
  emus.push(emu);
  return emu;
}
function bot(...args: Parameters<typeof spawnBot>): Spawned {
  const p = spawnBot(...args);
  procs.push(p);
  return p;
}

afterAll(async () => {
  for (const p of procs) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
  for (const e of emus) await e.stop();
  tmp.cleanup();
  figure(
    `lifecycle: ${counted.fatal} fatal close codes ended with one clear line; ${counted.graceful} signals shut down gracefully; ${counted.secrets} pasted secrets warned about, never echoed, stored or logged`,
  );
});

const READY = /Stepwise is ready/;

describe('non-retryable close codes end the process with one clear line', () => {
  it('4014 (Message Content intent not enabled) names the setting to enable', async () => {
    const emu = await emulator({ disallowedIntents: GatewayIntentBits.MessageContent });
    const p = bot(emu, `${tmp.dir}/fatal-4014.db`);
    expect(await p.exited).toBe(1);
    const lines = p.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^Discord refused the Message Content intent \(close 4014\): enable "Message Content Intent"/,
    );
    expect(p.stderr()).not.toContain(emu.token);
    counted.fatal++;
  });

  it('4004 (wrong token) says to copy a fresh token, without printing either token', async () => {
    const emu = await emulator();
    const wrong = `${Buffer.from('101234567890123456').toString('base64url')}.GaBcDe.${'x'.repeat(38)}`;
    const p = bot(emu, `${tmp.dir}/fatal-4004.db`, { DISCORD_TOKEN: wrong, LOG_LEVEL: 'debug' });
    expect(await p.exited).toBe(1);
    const lines = p.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Discord rejected DISCORD_TOKEN \(close 4004\): copy a fresh bot token/);
    expect(p.stderr()).not.toContain(wrong);
    expect(p.stderr()).not.toContain(emu.token);
    counted.fatal++;
  });

  it('a 4014 close after start-up also ends the process with the same single line', async () => {
    const emu = await emulator();
    const p = bot(emu, `${tmp.dir}/fatal-late.db`, { LOG_LEVEL: 'warn' });
    await emu.waitForRequest((r) => r.method === 'PUT' && /\/commands$/.test(r.path), 15_000);
    emu.closeGateway(4014);
    expect(await p.exited).toBe(1);
    const lines = p.stderr().trim().split('\n');
    expect(lines).toEqual([expect.stringMatching(/^Discord refused the Message Content intent \(close 4014\)/)]);
    counted.fatal++;
  });
});

describe('the built bot, as `npm start` runs it (dist/app/main.js, one bundle)', () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT });
  });

  it('input: "esqueci minha senha, como faço pra redefinir?" sent the moment it says it is ready → the Portuguese answer', async () => {
    // The bundle must find its locale files, the lexicon and the language detector: without the locale files beside
    // it, this reply had English buttons.
    const emu = await emulator();
    const p = bot(emu, `${tmp.dir}/first-message.db`, {}, 'built');
    await p.waitForStderr(READY);
    const sent = await emu.sendMessage({
      channelId: emu.guild.channels.help,
      authorId: emu.guild.users.other,
      content: 'esqueci minha senha, como faço pra redefinir?',
    });
    const reply = await sent.waitForReply(8000);
    expect(buttons(reply.components).map((b) => b.label)).toContain(t('pt-BR', 'answer.solved'));
    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(0);
  });

  it('input: a ticket whose TICKET_CHANNEL_ID the bot cannot see → the logged stack names lines of src/, not of the bundle', async () => {
    const emu = await emulator();
    const p = bot(emu, `${tmp.dir}/stack.db`, { TICKET_CHANNEL_ID: '199999999999999999' }, 'built');
    await p.waitForStderr(READY);
    await emu.waitForRequest((r) => r.method === 'PUT' && /\/commands$/.test(r.path), 10_000);
    emu.submitModal({
      customId: 'sw:ticket-modal:none',
      fields: { goal: 'cannot sign in since the update' },
      userId: emu.guild.users.member,
      channelId: emu.guild.channels.help,
    });
    await p.waitForStderr(/"ref":"/);
    const logged = JSON.parse(
      p
        .stderr()
        .split('\n')
        .find((l) => l.includes('"ref":"'))!,
    ) as { err: { stack: string } };
    const frames = logged.err.stack.split('\n').filter((l) => l.trim().startsWith('at '));
    expect(frames[0]).toMatch(/src\/discord\/tickets\/ticket-service\.ts:\d+:\d+\)$/);
    expect(logged.err.stack).not.toContain('dist/app/main.js');
    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(0);
  });

  it('input: a build whose lexicon file is missing → one line saying the language readers could not load, exit 1', async () => {
    // A broken install, built aside (the tree other tests run stays whole).
    const out = join(ROOT, 'node_modules/.cache/stepwise-test-no-lexicon');
    execFileSync(process.execPath, ['scripts/build.mjs', '--out', out], { cwd: ROOT });
    rmSync(join(out, 'core/normalise/cross-language.json'), { force: true });
    const emu = await emulator();
    const p = bot(emu, `${tmp.dir}/no-lexicon.db`, {}, { main: join(out, 'app/main.js') });
    expect(await p.exited).toBe(1);
    const lines = p.stderr().trim().split('\n');
    expect(lines).toEqual([expect.stringMatching(/^Could not load the language readers: .*cross-language\.json/)]);
  });
});

describe('SIGTERM and SIGINT', () => {
  it('SIGTERM: stops taking work, finishes the ticket in flight, closes the database, exits 0', async () => {
    const emu = await emulator();
    const db = `${tmp.dir}/sigterm.db`;
    const p = bot(emu, db, { LOG_LEVEL: 'debug' });
    await p.waitForStderr(READY);
    await emu.waitForRequest((r) => r.method === 'PUT' && /\/commands$/.test(r.path), 10_000);
    const g = emu.guild;
    // Hold the ticket's thread creation for a second with a 429, so the work is still in flight at SIGTERM.
    emu.failNext({
      method: 'POST',
      pathPattern: new RegExp(`^/channels/${g.channels.tickets}/threads$`),
      status: 429,
      retryAfter: 1,
    });
    const submit = emu.submitModal({
      customId: 'sw:ticket-modal:none',
      fields: { goal: 'cannot sign in since the update' },
      userId: g.users.member,
      channelId: g.channels.help,
    });
    expect(((await submit.callback(5000)).body as { type: number }).type).toBe(5);
    p.child.kill('SIGTERM');
    await p.waitForStderr(/shutting down/);
    // Still connected, but no longer taking work.
    let late: ReturnType<typeof emu.slashCommand> | undefined;
    try {
      late = emu.slashCommand({ name: 'topics', userId: g.users.other, channelId: g.channels.general });
    } catch {
      // the gateway session may already be gone: equally "not taken"
    }
    expect(await p.exited).toBe(0);
    const done = await submit.original((m) => /ticket is open/i.test(m.content), 3000);
    expect(done?.content).toMatch(/<#\d+>/);
    if (late) await expect(late.callback(500)).rejects.toThrow(/timed out/);
    // A cleanly closed SQLite database in WAL mode leaves no -wal file behind.
    expect(existsSync(`${db}-wal`)).toBe(false);
    expect(p.stderr()).toMatch(/"signal":"SIGTERM"/);
    expect(p.stderr()).not.toContain(emu.token);
    counted.graceful++;
  });

  it('stopping `npm start` with SIGTERM also stops the bot gracefully (npm 11 does not pass the signal on)', async () => {
    const emu = await emulator();
    const db = `${tmp.dir}/npm-start.db`;
    const npm = spawn('npm', ['start'], {
      env: { ...process.env, ...botEnv(emu, db), LOG_LEVEL: 'info' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    npm.stderr!.on('data', (b: Buffer) => (err += b.toString('utf8')));
    for (const start = Date.now(); !READY.test(err); ) {
      if (Date.now() - start > 15_000) throw new Error(`npm start did not get ready:\n${err}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    npm.kill('SIGTERM');
    // The bot, orphaned by npm, notices within a second, finishes up and closes the database (no -wal left).
    for (const start = Date.now(); !/shutting down/.test(err) || existsSync(`${db}-wal`); ) {
      if (Date.now() - start > 10_000)
        throw new Error(`the bot kept running after npm was stopped:\n${err.slice(-1500)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(err).toMatch(/parent exited/);
    counted.graceful++;
  });

  it('SIGINT exits 0 as well', async () => {
    const emu = await emulator();
    const db = `${tmp.dir}/sigint.db`;
    const p = bot(emu, db);
    await p.waitForStderr(READY);
    p.child.kill('SIGINT');
    expect(await p.exited).toBe(0);
    expect(existsSync(`${db}-wal`)).toBe(false);
    counted.graceful++;
  });
});

describe('logs and secrets in the real process (LOG_LEVEL=debug)', () => {
  it('never logs the token or a pasted secret; an unexpected error gives the member a reference staff can find', async () => {
    const emu = await emulator();
    const db = `${tmp.dir}/secrets.db`;
    // A ticket channel the emulator does not know: every ticket's thread fails, unexpectedly.
    const p = bot(emu, db, { LOG_LEVEL: 'debug', TICKET_CHANNEL_ID: '199999999999999999' });
    await p.waitForStderr(READY);
    await emu.waitForRequest((r) => r.method === 'PUT' && /\/commands$/.test(r.path), 10_000);
    const secrets = hostileCorpus().filter((e) => e.secret);
    const people = addMembers(emu, secrets.length + 1, 'sec');
    const words: string[] = [];
    for (const [n, e] of secrets.entries()) {
      const text = entryText(e);
      words.push(...secretWords(text, cleanText, redactSecrets));
      const sent = await emu.sendMessage({ channelId: emu.guild.channels.help, authorId: people[n]!, content: text });
      const reply = await sent.waitForReply(5000);
      // In a channel: a reply telling them, in their language, to delete the message and change the password.
      const warnings = UI_LOCALES.map((l) => secretWarning(l));
      expect(warnings, e.name).toContain(reply.content);
      if (reply.content === secretWarning('en')) expect(reply.content).toMatch(/delete.*change/i);
      for (const w of secretWords(text, cleanText, redactSecrets))
        expect(JSON.stringify([reply.content, reply.embeds, reply.components]), e.name).not.toContain(w);
    }
    // Where it can, the warning is ephemeral.
    const ask = emu.slashCommand({
      name: 'ask',
      options: [{ name: 'question', type: 3, value: 'my password is Hunter2! why wont it work' }],
      userId: people.at(-1)!,
      channelId: emu.guild.channels.general,
    });
    const answer = data(await ask.callback());
    expect(answer.flags & 64).toBe(64);
    expect(JSON.stringify(answer)).not.toContain('Hunter2!');

    const submit = emu.submitModal({
      customId: 'sw:ticket-modal:none',
      fields: {
        goal: 'my password is Hunter2! why wont it work',
        error: 'code is 482913 but it says expired',
        tried: 'recovery key: ABCD-EFGH-IJKL-MNOP',
      },
      userId: people.at(-1)!,
      channelId: emu.guild.channels.help,
    });
    const apology = await emu.waitForMessage((m) => /reference: `[0-9a-f]{8}`/.test(m.content) && m.flags === 64, 8000);
    const ref = /`([0-9a-f]{8})`/.exec(apology.content)![1]!;
    await p.waitForStderr(new RegExp(`"ref":"${ref}"`));
    expect(submit.id).toBeTruthy();
    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(0);

    const conn = new Database(db, { readonly: true });
    const stored = JSON.stringify([
      conn.prepare('SELECT * FROM tickets').all(),
      conn.prepare('SELECT * FROM questions').all(),
    ]);
    conn.close();
    expect(stored).toContain('[redacted]');
    const log = p.stderr();
    expect(log).toMatch(/"level":20/); // debug lines were written
    expect(log).not.toContain(emu.token);
    // (Four-digit groups such as the card number's 1111 also occur in ids and timestamps: checked in the replies only.)
    for (const w of new Set(words.filter((x) => x.length >= 6 || /\D/.test(x)))) {
      expect(stored, w).not.toContain(w);
      expect(log, w).not.toContain(w);
    }
    counted.secrets = secrets.length;
  });

  it('staff-only actions: /stats is hidden by default and refused to a member at run time', async () => {
    const emu = await emulator();
    const p = bot(emu, `${tmp.dir}/staff.db`);
    await p.waitForStderr(READY);
    await emu.waitForRequest((r) => r.method === 'PUT' && /\/commands$/.test(r.path), 10_000);
    const stats = (emu.commands.guild[emu.guild.id] ?? []).find((c) => c.name === 'stats');
    expect(stats?.default_member_permissions).toBeTruthy();
    const refused = data(
      await emu
        .slashCommand({ name: 'stats', userId: emu.guild.users.member, channelId: emu.guild.channels.general })
        .callback(),
    );
    expect(refused.content).toMatch(/only support staff/i);
    const shown = data(
      await emu
        .slashCommand({ name: 'stats', userId: emu.guild.users.staff, channelId: emu.guild.channels.general })
        .callback(),
    );
    expect(shown.embeds?.[0]?.title).toMatch(/insights/i);
    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(0);
  });
});
