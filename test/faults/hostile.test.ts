import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pino } from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Assistant } from '../../src/core/assistant.js';
import { importGuide } from '../../src/core/import/import-guide.js';
import { buildKnowledge } from '../../src/core/knowledge/knowledge.js';
import { loadKnowledge } from '../../src/app/knowledge-folder.js';
import { TICKET_FIELDS } from '../../src/core/tickets/ticket-template.js';
import { parseConfig } from '../../src/app/config.js';
import { startBot, type Bot } from '../../src/discord/bot.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import { DiscordEmulator, type StoredMessage } from '../emulator/index.js';
import { botEnv, tempDir } from '../e2e/harness.js';
import { addMembers, entryBytes, entryText, figure, hostileCorpus, pinged, ROOT, sleep, TSX } from './helpers.js';

/** The 264 hostile inputs through the core, the CLI and the emulated Discord: a reply or silence, never a crash, a ping or a reply over the limits. */

const corpus = hostileCorpus();
const tmp = tempDir();
let emu: DiscordEmulator;
let bot: Bot;
let store: SqliteStore;
let assistant: Assistant;
const logged: Array<Record<string, any>> = [];
const tried = { core: 0, cli: 0, discord: 0, forms: 0 };
const bad = { crashes: 0, pings: 0, overLimits: 0 };

beforeAll(async () => {
  emu = await DiscordEmulator.start();
  const parsed = parseConfig(botEnv(emu, `${tmp.dir}/stepwise.db`));
  if (!parsed.ok) throw new Error(parsed.message);
  const loaded = await loadKnowledge('knowledge');
  if (!loaded.ok) throw new Error('knowledge/ does not load');
  assistant = new Assistant(loaded.knowledge);
  store = new SqliteStore(`${tmp.dir}/stepwise.db`);
  const log = pino(
    { level: 'debug' },
    { write: (line: string) => void logged.push(JSON.parse(line) as Record<string, any>) },
  );
  const registered = emu.waitForRequest((r) => r.method === 'PUT' && /\/commands$/.test(r.path), 10_000);
  bot = await startBot(parsed.config, assistant, store, log, (m) => {
    throw new Error(m);
  });
  await registered;
});

afterAll(async () => {
  await bot?.stop();
  await store?.close();
  await emu?.stop();
  tmp.cleanup();
  figure(
    `hostile inputs: ${tried.core} tried via core, ${tried.cli} via CLI, ${tried.discord} via Discord (+ ${tried.forms} ticket forms at the field limits); ${bad.crashes} crashes, ${bad.pings} pings, ${bad.overLimits} over limits`,
  );
});

/** Wait until the bot has made no REST request for `quietMs`. */
async function settle(quietMs = 600, maxMs = 30_000): Promise<void> {
  const start = Date.now();
  let seen = emu.requests.length;
  let since = Date.now();
  while (Date.now() - since < quietMs && Date.now() - start < maxMs) {
    await sleep(100);
    if (emu.requests.length !== seen) {
      seen = emu.requests.length;
      since = Date.now();
    }
  }
}

it('core: Assistant.ask answers or ignores every input without throwing', () => {
  for (const e of corpus) {
    const d = assistant.ask(entryText(e));
    expect(['answer', 'suggest', 'escalate', 'clarify', 'ignore'], e.name).toContain(d.action);
    tried.core++;
  }
});

it('core, an imported guide judged by the answer model (Zulip, 191 topics): every input decided without throwing', () => {
  const text = readFileSync('test/data/guides/zulip-help/guide.md', 'utf8');
  const built = buildKnowledge({
    files: importGuide({ fileName: 'guide.md', text, allowedHosts: [] }).topics.map((t) => ({
      name: t.file,
      text: t.text,
    })),
    allowedHostsText: '',
  });
  if (!built.ok) throw new Error('the imported guide must load');
  const imported = new Assistant(built.knowledge);
  expect(imported.policy.kind).toBe('model');
  for (const e of corpus) {
    const d = imported.ask(entryText(e));
    expect(['answer', 'suggest', 'escalate', 'clarify', 'ignore'], e.name).toContain(d.action);
    if (d.action === 'suggest') expect(d.alternatives.length, e.name).toBeLessThanOrEqual(3);
    tried.core++;
  }
});

it('CLI: ask --json, one batched spawn, raw bytes (invalid UTF-8 included), one JSON line per input line', async () => {
  // Newlines separate inputs for the CLI: an entry's own line breaks become spaces (bytes otherwise untouched).
  const lines = corpus.map((e) => Buffer.from(entryBytes(e).map((b) => (b === 0x0a ? 0x20 : b))));
  const input = Buffer.concat(lines.flatMap((l) => [l, Buffer.from('\n')]));
  const out = await new Promise<{ code: number | null; stdout: string; stderr: string }>((done, reject) => {
    const child = spawn(TSX, ['src/cli/ask.ts', '--json'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const o: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => o.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) =>
      done({ code, stdout: Buffer.concat(o).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
    child.stdin.end(input);
  });
  expect(out.stderr).toBe('');
  expect(out.code).toBe(0);
  const results = out.stdout
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as { action: string; secret: boolean; error?: string });
  expect(results).toHaveLength(corpus.length);
  for (const [n, r] of results.entries()) {
    expect(r.error, corpus[n]!.name).toBeUndefined();
    expect(typeof r.secret).toBe('boolean');
    if (corpus[n]!.secret) expect(r.secret, corpus[n]!.name).toBe(true);
  }
  tried.cli = results.length;
}, 30_000);

it('Discord: free text, /ask and ticket forms at their limits get a reply or silence; no crash, ping or limit error', async () => {
  const g = emu.guild;
  const people = addMembers(emu, corpus.length * 2, 'hostile');
  const sent: string[] = [];
  // Free text in a help channel, one member each (the per-member rate limit would hide replies).
  for (const [n, e] of corpus.entries()) {
    sent.push((await emu.sendMessage({ channelId: g.channels.help, authorId: people[n]!, content: entryText(e) })).id);
    if (n % 40 === 39) await sleep(50);
  }
  await settle();
  // /ask: Discord enforces the option's max_length (500) and a non-empty value.
  const asks = corpus.map((e, n) =>
    emu.slashCommand({
      name: 'ask',
      options: [{ name: 'question', type: 3, value: entryText(e).slice(0, 500) || ' ' }],
      userId: people[n]!,
      channelId: g.channels.general,
    }),
  );
  for (const i of asks) await i.callback(10_000);
  // Ticket forms: every field filled to its limit with the input (Discord enforces max_length).
  // (The kinds that stress a ticket's summary: ~1,500 thread requests for all 264 would only test discord.js's 50 req/s.)
  const formKinds = new Set(['modal-field-length', 'mentions', 'markdown', 'huge', 'secrets-looking']);
  const forms = corpus
    .filter((e) => formKinds.has(e.kind))
    .map((e, n) => {
      const text = entryText(e);
      const fields = Object.fromEntries(TICKET_FIELDS.map((f) => [f.id, text.slice(0, f.maxLength)]));
      if (!fields.goal?.trim()) fields.goal = 'x';
      return emu.submitModal({
        customId: 'sw:ticket-modal:none',
        fields,
        userId: people[corpus.length + n]!,
        channelId: g.channels.help,
      });
    });
  for (const f of forms) await f.original((m) => m.content.length > 0 && (m.flags & 128) === 0, 15_000);
  await settle();
  tried.discord = corpus.length;

  bad.crashes = logged.filter((l) => l.level >= 50).length;
  const botMessages = allBotMessages();
  // The staff summary in a ticket thread pings the support role, by design; nothing else pings anyone.
  bad.pings = botMessages.filter((m) =>
    isSummary(m)
      ? m.mention_everyone || m.mentions.length > 0 || m.mention_roles.some((r) => r !== g.roles.support)
      : pinged(m),
  ).length;
  bad.overLimits = emu.requests.filter((r) => r.status === 400).length;
  const rejected = emu.requests.filter((r) => r.status >= 400 && !r.injected);

  expect(logged.filter((l) => l.level >= 50).map((l) => l.err?.message ?? l.msg)).toEqual([]);
  expect(rejected.map((r) => `${r.status} ${r.method} ${r.path}`)).toEqual([]);
  expect(bad.pings).toBe(0);
  // Replies to members' free text: one at most per message.
  for (const id of sent)
    expect(botMessages.filter((m) => m.message_reference?.message_id === id).length).toBeLessThanOrEqual(1);
  // Every ticket form got its ticket, each within the limits (the emulator would have refused otherwise).
  expect(emu.threads.filter((t) => t.parentId === g.channels.tickets).length).toBe(forms.length);
  tried.forms = forms.length;
}, 90_000);

const isSummary = (m: StoredMessage) => emu.threads.some((t) => t.id === m.channel_id) && m.embeds.length > 0;
function allBotMessages(): StoredMessage[] {
  const ids = [
    emu.guild.channels.help,
    emu.guild.channels.general,
    emu.guild.channels.tickets,
    ...emu.threads.map((t) => t.id),
  ];
  return ids.flatMap((id) => emu.messages(id)).filter((m) => m.author.id === emu.botUser.id);
}
