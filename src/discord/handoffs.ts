import { randomBytes } from 'node:crypto';

/** What the bot knew when it offered a ticket: pre-fills the form and tells staff what was shown. */
export interface Handoff {
  /** What pre-fills the ticket form: the member's own words, or the title of the topic they opened. */
  question: string;
  /**
   * `question` is what the member asked (free text, /ask), not a topic they opened: a topic picked from the
   * offer keeps it, so its feedback and a ticket opened from it stay linked to the member's words.
   */
  asked?: boolean;
  topicsShown: string[];
  /** The recorded question, so a ticket and feedback can be linked to it. */
  questionId?: number | null;
  /**
   * Set when the offer sits under an answer: opening a ticket then means "didn't help", and the ticket keeps this
   * topic as the one the member tried.
   */
  answered?: string;
  /** The language the member wrote in (or their client's), shown to staff in the ticket. */
  lang?: string;
  /**
   * "Answer from the guide": the member's message staff chose to answer, the topics offered to pick from, and whether
   * the message is in a ticket thread (the member already has a person: no ticket form, no "Didn't help" button).
   */
  reply?: { channelId: string; messageId: string; authorId: string; offered: string[]; inTicket: boolean };
}

/**
 * Offers live in memory, keyed by a short id carried in the button's custom id (which holds only
 * 100 characters). After a restart an old button still opens the form, just without the pre-fill.
 */
export class HandoffCache {
  private readonly items = new Map<string, Handoff>();

  constructor(private readonly capacity = 5_000) {}

  put(h: Handoff): string {
    const key = randomBytes(6).toString('base64url');
    this.items.set(key, h);
    if (this.items.size > this.capacity) this.items.delete(this.items.keys().next().value!);
    return key;
  }

  get(key: string): Handoff | undefined {
    return this.items.get(key);
  }
}
