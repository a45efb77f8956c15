import type { Logger } from '../app/log.js';

/**
 * Whether the database is answering, as the bot last saw it. While it is down, answers keep flowing (they
 * need no database) and every failed write is reported to the member, but the log says what is wrong once,
 * when the outage starts, and once more when the database is back: not once per message.
 */
export class DatabaseHealth {
  private down = false;

  constructor(private readonly log: Logger) {}

  /** A database call failed; logged only when this starts an outage. */
  failed(what: string, err: unknown): void {
    if (this.down) return;
    this.down = true;
    this.log.error({ err, what }, 'the database is not answering; answers go on, tickets wait until it is back');
  }

  /** A database call worked; ends an outage. */
  ok(): void {
    if (!this.down) return;
    this.down = false;
    this.log.info('the database is answering again');
  }

  /** Run a database call; on failure report it and return `fallback` instead of throwing. */
  async attempt<T>(what: string, work: () => Promise<T>, fallback: T): Promise<T> {
    try {
      const value = await work();
      this.ok();
      return value;
    } catch (err) {
      this.failed(what, err);
      return fallback;
    }
  }
}
