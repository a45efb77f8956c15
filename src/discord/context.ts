import type { Client } from 'discord.js';
import type { Assistant } from '../core/assistant.js';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { Store } from '../store/store.js';
import type { HandoffCache } from './handoffs.js';

/** Everything a handler needs, passed explicitly. The assistant is read through a getter so hot reload can swap it. */
export interface BotContext {
  client: Client;
  config: Config;
  store: Store;
  log: Logger;
  handoffs: HandoffCache;
  assistant(): Assistant;
}
