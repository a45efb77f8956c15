import { createHash } from 'node:crypto';
import type { Store } from '../store/store.js';

/** One free-text answer per member per few seconds: enough for a real conversation, too little for a spam loop. */
export const ANSWER_COOLDOWN_MS = 3_000;
/**
 * The ticket form opens at most once per 20 s per member, on top of the one-open-ticket rule.
 * Checked when the form is offered, so a filled-in form is never refused.
 */
export const TICKET_COOLDOWN_MS = 20_000;

/** Cooldown keys are hashed: the table then holds no raw user ids, only short-lived opaque keys. */
function key(kind: string, guildId: string, userId: string): string {
  return `${kind}:${createHash('sha256').update(`${guildId}:${userId}`).digest('base64url').slice(0, 22)}`;
}

export function answerCooldown(store: Store, guildId: string, userId: string): Promise<number> {
  return store.takeCooldown(key('answer', guildId, userId), ANSWER_COOLDOWN_MS);
}

export function ticketCooldown(store: Store, guildId: string, userId: string): Promise<number> {
  return store.takeCooldown(key('ticket', guildId, userId), TICKET_COOLDOWN_MS);
}
