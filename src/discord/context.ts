import type { Client } from 'discord.js';
import type { Config } from '../app/config.js';
import type { Logger } from '../app/log.js';
import type { Assistant } from '../core/assistant.js';
import type { Store } from '../store/store.js';
import type { DatabaseHealth } from './database-health.js';
import type { HandoffCache } from './handoffs.js';
import type { ReadMessages } from './read-messages.js';
import type { TicketService } from './tickets/ticket-service.js';

/**
 * Everything a handler needs, passed explicitly; no handler keeps state of its own at module level.
 * The assistant is read through a getter so hot reload can swap it.
 */
export interface BotContext {
  client: Client;
  config: Config;
  store: Store;
  log: Logger;
  handoffs: HandoffCache;
  tickets: TicketService;
  /** Database outages: reported once, survived by answers (see DatabaseHealth). */
  db: DatabaseHealth;
  /** Messages read lately and the reply to each: one reply per message, edits re-read, deletions take it along. */
  readMessages: ReadMessages;
  assistant(): Assistant;
  /** The time, in ms: Date.now, or a test's clock (auto-close and working hours are tested with one). */
  now(): number;
}
