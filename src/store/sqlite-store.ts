import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type {
  CreateTicketResult,
  FeedbackRecord,
  NewTicket,
  QuestionRecord,
  Store,
  StoredQuestion,
  Ticket,
  TicketEvent,
  TicketStatus,
  MemberData,
  ReopenResult,
  StoredTranscript,
} from './store.js';
import { ticketFromRow, type TicketRow as Row } from './ticket-row.js';

/** Versioned migrations: each runs once, in order, inside a transaction. Append, never edit. */
export const SQLITE_MIGRATIONS: readonly string[] = [
  `CREATE TABLE tickets (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     interaction_id TEXT NOT NULL UNIQUE,
     guild_id TEXT NOT NULL,
     user_id TEXT NOT NULL,
     thread_id TEXT,
     status TEXT NOT NULL CHECK (status IN ('open','claimed','closed')),
     question TEXT NOT NULL,
     topics_shown TEXT NOT NULL,
     answers TEXT NOT NULL,
     claimed_by TEXT,
     created_at INTEGER NOT NULL,
     closed_at INTEGER,
     close_reason TEXT
   );
   -- One open ticket per member, enforced by the database so it holds across processes.
   CREATE UNIQUE INDEX one_open_ticket ON tickets (guild_id, user_id) WHERE status != 'closed';
   CREATE INDEX tickets_thread ON tickets (thread_id);
   CREATE TABLE ticket_events (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     ticket_id INTEGER NOT NULL REFERENCES tickets(id),
     status TEXT NOT NULL,
     actor_id TEXT NOT NULL,
     note TEXT,
     at INTEGER NOT NULL
   );`,
  `CREATE TABLE questions (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     question TEXT NOT NULL,
     normalised TEXT NOT NULL,
     action TEXT NOT NULL,
     topic_id TEXT,
     confidence REAL NOT NULL,
     source TEXT NOT NULL,
     channel_id TEXT,
     at INTEGER NOT NULL
   );
   CREATE INDEX questions_at ON questions (at);
   CREATE TABLE feedback (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     question_id INTEGER,
     topic_id TEXT NOT NULL,
     helpful INTEGER NOT NULL,
     at INTEGER NOT NULL
   );
   CREATE INDEX feedback_at ON feedback (at);
   ALTER TABLE tickets ADD COLUMN question_id INTEGER;
   CREATE INDEX tickets_created ON tickets (created_at);`,
  `CREATE TABLE rate_limits (key TEXT PRIMARY KEY, window_end INTEGER NOT NULL, hits INTEGER NOT NULL);`,
  `ALTER TABLE tickets ADD COLUMN last_activity_at INTEGER;
   ALTER TABLE tickets ADD COLUMN idle_warned_at INTEGER;
   ALTER TABLE tickets ADD COLUMN first_staff_reply_at INTEGER;
   ALTER TABLE tickets ADD COLUMN rating INTEGER;
   ALTER TABLE tickets ADD COLUMN rating_comment TEXT;
   CREATE INDEX tickets_status ON tickets (status);
   CREATE TABLE transcripts (
     ticket_id INTEGER PRIMARY KEY REFERENCES tickets(id),
     html TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     posted_at INTEGER
   );`,
  `ALTER TABLE tickets ADD COLUMN tried_topic TEXT;`,
  // Who a ticket waits for. A ticket from before is taken to wait for the member only when staff's first reply was
  // also its last activity; any other waits for staff, so no ticket is closed as inactive on a guess.
  `ALTER TABLE tickets ADD COLUMN awaiting_staff INTEGER NOT NULL DEFAULT 1;
   ALTER TABLE tickets ADD COLUMN staff_reminded_at INTEGER;
   UPDATE tickets SET awaiting_staff = 0 WHERE first_staff_reply_at IS NOT NULL AND first_staff_reply_at = last_activity_at;`,
];

type TicketRow = Row<string>;
interface TranscriptRow {
  ticket_id: number;
  html: string;
  created_at: number;
  posted_at: number | null;
}
const toTranscript = (r: TranscriptRow): StoredTranscript => ({
  ticketId: Number(r.ticket_id),
  html: r.html,
  createdAt: Number(r.created_at),
  postedAt: r.posted_at === null ? null : Number(r.posted_at),
});
const toTicket = (r: TicketRow): Ticket => ticketFromRow(r, (v) => JSON.parse(v));

export class SqliteStore implements Store {
  readonly db: Database.Database;

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    // WAL + synchronous=NORMAL: a committed ticket survives kill -9 of the process.
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('foreign_keys = ON');
    this.migrate();
  }

  private migrate(): void {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    for (let v = version; v < SQLITE_MIGRATIONS.length; v++) {
      this.db.transaction(() => {
        this.db.exec(SQLITE_MIGRATIONS[v]!);
        this.db.pragma(`user_version = ${v + 1}`);
      })();
    }
  }

  private row(sql: string, ...params: unknown[]): Ticket | null {
    const r = this.db.prepare(sql).get(...params) as TicketRow | undefined;
    return r ? toTicket(r) : null;
  }

  private event(ticketId: number, status: TicketStatus, actorId: string, note: string | null, at: number): void {
    this.db
      .prepare('INSERT INTO ticket_events (ticket_id, status, actor_id, note, at) VALUES (?, ?, ?, ?, ?)')
      .run(ticketId, status, actorId, note, at);
  }

  async createTicket(input: NewTicket, now = Date.now()): Promise<CreateTicketResult> {
    return this.db
      .transaction((): CreateTicketResult => {
        const same = this.row('SELECT * FROM tickets WHERE interaction_id = ?', input.interactionId);
        if (same) return { kind: 'duplicate', ticket: same };
        const open = this.openTicketSync(input.guildId, input.userId);
        if (open) return { kind: 'already-open', ticket: open };
        const info = this.db
          .prepare(
            `INSERT INTO tickets (interaction_id, guild_id, user_id, status, question, topics_shown, tried_topic, answers, question_id, created_at)
           VALUES (?, ?, ?, 'open', ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            input.interactionId,
            input.guildId,
            input.userId,
            input.question,
            JSON.stringify(input.topicsShown),
            input.triedTopic ?? null,
            JSON.stringify(input.answers),
            input.questionId ?? null,
            now,
          );
        const id = Number(info.lastInsertRowid);
        this.event(id, 'open', input.userId, null, now);
        return { kind: 'created', ticket: this.ticketSync(id)! };
      })
      .immediate();
  }

  async attachThread(ticketId: number, threadId: string): Promise<void> {
    this.db.prepare('UPDATE tickets SET thread_id = ? WHERE id = ?').run(threadId, ticketId);
  }

  private openTicketSync(guildId: string, userId: string): Ticket | null {
    return this.row("SELECT * FROM tickets WHERE guild_id = ? AND user_id = ? AND status != 'closed'", guildId, userId);
  }

  private ticketSync(id: number): Ticket | null {
    return this.row('SELECT * FROM tickets WHERE id = ?', id);
  }

  async findOpenTicket(guildId: string, userId: string): Promise<Ticket | null> {
    return this.row("SELECT * FROM tickets WHERE guild_id = ? AND user_id = ? AND status != 'closed'", guildId, userId);
  }

  async openTickets(guildId: string): Promise<Ticket[]> {
    const rows = this.db
      .prepare("SELECT * FROM tickets WHERE guild_id = ? AND status != 'closed' ORDER BY created_at, id")
      .all(guildId) as TicketRow[];
    return rows.map(toTicket);
  }

  async getTicket(id: number): Promise<Ticket | null> {
    return this.row('SELECT * FROM tickets WHERE id = ?', id);
  }

  async getTicketByThread(threadId: string): Promise<Ticket | null> {
    return this.row('SELECT * FROM tickets WHERE thread_id = ?', threadId);
  }

  async ticketsWithoutThread(): Promise<Ticket[]> {
    return (
      this.db
        .prepare("SELECT * FROM tickets WHERE thread_id IS NULL AND status != 'closed' ORDER BY id")
        .all() as TicketRow[]
    ).map(toTicket);
  }

  async claimTicket(id: number, staffId: string, now = Date.now()): Promise<Ticket | null> {
    return this.db.transaction(() => {
      const changed = this.db
        .prepare("UPDATE tickets SET status = 'claimed', claimed_by = ? WHERE id = ? AND status = 'open'")
        .run(staffId, id).changes;
      if (changed === 0) return null;
      this.event(id, 'claimed', staffId, null, now);
      return this.ticketSync(id);
    })();
  }

  async releaseTicket(id: number, actorId: string, now = Date.now()): Promise<Ticket | null> {
    return this.db.transaction(() => {
      const changed = this.db
        .prepare("UPDATE tickets SET status = 'open', claimed_by = NULL WHERE id = ? AND status = 'claimed'")
        .run(id).changes;
      if (changed === 0) return null;
      this.event(id, 'open', actorId, 'released', now);
      return this.ticketSync(id);
    })();
  }

  async closeTicket(id: number, actorId: string, reason: string, now = Date.now()): Promise<Ticket | null> {
    return this.db.transaction(() => {
      const changed = this.db
        .prepare(
          "UPDATE tickets SET status = 'closed', closed_at = ?, close_reason = ? WHERE id = ? AND status != 'closed'",
        )
        .run(now, reason, id).changes;
      if (changed === 0) return null;
      this.event(id, 'closed', actorId, reason, now);
      return this.ticketSync(id);
    })();
  }

  async reopenTicket(id: number, actorId: string, now = Date.now()): Promise<ReopenResult> {
    return this.db
      .transaction((): ReopenResult => {
        const ticket = this.ticketSync(id);
        if (!ticket) return { kind: 'missing' };
        if (ticket.status !== 'closed') return { kind: 'not-closed' };
        const other = this.openTicketSync(ticket.guildId, ticket.userId);
        if (other) return { kind: 'already-open', ticket: other };
        this.db
          .prepare(
            `UPDATE tickets SET status = CASE WHEN claimed_by IS NULL THEN 'open' ELSE 'claimed' END, closed_at = NULL,
             close_reason = NULL, last_activity_at = ?, idle_warned_at = NULL, awaiting_staff = 1, staff_reminded_at = NULL
             WHERE id = ?`,
          )
          .run(now, id);
        this.event(id, 'open', actorId, 'reopened', now);
        return { kind: 'reopened', ticket: this.ticketSync(id)! };
      })
      .immediate();
  }

  async noteActivity(id: number, byStaff: boolean, now = Date.now()): Promise<void> {
    this.db
      .prepare(
        `UPDATE tickets SET last_activity_at = ?, idle_warned_at = NULL, staff_reminded_at = NULL, awaiting_staff = ?,
         first_staff_reply_at = CASE WHEN ? AND first_staff_reply_at IS NULL THEN ? ELSE first_staff_reply_at END
         WHERE id = ? AND status != 'closed'`,
      )
      .run(now, byStaff ? 0 : 1, byStaff ? 1 : 0, now, id);
  }

  async idleTickets(before: number): Promise<Ticket[]> {
    const sql = `SELECT * FROM tickets WHERE status != 'closed' AND thread_id IS NOT NULL AND idle_warned_at IS NULL
                 AND awaiting_staff = 0 AND COALESCE(last_activity_at, created_at) < ? ORDER BY id`;
    return (this.db.prepare(sql).all(before) as TicketRow[]).map(toTicket);
  }

  async unansweredTickets(before: number): Promise<Ticket[]> {
    const sql = `SELECT * FROM tickets WHERE status != 'closed' AND thread_id IS NOT NULL AND staff_reminded_at IS NULL
                 AND awaiting_staff = 1 AND COALESCE(last_activity_at, created_at) < ? ORDER BY id`;
    return (this.db.prepare(sql).all(before) as TicketRow[]).map(toTicket);
  }

  async markStaffReminded(id: number, now = Date.now()): Promise<boolean> {
    const sql =
      "UPDATE tickets SET staff_reminded_at = ? WHERE id = ? AND staff_reminded_at IS NULL AND status != 'closed'";
    return this.db.prepare(sql).run(now, id).changes === 1;
  }

  async markIdleWarned(id: number, now = Date.now()): Promise<boolean> {
    const sql = "UPDATE tickets SET idle_warned_at = ? WHERE id = ? AND idle_warned_at IS NULL AND status != 'closed'";
    return this.db.prepare(sql).run(now, id).changes === 1;
  }

  async ticketsWarnedBefore(before: number): Promise<Ticket[]> {
    const sql = `SELECT * FROM tickets WHERE status != 'closed' AND idle_warned_at IS NOT NULL AND idle_warned_at < ?
                 ORDER BY id`;
    return (this.db.prepare(sql).all(before) as TicketRow[]).map(toTicket);
  }

  async rateTicket(id: number, userId: string, rating: number, comment: string | null): Promise<boolean> {
    const sql = `UPDATE tickets SET rating = ?, rating_comment = COALESCE(?, rating_comment)
                 WHERE id = ? AND user_id = ? AND status = 'closed'`;
    return this.db.prepare(sql).run(rating, comment, id, userId).changes === 1;
  }

  async saveTranscript(ticketId: number, html: string, now = Date.now()): Promise<boolean> {
    const sql =
      'INSERT INTO transcripts (ticket_id, html, created_at) VALUES (?, ?, ?) ON CONFLICT (ticket_id) DO NOTHING';
    return this.db.prepare(sql).run(ticketId, html, now).changes === 1;
  }

  async getTranscript(ticketId: number): Promise<StoredTranscript | null> {
    const r = this.db.prepare('SELECT * FROM transcripts WHERE ticket_id = ?').get(ticketId) as
      | TranscriptRow
      | undefined;
    return r ? toTranscript(r) : null;
  }

  async markTranscriptPosted(ticketId: number, now = Date.now()): Promise<void> {
    this.db.prepare('UPDATE transcripts SET posted_at = ? WHERE ticket_id = ?').run(now, ticketId);
  }

  async closedWithoutTranscript(): Promise<Ticket[]> {
    const sql = `SELECT t.* FROM tickets t LEFT JOIN transcripts x ON x.ticket_id = t.id
                 WHERE t.status = 'closed' AND t.thread_id IS NOT NULL AND x.ticket_id IS NULL ORDER BY t.id`;
    return (this.db.prepare(sql).all() as TicketRow[]).map(toTicket);
  }

  async unpostedTranscripts(): Promise<StoredTranscript[]> {
    const sql = 'SELECT * FROM transcripts WHERE posted_at IS NULL ORDER BY ticket_id';
    return (this.db.prepare(sql).all() as TranscriptRow[]).map(toTranscript);
  }

  async memberData(userId: string): Promise<MemberData> {
    const rows = this.db.prepare('SELECT * FROM tickets WHERE user_id = ? ORDER BY id').all(userId) as TicketRow[];
    const tickets = rows.map(toTicket);
    const events = (await Promise.all(tickets.map((t) => this.ticketHistory(t.id)))).flat();
    const one = this.db.prepare('SELECT ticket_id, created_at FROM transcripts WHERE ticket_id = ?');
    const transcripts = tickets.flatMap((t) => {
      const x = one.get(t.id) as { ticket_id: number; created_at: number } | undefined;
      return x ? [{ ticketId: x.ticket_id, createdAt: x.created_at }] : [];
    });
    return { tickets, events, transcripts };
  }

  async eraseMember(userId: string): Promise<{ tickets: number; events: number; transcripts: number }> {
    return this.db.transaction(() => {
      const ids = (
        this.db.prepare('SELECT id FROM tickets WHERE user_id = ?').all(userId) as Array<{ id: number }>
      ).map((r) => r.id);
      let transcripts = 0;
      for (const id of ids)
        transcripts += this.db.prepare('DELETE FROM transcripts WHERE ticket_id = ?').run(id).changes;
      const events = this.db
        .prepare("UPDATE ticket_events SET actor_id = 'erased' WHERE actor_id = ?")
        .run(userId).changes;
      // The rows stay (counts and insights hold), without the member's id, words or form answers.
      const tickets = this.db
        .prepare(
          `UPDATE tickets SET user_id = 'erased-' || id, interaction_id = 'erased-' || id, question = '', answers = '{}',
           rating_comment = NULL WHERE user_id = ?`,
        )
        .run(userId).changes;
      this.db.prepare("UPDATE tickets SET claimed_by = 'erased' WHERE claimed_by = ?").run(userId);
      return { tickets, events, transcripts };
    })();
  }

  async ticketHistory(id: number): Promise<TicketEvent[]> {
    const rows = this.db
      .prepare('SELECT ticket_id, status, actor_id, note, at FROM ticket_events WHERE ticket_id = ? ORDER BY id')
      .all(id) as Array<{
      ticket_id: number;
      status: TicketStatus;
      actor_id: string;
      note: string | null;
      at: number;
    }>;
    return rows.map((r) => ({ ticketId: r.ticket_id, status: r.status, actorId: r.actor_id, note: r.note, at: r.at }));
  }

  async recordQuestion(q: QuestionRecord): Promise<number> {
    const info = this.db
      .prepare(
        'INSERT INTO questions (question, normalised, action, topic_id, confidence, source, channel_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(q.question, q.normalised, q.action, q.topicId, q.confidence, q.source, q.channelId, q.at);
    return Number(info.lastInsertRowid);
  }

  async recordFeedback(questionId: number | null, topicId: string, helpful: boolean, now = Date.now()): Promise<void> {
    this.db
      .prepare('INSERT INTO feedback (question_id, topic_id, helpful, at) VALUES (?, ?, ?, ?)')
      .run(questionId, topicId, helpful ? 1 : 0, now);
  }

  async questionsSince(since: number): Promise<StoredQuestion[]> {
    const rows = this.db.prepare('SELECT * FROM questions WHERE at >= ? ORDER BY id').all(since) as Array<{
      id: number;
      question: string;
      normalised: string;
      action: string;
      topic_id: string | null;
      confidence: number;
      source: 'discord' | 'cli';
      channel_id: string | null;
      at: number;
    }>;
    return rows.map((r) => ({
      id: r.id,
      question: r.question,
      normalised: r.normalised,
      action: r.action,
      topicId: r.topic_id,
      confidence: r.confidence,
      source: r.source,
      channelId: r.channel_id,
      at: r.at,
    }));
  }

  async feedbackSince(since: number): Promise<FeedbackRecord[]> {
    const rows = this.db
      .prepare('SELECT question_id, topic_id, helpful, at FROM feedback WHERE at >= ? ORDER BY id')
      .all(since) as Array<{ question_id: number | null; topic_id: string; helpful: number; at: number }>;
    return rows.map((r) => ({ questionId: r.question_id, topicId: r.topic_id, helpful: r.helpful === 1, at: r.at }));
  }

  async ticketsSince(since: number): Promise<Ticket[]> {
    return (this.db.prepare('SELECT * FROM tickets WHERE created_at >= ? ORDER BY id').all(since) as TicketRow[]).map(
      toTicket,
    );
  }

  async hitRateLimit(key: string, limit: number, windowMs: number, now = Date.now()): Promise<number> {
    return this.db
      .transaction(() => {
        // A new window starts when the old one has ended; otherwise the hit is counted in it.
        this.db
          .prepare(
            `INSERT INTO rate_limits (key, window_end, hits) VALUES (?, ?, 1)
           ON CONFLICT(key) DO UPDATE SET
             hits = CASE WHEN rate_limits.window_end <= ? THEN 1 ELSE rate_limits.hits + 1 END,
             window_end = CASE WHEN rate_limits.window_end <= ? THEN excluded.window_end ELSE rate_limits.window_end END`,
          )
          .run(key, now + windowMs, now, now);
        const row = this.db.prepare('SELECT window_end, hits FROM rate_limits WHERE key = ?').get(key) as {
          window_end: number;
          hits: number;
        };
        return row.hits <= limit ? 0 : Math.max(1, row.window_end - now);
      })
      .immediate();
  }

  async purgeInsightsBefore(before: number): Promise<number> {
    return this.db.transaction(() => {
      const q = this.db.prepare('DELETE FROM questions WHERE at < ?').run(before).changes;
      const f = this.db.prepare('DELETE FROM feedback WHERE at < ?').run(before).changes;
      return q + f;
    })();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
