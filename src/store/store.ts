import type { TicketAnswers } from '../core/ticket-template.js';

export type TicketStatus = 'open' | 'claimed' | 'closed';

export interface Ticket {
  id: number;
  /** The interaction that created it: creation is idempotent on this id. */
  interactionId: string;
  guildId: string;
  userId: string;
  threadId: string | null;
  status: TicketStatus;
  question: string;
  topicsShown: string[];
  answers: TicketAnswers;
  /** The recorded question that led to this ticket, if any: links handoffs to insights without user ids. */
  questionId: number | null;
  claimedBy: string | null;
  createdAt: number;
  closedAt: number | null;
  closeReason: string | null;
}

export interface NewTicket {
  interactionId: string;
  guildId: string;
  userId: string;
  question: string;
  topicsShown: string[];
  answers: TicketAnswers;
  questionId?: number | null;
}

export interface TicketEvent {
  ticketId: number;
  status: TicketStatus;
  actorId: string;
  note: string | null;
  at: number;
}

/** What the bot asked and answered, for insights. Holds no user id. */
export interface QuestionRecord {
  question: string;
  normalised: string;
  action: string;
  topicId: string | null;
  confidence: number;
  source: 'discord' | 'cli';
  channelId: string | null;
  at: number;
}

export interface StoredQuestion extends QuestionRecord {
  id: number;
}

export interface FeedbackRecord {
  questionId: number | null;
  topicId: string;
  helpful: boolean;
  at: number;
}

export type CreateTicketResult =
  | { kind: 'created'; ticket: Ticket }
  /** The same interaction was already handled (a retry after a crash or a double click). */
  | { kind: 'duplicate'; ticket: Ticket }
  /** The member already has an open ticket. */
  | { kind: 'already-open'; ticket: Ticket };

/**
 * Persistence behind one small interface, so SQLite (default) and PostgreSQL can both serve it.
 * Async because a networked database is; rules that must hold across processes live in the database.
 */
export interface Store {
  createTicket(input: NewTicket, now?: number): Promise<CreateTicketResult>;
  attachThread(ticketId: number, threadId: string): Promise<void>;
  findOpenTicket(guildId: string, userId: string): Promise<Ticket | null>;
  getTicket(id: number): Promise<Ticket | null>;
  getTicketByThread(threadId: string): Promise<Ticket | null>;
  /** Tickets whose thread was never created (the process died in between): to finish on start-up. */
  ticketsWithoutThread(): Promise<Ticket[]>;
  claimTicket(id: number, staffId: string, now?: number): Promise<Ticket | null>;
  closeTicket(id: number, actorId: string, reason: string, now?: number): Promise<Ticket | null>;
  ticketHistory(id: number): Promise<TicketEvent[]>;
  recordQuestion(record: QuestionRecord): Promise<number>;
  recordFeedback(questionId: number | null, topicId: string, helpful: boolean, now?: number): Promise<void>;
  /** Insights over a period: questions, feedback and tickets from `since` (ms epoch) on. */
  questionsSince(since: number): Promise<StoredQuestion[]>;
  feedbackSince(since: number): Promise<FeedbackRecord[]>;
  ticketsSince(since: number): Promise<Ticket[]>;
  /**
   * Rate limiting that holds across processes: count one hit on `key` in a fixed window of `windowMs`;
   * return 0 when it is within `limit`, otherwise the ms until the window ends. Atomic in the database.
   */
  hitRateLimit(key: string, limit: number, windowMs: number, now?: number): Promise<number>;
  /** Retention: delete questions and feedback older than `before`; returns how many rows went. */
  purgeInsightsBefore(before: number): Promise<number>;
  close(): Promise<void>;
}
