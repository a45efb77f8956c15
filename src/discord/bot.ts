import { Events, type Client } from 'discord.js';
import type { Assistant } from '../core/assistant.js';
import type { Config } from '../app/config.js';
import type { Logger } from '../app/log.js';
import type { Store } from '../store/store.js';
import { createClient } from './client.js';
import { buildCommands } from './commands.js';
import type { BotContext } from './context.js';
import { guard } from './errors.js';
import { HandoffCache } from './handoffs.js';
import { dispatch } from './dispatch.js';
import { handleMessage, handleMessageDelete, handleMessageEdit, type MessageOutcome } from './messages.js';
import { DatabaseHealth } from './database-health.js';
import { ReadMessages } from './read-messages.js';
import { setupProblems } from './setup-check.js';
import { TicketService } from './tickets/ticket-service.js';
import { resumeTranscripts } from './tickets/transcripts.js';
import { scheduleInsightsPurge } from '../app/retention.js';

export interface BotOptions {
  /** The clock (ms); tests pass their own to move time for auto-close and working hours. */
  now?: () => number;
  /** How often the auto-close sweep runs (default one minute). */
  sweepEveryMs?: number;
}

export interface Bot {
  client: Client;
  ctx: BotContext;
  /** Swap in a new guide; re-registers commands when asked to. */
  setAssistant(next: Assistant, registerCommands?: boolean): Promise<void>;
  /**
   * What the bot did with a message (its posting, an edit, or its deletion), once it has finished with it (waits
   * until then). The bot's own record, so a test can assert a silence positively instead of waiting and hoping.
   */
  messageOutcome(messageId: string, timeoutMs?: number, event?: MessageEvent): Promise<MessageOutcome>;
  /** What in the configuration will not work in the servers the bot is in, read once it was ready (see setup-check.ts). */
  setupProblems: string[];
  /** Stop taking work, wait for what is in flight, then disconnect. */
  stop(): Promise<void>;
}

/** Which of a message's events an outcome is for: its posting, an edit (by its edit time, ms), its deletion. */
export type MessageEvent = 'posted' | 'deleted' | { editedAt: number };

const outcomeKey = (id: string, event: MessageEvent) =>
  event === 'posted' ? id : event === 'deleted' ? `${id}:deleted` : `${id}:edited:${event.editedAt}`;

/** Close codes Discord will not let us retry, with what the admin must fix. */
const FATAL_CLOSE: Record<number, string> = {
  4004: 'Discord rejected DISCORD_TOKEN (close 4004): copy a fresh bot token from the Developer Portal into .env.',
  4013: 'Discord rejected the intents (close 4013): this is a bug in Stepwise, please report it.',
  4014: 'Discord refused the Message Content intent (close 4014): enable "Message Content Intent" under Bot → Privileged Gateway Intents in the Developer Portal, or unset HELP_CHANNEL_IDS.',
};

/**
 * `stopRequested` lets the caller stop new work before start-up has finished (start-up may still be
 * completing tickets left by a crash): from the moment it returns true, no new event is taken.
 */
export async function startBot(
  config: Config,
  initial: Assistant,
  store: Store,
  log: Logger,
  onFatal: (message: string) => void,
  stopRequested: () => boolean = () => false,
  options: BotOptions = {},
): Promise<Bot> {
  let assistant = initial;
  const client = createClient(config);
  const ctx = {
    client,
    config,
    store,
    log,
    handoffs: new HandoffCache(),
    readMessages: new ReadMessages(),
    db: new DatabaseHealth(log),
    assistant: () => assistant,
    now: options.now ?? Date.now,
  } as Omit<BotContext, 'tickets'> as BotContext;
  ctx.tickets = new TicketService(ctx);
  const helpChannels = new Set(config.HELP_CHANNEL_IDS);
  const outcomes = new Outcomes();
  const inFlight = new Set<Promise<void>>();
  let accepting = true;

  const track = (p: Promise<void>) => {
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p));
  };

  async function registerCommands(): Promise<void> {
    const body = buildCommands(assistant.knowledge);
    for (const guild of client.guilds.cache.values()) {
      await client.application!.commands.set(body, guild.id);
    }
    log.info({ commands: body.length, guilds: client.guilds.cache.size }, 'slash commands registered');
  }

  client.on(Events.InteractionCreate, (i) => {
    if (!accepting || stopRequested()) return;
    track(guard(log, 'interaction', () => dispatch(ctx, i), i));
  });
  client.on(Events.MessageCreate, (m) => {
    if (!accepting || stopRequested()) return;
    track(
      guard(log, 'message', async () => {
        outcomes.record(m.id, await handleMessage(ctx, m, helpChannels));
      }),
    );
  });
  client.on(Events.MessageUpdate, (_old, m) => {
    if (!accepting || stopRequested()) return;
    track(
      guard(log, 'message edit', async () => {
        const outcome = await handleMessageEdit(ctx, m, helpChannels);
        outcomes.record(outcomeKey(m.id, { editedAt: m.editedTimestamp ?? 0 }), outcome);
      }),
    );
  });
  const deleted = (id: string) =>
    track(
      guard(log, 'message delete', async () => {
        outcomes.record(outcomeKey(id, 'deleted'), await handleMessageDelete(ctx, id));
      }),
    );
  client.on(Events.MessageDelete, (m) => {
    if (accepting && !stopRequested()) deleted(m.id);
  });
  // A moderator's purge: each message the bot answered takes its reply with it.
  client.on(Events.MessageBulkDelete, (messages) => {
    if (accepting && !stopRequested()) for (const id of messages.keys()) deleted(id);
  });
  client.on(Events.ShardDisconnect, (event, shard) => {
    const fatal = FATAL_CLOSE[event.code];
    if (fatal) onFatal(fatal);
    else log.warn({ code: event.code, shard }, 'gateway disconnected');
  });
  client.on(Events.ShardResume, (shard, replayed) => log.info({ shard, replayed }, 'gateway resumed'));
  client.on(Events.Error, (err) => log.error({ err }, 'client error'));
  client.rest.on('rateLimited', (info) =>
    log.warn({ route: info.route, retryAfter: info.retryAfter }, 'rate limited by Discord; waiting'),
  );

  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await client.login(config.DISCORD_TOKEN);
  } catch (err) {
    const code = (err as { code?: string | number }).code;
    const message = String((err as Error).message ?? err);
    if (code === 'TokenInvalid' || /token/i.test(message)) onFatal(FATAL_CLOSE[4004]!);
    else if (/disallowed intents/i.test(message)) onFatal(FATAL_CLOSE[4014]!);
    else onFatal(`Could not connect to Discord: ${message}`);
    throw err;
  }
  await ready;
  log.info(
    { user: client.user?.tag, guilds: client.guilds.cache.size, helpChannels: helpChannels.size },
    'Stepwise is ready',
  );
  // A channel id pasted wrong or a permission not granted shows up as silence much later: say so now, once.
  const problems = setupProblems(client, config);
  for (const problem of problems) log.warn({ problem }, 'setup problem: this part of the configuration will not work');
  // Retention: purge insights older than INSIGHTS_RETENTION_DAYS now and once a day.
  const stopPurge = scheduleInsightsPurge(store, config.INSIGHTS_RETENTION_DAYS, log);
  await guard(log, 'register commands', registerCommands);
  // Tickets written before a crash but without their thread yet: finish them now, so none is lost.
  // Only this process's servers: with shards, each ticket is finished by the shard that owns its server.
  for (const ticket of (await store.ticketsWithoutThread()).filter((t) => client.guilds.cache.has(t.guildId))) {
    await guard(log, 'resume ticket', async () => {
      await ctx.tickets.ensureThread(ticket, `member-${ticket.userId.slice(-4)}`, true);
    });
  }
  // Transcripts a crash interrupted (closed but not kept, or kept but not posted): finished now, exactly once.
  await guard(log, 'resume transcripts', () => resumeTranscripts(ctx, (guildId) => client.guilds.cache.has(guildId)));
  // Reminders and auto-close: the sweep runs from the database, so a restart loses no countdown.
  let sweeping: Promise<void> = Promise.resolve();
  const sweepTimer = setInterval(() => {
    sweeping = guard(log, 'ticket sweep', () => ctx.tickets.sweeps.sweep());
  }, options.sweepEveryMs ?? 60_000);
  sweepTimer.unref();

  return {
    client,
    ctx,
    async setAssistant(next, register = false) {
      assistant = next;
      if (register) await registerCommands();
    },
    setupProblems: problems,
    messageOutcome: (id, timeoutMs = 5_000, event = 'posted') => outcomes.wait(outcomeKey(id, event), timeoutMs),
    async stop() {
      accepting = false;
      clearInterval(sweepTimer);
      await sweeping;
      await stopPurge();
      await Promise.allSettled([...inFlight]);
      await client.destroy();
    },
  };
}

/** The last few thousand message outcomes, and waiters for ones not decided yet. */
class Outcomes {
  private readonly done = new Map<string, MessageOutcome>();
  private readonly waiting = new Map<string, Array<(o: MessageOutcome) => void>>();

  record(id: string, outcome: MessageOutcome): void {
    this.done.set(id, outcome);
    if (this.done.size > 5_000) this.done.delete(this.done.keys().next().value!);
    for (const resolve of this.waiting.get(id) ?? []) resolve(outcome);
    this.waiting.delete(id);
  }

  wait(id: string, timeoutMs: number): Promise<MessageOutcome> {
    const known = this.done.get(id);
    if (known) return Promise.resolve(known);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`message ${id} was not handled within ${timeoutMs} ms`)),
        timeoutMs,
      );
      const list = this.waiting.get(id) ?? [];
      list.push((o) => {
        clearTimeout(timer);
        resolve(o);
      });
      this.waiting.set(id, list);
    });
  }
}
