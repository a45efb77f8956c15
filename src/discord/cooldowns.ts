import { createHash } from 'node:crypto';
import type { Store } from '../store/store.js';

/**
 * Free-text answers: up to 20 per member in a minute. Nobody types twenty questions a minute;
 * a script or a spam loop is cut off there.
 */
export const ANSWER_LIMIT = { hits: 20, windowMs: 60_000 } as const;
/**
 * The ticket form: offered up to 10 times per member in 10 minutes, on top of the one-open-ticket
 * rule (a member with an open ticket is pointed to it and never counted). Checked when the form is
 * offered, so a filled-in form is never refused.
 */
export const TICKET_LIMIT = { hits: 10, windowMs: 600_000 } as const;

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
