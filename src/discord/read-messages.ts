/** What the bot did with one member's message it read: where it is, and the reply it sent, if any. */
export interface ReadMessage {
  channelId: string;
  /** When the member posted it (ms): edits are re-read only for a while after (see EDIT_WINDOW_MS). */
  postedAt: number;
  /** The bot's reply to it, or null while it has none (small talk, or not answered yet). */
  replyId: string | null;
  /** What that reply said, as a key (see replyKey): an edit that would say the same leaves the reply alone. */
  said: string | null;
  /** Its record in insights, once recorded: "Answer from the guide" links a staff pick to it. */
  questionId?: number | null;
  /** The forum post it asked the question of (its opening, or its author's answer to "what is wrong?"). */
  post?: string;
}

/** A member's edit is re-read within this long of posting: a typo fixed, a detail added, "nvm, solved". */
export const EDIT_WINDOW_MS = 15 * 60_000;

/**
 * The messages the bot read lately, and its reply to each. A resumed gateway may replay a dispatch (one message
 * gets one reply); an edit re-reads its message and updates the reply; a deletion takes the reply with it.
 * Bounded: the oldest is forgotten first, and nothing survives a restart (an edit or deletion of a message read
 * before it then leaves the old reply as it is).
 */
export class ReadMessages {
  private readonly read = new Map<string, ReadMessage>();
  /** Each message's steps run one after another: an edit typed fast waits for the first reply. */
  private readonly queues = new Map<string, Promise<unknown>>();
  /** Forum posts whose opening the bot could not answer yet (it asked what is wrong, or read no question). */
  private readonly waiting = new Set<string>();

  constructor(private readonly capacity = 5_000) {}

  /** True the first time a message is seen (its record starts empty), false on every repeat. */
  firstTime(id: string, channelId: string, postedAt: number): boolean {
    if (this.read.has(id)) return false;
    this.read.set(id, { channelId, postedAt, replyId: null, said: null });
    if (this.read.size > this.capacity) this.forget(this.read.keys().next().value!);
    return true;
  }

  get(id: string): ReadMessage | undefined {
    return this.read.get(id);
  }

  forget(id: string): void {
    this.read.delete(id);
    this.queues.delete(id);
  }

  /**
   * Whether the bot still waits for a forum post's question: its author's next message is read as one. Posts the bot
   * answered (or offered topics or a ticket for), and posts opened before a restart, are not waited on.
   */
  waitsOnPost(threadId: string): boolean {
    return this.waiting.has(threadId);
  }

  /** After the bot read a forum post's question: `waiting` when it still has none to act on. */
  notePost(threadId: string, waiting: boolean): void {
    if (!waiting) this.waiting.delete(threadId);
    else {
      this.waiting.add(threadId);
      if (this.waiting.size > this.capacity) this.waiting.delete(this.waiting.values().next().value!);
    }
  }

  /** Run `step` on the message's record after every step queued for it before. */
  queue<T>(id: string, step: (m: ReadMessage) => Promise<T>): Promise<T> {
    const record = this.read.get(id);
    if (!record) throw new Error(`message ${id} was never read`);
    const previous = this.queues.get(id) ?? Promise.resolve();
    const next = previous.then(
      () => step(record),
      () => step(record),
    );
    const settled = next.catch(() => undefined);
    this.queues.set(id, settled);
    void settled.then(() => {
      if (this.queues.get(id) === settled) this.queues.delete(id);
    });
    return next;
  }
}
