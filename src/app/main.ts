import type { FSWatcher } from 'node:fs';
import { formatKnowledgeError } from '../core/knowledge/knowledge-source.js';
import { loadGuide } from './guide-cache.js';
import { loadEnv, parseConfig } from './config.js';
import { processIo } from './terminal-io.js';
import { startBot, type Bot } from '../discord/bot.js';
import { LIMITS, truncate } from '../core/render/discord-limits.js';
import { watchKnowledge } from './knowledge-watcher.js';
import { createLogger, type Logger } from './log.js';
import { hidePasswords, isPostgresUrl, openStore } from '../store/open-store.js';
import { loadLanguageReaders } from './language-readers.js';

function die(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

/** Read first thing: if the launcher is stopped during start-up, the change must still be seen. */
const LAUNCHED_BY = process.ppid;

loadEnv();
const parsed = parseConfig(process.env);
if (!parsed.ok) die(parsed.message);
const config = parsed.config;

// The language readers (the cross-language lexicon, the language detector) load while the guide does. Loading them
// after the bot connected was tried: ~75 ms less start-up, but their parsing then blocked the moments right after
// "ready", where a stop signal must be handled at once (tsx kills a child that does not answer a signal in 60 ms).
const readers = loadLanguageReaders().then(
  () => null,
  (err: Error) => err,
);
const loaded = await loadGuide(config.KNOWLEDGE_DIR);
if (!loaded.ok) {
  const lines = loaded.errors.map((e) => `  ${formatKnowledgeError(e)}`).join('\n');
  die(`The guide in ${config.KNOWLEDGE_DIR} has problems:\n${lines}`);
}
const unreadable = await readers;
if (unreadable) die(`Could not load the language readers: ${unreadable.message}`);
const assistant = loaded.assistant;

if (!config.DISCORD_TOKEN) {
  if (!process.stdin.isTTY)
    die(
      'DISCORD_TOKEN is not set: copy .env.example to .env and fill it in to run the bot, or run `npm run chat` for the terminal playground.',
    );
  process.stdout.write('No DISCORD_TOKEN set, so here is the terminal playground (set it in .env to run the bot).\n');
  // Loaded only here: the bot never needs the playground.
  const { runPlayground } = await import('../playground/playground.js');
  await runPlayground(assistant, processIo());
  process.exit(0);
}

const log = createLogger(config.LOG_LEVEL);

if (config.SHARDS !== undefined && !process.env.SHARDING_MANAGER) {
  // This process only supervises: each shard is a child process running this same file.
  const { startShardFleet } = await import('./shard-fleet.js');
  const fleet = await startShardFleet(config, log).catch((err: unknown) =>
    die(`Could not start the shards: ${(err as Error).message}`),
  );
  const stopFleet = async (signal: string) => {
    log.info({ signal }, 'stopping all shards');
    await fleet.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stopFleet('SIGTERM'));
  process.on('SIGINT', () => void stopFleet('SIGINT'));
  onOrphaned(() => void stopFleet('parent exited'));
} else {
  await serve();
}

async function serve(): Promise<void> {
  // One line, and never a password: a postgres:// URL may carry one, and driver errors may quote it.
  const store = await openStore(config.STEPWISE_DB).catch((err: unknown) =>
    die(
      hidePasswords(
        `Cannot open STEPWISE_DB (${isPostgresUrl(config.STEPWISE_DB) ? 'PostgreSQL' : 'SQLite'}): ${(err as Error).message}`,
      ),
    ),
  );
  // Signals are handled from here on, not only once the bot is ready: a stop during start-up (while
  // tickets left by a crash are being finished) must wait for that work too, not kill it.
  let stopping = false;
  const starting = startBot(
    config,
    assistant,
    store,
    log,
    (message) => {
      // Exactly one plain line saying what to fix; a JSON copy of it would only bury it.
      process.stderr.write(`${message}\n`);
      void store.close();
      process.exit(1);
    },
    () => stopping,
  );
  let watcher: FSWatcher | undefined;
  async function shutdown(signal: string): Promise<void> {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: finishing work in flight');
    watcher?.close();
    await starting.then((b) => b.stop()).catch(() => undefined);
    await store.close();
    log.flush();
    process.exit(0);
  }
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  if (!process.env.SHARDING_MANAGER) onOrphaned(() => void shutdown('parent exited'));
  process.on('unhandledRejection', (err) => log.error({ err }, 'unhandled rejection'));

  const bot = await starting.catch(async (err: unknown) => {
    log.fatal({ err }, 'could not start');
    await store.close();
    process.exit(1);
  });
  if (stopping) return;

  if (config.STAFF_LOG_CHANNEL_ID && bot.setupProblems.length > 0)
    void reportToStaff(
      bot,
      config.STAFF_LOG_CHANNEL_ID,
      "Some of Stepwise's settings will not work in this server yet:",
      bot.setupProblems,
      log,
    );
  watcher = watchKnowledge(config.KNOWLEDGE_DIR, {
    async onReload(next) {
      const changed =
        JSON.stringify(next.knowledge.topics.map((t) => [t.command, t.summary])) !==
        JSON.stringify(bot.ctx.assistant().knowledge.topics.map((t) => [t.command, t.summary]));
      await bot.setAssistant(next, changed);
      log.info({ topics: next.knowledge.topics.length, commandsChanged: changed }, 'guide reloaded');
    },
    onError(errors) {
      const lines = errors.map(formatKnowledgeError);
      log.error({ errors: lines }, 'guide edit rejected; still serving the last good guide');
      if (config.STAFF_LOG_CHANNEL_ID)
        void reportToStaff(
          bot,
          config.STAFF_LOG_CHANNEL_ID,
          'A guide edit was rejected; still serving the last good guide.',
          lines,
          log,
        );
    },
  });
}

/** Post a problem for the staff in STAFF_LOG_CHANNEL_ID; a failure to post is logged, never fatal. */
async function reportToStaff(bot: Bot, channelId: string, title: string, lines: string[], log: Logger): Promise<void> {
  // The details in a code block: file names and YAML messages are shown as written, never as Markdown.
  const block = truncate(lines.join('\n').replaceAll('```', "'''"), LIMITS.content - title.length - 20);
  try {
    const channel = await bot.client.channels.fetch(channelId);
    if (!channel?.isSendable())
      throw new Error(`STAFF_LOG_CHANNEL_ID ${channelId} is not a channel the bot can post in`);
    await channel.send({ content: `${title}\n\`\`\`\n${block}\n\`\`\``, allowedMentions: { parse: [] } });
  } catch (err) {
    log.warn({ err }, 'could not report to the staff channel');
  }
}

/**
 * npm 11 does not pass SIGTERM on to the script it runs: stopping `npm start` kills npm and its shell
 * and leaves this process running with a new parent. Losing the parent that started us is taken as
 * a stop signal, so the bot shuts down gracefully instead of lingering. (Shards are watched by their
 * manager instead.)
 */
function onOrphaned(stop: () => void): void {
  // Also orphaned when npm was stopped before LAUNCHED_BY could be read (imports take a moment): then
  // our parent is already init, which never launches `npm start`.
  const orphaned = () =>
    process.ppid !== LAUNCHED_BY || (process.env.npm_lifecycle_event !== undefined && process.ppid === 1);
  const timer = setInterval(() => {
    if (orphaned()) {
      clearInterval(timer);
      stop();
    }
  }, 500);
  timer.unref();
}
