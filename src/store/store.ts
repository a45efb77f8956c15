import type { TicketAnswers } from '../core/tickets/ticket-template.js';

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
  /**
   * The topic whose steps the member had open when they asked for a person ("Didn't help"), one of `topicsShown`;
   * null for a ticket from "None of these", a template, or /ticket.
   */
  triedTopic: string | null;
  answers: TicketAnswers;
  /** The recorded question that led to this ticket, if any: links handoffs to insights without user ids. */
  questionId: number | null;
  claimedBy: string | null;
  createdAt: number;
  closedAt: number | null;
  closeReason: string | null;
  /** Last message in the thread by the member or staff (ms): what auto-close measures idleness from. */
  lastActivityAt: number | null;
  /** When the "still there?" warning was posted; null until then, and again after any activity. */
  idleWarnedAt: number | null;
  /** The first message staff wrote in the thread, for time-to-first-reply. */
  firstStaffReplyAt: number | null;
  /**
   * Whether the member spoke last (or nobody has answered yet): the ticket waits for staff, who are reminded, and it is
   * never closed as inactive. False once staff wrote last: then it waits for the member, and idles towards auto-close.
   */
  awaitingStaff: boolean;
  /** When staff were reminded that the ticket waits for them; null until then, and again after any activity. */
  staffRemindedAt: number | null;
  /** The member's 1-5 rating after close, and their optional comment. */
  rating: number | null;
  ratingComment: string | null;
}

export interface NewTicket {
  interactionId: string;
  guildId: string;
  userId: string;
  question: string;
  topicsShown: string[];
  triedTopic?: string | null;
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

export type ReopenResult =
  | { kind: 'reopened'; ticket: Ticket }
  /** The member has another open ticket: one at a time. */
  | { kind: 'already-open'; ticket: Ticket }
  | { kind: 'not-closed' | 'missing' };

/** A closed ticket's transcript, kept in the database; `postedAt` once it reached the transcript channel. */
export interface StoredTranscript {
  ticketId: number;
  html: string;
  createdAt: number;
  postedAt: number | null;
}

/** What is held about one member, for a data request (`npm run privacy`). */
export interface MemberData {
  tickets: Ticket[];
  events: TicketEvent[];
  transcripts: Array<{ ticketId: number; createdAt: number }>;
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
  /** The server's tickets not closed (open or claimed), oldest first: the staff's queue. */
  openTickets(guildId: string): Promise<Ticket[]>;
  getTicket(id: number): Promise<Ticket | null>;
  getTicketByThread(threadId: string): Promise<Ticket | null>;
  /** Tickets whose thread was never created (the process died in between): to finish on start-up. */
  ticketsWithoutThread(): Promise<Ticket[]>;
  claimTicket(id: number, staffId: string, now?: number): Promise<Ticket | null>;
  /** A claimed ticket back to open and unclaimed, for any staff member to claim; null unless it was claimed. */
  releaseTicket(id: number, actorId: string, now?: number): Promise<Ticket | null>;
  closeTicket(id: number, actorId: string, reason: string, now?: number): Promise<Ticket | null>;
  ticketHistory(id: number): Promise<TicketEvent[]>;
  /** Closed → open again, unless the member has another open ticket; recorded as an event. */
  reopenTicket(id: number, actorId: string, now?: number): Promise<ReopenResult>;
  /**
   * A message by the member (or staff, `byStaff`) in the thread: resets idleness and the reminder, says who the ticket
   * now waits for; the first staff one is kept.
   */
  noteActivity(id: number, byStaff: boolean, now?: number): Promise<void>;
  /** Open tickets waiting for the member (staff wrote last) with nothing written since `before`, not yet warned. */
  idleTickets(before: number): Promise<Ticket[]>;
  /** Open tickets waiting for staff since before `before`, staff not yet reminded. */
  unansweredTickets(before: number): Promise<Ticket[]>;
  /** Claim the reminder for one ticket: true for exactly one caller (across shards and restarts). */
  markStaffReminded(id: number, now?: number): Promise<boolean>;
  /** Claim the warning for one ticket: true for exactly one caller (across shards and restarts). */
  markIdleWarned(id: number, now?: number): Promise<boolean>;
  /** Open tickets warned before `before` with no activity since: to close as inactive. */
  ticketsWarnedBefore(before: number): Promise<Ticket[]>;
  /** The member's rating (1-5) and comment; false when the ticket is not theirs or not closed. */
  rateTicket(id: number, userId: string, rating: number, comment: string | null): Promise<boolean>;
  /** Keep a transcript once: false when the ticket already has one (a second close or a retry). */
  saveTranscript(ticketId: number, html: string, now?: number): Promise<boolean>;
  getTranscript(ticketId: number): Promise<StoredTranscript | null>;
  markTranscriptPosted(ticketId: number, now?: number): Promise<void>;
  /** Closed tickets with no transcript yet, and transcripts not yet posted: start-up finishes them. */
  closedWithoutTranscript(): Promise<Ticket[]>;
  unpostedTranscripts(): Promise<StoredTranscript[]>;
  /** Data requests: everything held about one member, and erasing their ids and answers (counts stay). */
  memberData(userId: string): Promise<MemberData>;
  eraseMember(userId: string): Promise<{ tickets: number; events: number; transcripts: number }>;
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
