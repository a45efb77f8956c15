import { createHash } from 'node:crypto';
import type { Store } from '../store/store.js';

/**
 * Free-text answers: up to 10 per member in 30 s. A real conversation never gets near it;
 * a spam loop is cut off after ten replies.
 */
export const ANSWER_LIMIT = { hits: 10, windowMs: 30_000 } as const;
/**
 * The ticket form: offered up to 5 times per member in 10 minutes, on top of the one-open-ticket
 * rule. Checked when the form is offered, so a filled-in form is never refused.
 */
export const TICKET_LIMIT = { hits: 5, windowMs: 600_000 } as const;

/** Keys are hashed: the table then holds no raw user ids, only short-lived opaque keys. */
function key(kind: string, guildId: string, userId: string): string {
  return `${kind}:${createHash('sha256').update(`${guildId}:${userId}`).digest('base64url').slice(0, 22)}`;
}

/** 0 when the member may get an answer now, else the ms to wait. */
export function answerCooldown(store: Store, guildId: string, userId: string): Promise<number> {
  return store.hitRateLimit(key('answer', guildId, userId), ANSWER_LIMIT.hits, ANSWER_LIMIT.windowMs);
}

/** 0 when the member may be shown the ticket form now, else the ms to wait. */
export function ticketCooldown(store: Store, guildId: string, userId: string): Promise<number> {
  return store.hitRateLimit(key('ticket', guildId, userId), TICKET_LIMIT.hits, TICKET_LIMIT.windowMs);
}
