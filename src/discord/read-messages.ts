/** What the bot did with one member's message it read: where it is, and the reply it sent, if any. */
export interface ReadMessage {
  channelId: string;
  /** When the member posted it (ms): edits are re-read only for a while after (see EDIT_WINDOW_MS). */
  postedAt: number;
  /** The bot's reply to it, or null while it has none (small talk, or not answered yet). */
  replyId: string | null;
  /** What that reply said, as a key (see replyKey): an edit that would say the same leaves the reply alone. */
  said: string | null;
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
