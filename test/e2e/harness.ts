import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Assistant } from '../../src/core/assistant.js';
import { loadLanguageDetector } from '../../src/core/normalise/language.js';
import { loadKnowledge } from '../../src/app/knowledge-folder.js';
import { parseConfig } from '../../src/app/config.js';
import { startBot, type Bot, type BotOptions } from '../../src/discord/bot.js';
import { createLogger } from '../../src/app/log.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import { afterAll, beforeAll } from 'vitest';
import { DiscordEmulator, type EmulatorOptions, type RecordedRequest } from '../emulator/index.js';
import type { Json } from '../emulator/state.js';

export interface RunningBot {
  bot: Bot;
  store: SqliteStore;
  assistant: Assistant;
  dbFile: string;
  stop(): Promise<void>;
}

export function tempDir(): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'stepwise-e2e-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A knowledge folder as kb:import writes it (the topic files and an empty allowlist), made in `dir`. */
export function writeImportedGuide(dir: string, topics: ReadonlyArray<{ file: string; text: string }>): string {
  mkdirSync(dir, { recursive: true });
  for (const t of topics) writeFileSync(join(dir, t.file), t.text);
  writeFileSync(join(dir, 'allowed-hosts.txt'), '');
  return dir;
}

/** The environment `npm start` would get to serve the emulator's first guild. */
export function botEnv(
  emu: DiscordEmulator,
  dbFile: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    DISCORD_TOKEN: emu.token,
    DISCORD_API_URL: emu.apiUrl,
    HELP_CHANNEL_IDS: emu.guild.channels.help,
    SUPPORT_ROLE_ID: emu.guild.roles.support,
    TICKET_CHANNEL_ID: emu.guild.channels.tickets,
    STEPWISE_DB: dbFile,
    LOG_LEVEL: 'silent',
    ...extra,
  };
}

/** Start Stepwise in this process with its real discord.js client, pointed at the emulator. */
export async function startStepwise(
  emu: DiscordEmulator,
  dbFile: string,
  extra: Record<string, string> = {},
  knowledgeDir = 'knowledge',
  options: BotOptions = {},
): Promise<RunningBot> {
  const parsed = parseConfig(botEnv(emu, dbFile, extra));
  if (!parsed.ok) throw new Error(parsed.message);
  const loaded = await loadKnowledge(knowledgeDir);
  if (!loaded.ok) throw new Error(`${knowledgeDir} does not load`);
  await loadLanguageDetector();
  const assistant = new Assistant(loaded.knowledge);
  const store = new SqliteStore(dbFile);
  const since = Date.now();
  const registered = emu.waitForRequest(
    (r) => r.method === 'PUT' && /\/guilds\/\d+\/commands$/.test(r.path) && r.at >= since,
    10_000,
  );
  const bot = await startBot(
    parsed.config,
    assistant,
    store,
    createLogger('silent'),
    (message) => {
      throw new Error(message);
    },
    () => false,
    options,
  );
  await registered;
  return {
    bot,
    store,
    assistant,
    dbFile,
    async stop() {
      await bot.stop();
      await store.close();
    },
  };
}

/**
 * One emulator and one Stepwise for a test file, started before its tests and stopped after them.
 * `run` may be replaced by a test that restarts the bot.
 */
export function useStepwise(
  /** Serve these topic files (an imported guide, as kb:import writes them) instead of knowledge/. */
  importedTopics?: ReadonlyArray<{ file: string; text: string }>,
  setup: {
    /** The emulator's options (a guild's preferred locale, say). */
    emulator?: EmulatorOptions;
    /** More settings for the bot, from the emulator's ids (a transcript channel, say). */
    env?: (emu: DiscordEmulator) => Record<string, string>;
  } = {},
): { emu: DiscordEmulator; run: RunningBot } {
  const ctx = {} as { emu: DiscordEmulator; run: RunningBot };
  const tmp = tempDir();
  beforeAll(async () => {
    const dir = importedTopics ? writeImportedGuide(join(tmp.dir, 'kb'), importedTopics) : 'knowledge';
    ctx.emu = await DiscordEmulator.start(setup.emulator);
    ctx.run = await startStepwise(ctx.emu, `${tmp.dir}/stepwise.db`, setup.env?.(ctx.emu) ?? {}, dir);
  });
  afterAll(async () => {
    await ctx.run?.stop();
    await ctx.emu?.stop();
    tmp.cleanup();
  });
  return ctx;
}

/** A member's `/ask` in the general channel (from a client in `locale`, when given): the reply's `data`. */
export async function askCommand(
  emu: DiscordEmulator,
  question: string,
  locale?: string,
): Promise<Record<string, any>> {
  const i = emu.slashCommand({
    name: 'ask',
    options: [{ name: 'question', type: 3, value: question }],
    userId: emu.guild.users.member,
    channelId: emu.guild.channels.general,
    ...(locale ? { locale } : {}),
  });
  return data(await i.callback());
}

/** The callback body's `data`, typed loosely for assertions. */
export function data(r: RecordedRequest): Record<string, any> {
  return ((r.body as Record<string, Json>).data ?? {}) as Record<string, any>;
}

export function buttons(
  components: any[] | undefined,
): Array<{ custom_id: string; label: string; disabled?: boolean }> {
  return (components ?? []).flatMap((row: any) => row.components ?? []);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A member opens a ticket with /ticket and the form in the help channel (from a client in `locale`, when given);
 * returns the thread, its first (summary) post and what the member was told.
 */
export async function openTicket(emu: DiscordEmulator, userId: string, goal: string, locale?: string) {
  const channelId = emu.guild.channels.help;
  const form = (await emu.slashCommand({ name: 'ticket', userId, channelId, ...(locale ? { locale } : {}) }).callback())
    .body as any;
  return submitTicketForm(emu, form.data.custom_id, userId, goal, locale);
}

/** A member sends the ticket form `formId` (however it was opened) from the help channel, `goal` filled in. */
export async function submitTicketForm(
  emu: DiscordEmulator,
  formId: string,
  userId: string,
  goal: string,
  locale?: string,
) {
  const channelId = emu.guild.channels.help;
  const submit = emu.submitModal({
    customId: formId,
    fields: { goal },
    userId,
    channelId,
    ...(locale ? { locale } : {}),
  });
  // Open ("…: <#thread>") or saved ("#12 …"): either names the ticket, in any language.
  const done = await submit.original((m) => /#\d+/.test(m.content), 5000);
  const thread = emu.threads.find((t) => done!.content.includes(`<#${t.id}>`))!;
  return { thread, summary: emu.messages(thread.id)[0]!, reply: done!.content };
}

/** Staff close a ticket from its thread's summary: the Close button, then the form with `reason`. */
export async function closeAsStaff(emu: DiscordEmulator, threadId: string, summaryId: string, reason: string) {
  const staff = emu.guild.users.staff;
  const close = buttons(emu.message(summaryId)!.components).find((b) => b.custom_id.startsWith('sw:close:'))!;
  const form = (
    await emu
      .clickButton({ customId: close.custom_id, messageId: summaryId, userId: staff, channelId: threadId })
      .callback()
  ).body as any;
  await emu
    .submitModal({ customId: form.data.custom_id, fields: { reason }, userId: staff, channelId: threadId })
    .callback();
}

/**
 * The transcript the bot posted for a ticket in the transcript channel (the guild's #general in these suites): its
 * request, with the summary embed, and the file's text.
 */
export async function transcriptOf(emu: DiscordEmulator, ticketNumber: number) {
  const name = `ticket-${ticketNumber}.html`;
  const req = await emu.waitForRequest(
    (r) =>
      r.method === 'POST' &&
      r.path === `/channels/${emu.guild.channels.general}/messages` &&
      r.files.some((f) => f.filename === name),
    10_000,
  );
  return { request: req, html: req.files.find((f) => f.filename === name)!.data.toString('utf8') };
}
