import type { Ticket, TicketStatus } from './store.js';

/**
 * A tickets-table row as both engines return it. `J` is how the JSON columns arrive: text in SQLite,
 * already parsed (jsonb) in PostgreSQL.
 */
export interface TicketRow<J> {
  id: number;
  interaction_id: string;
  guild_id: string;
  user_id: string;
  thread_id: string | null;
  status: TicketStatus;
  question: string;
  topics_shown: J;
  tried_topic: string | null;
  answers: J;
  question_id: number | null;
  claimed_by: string | null;
  created_at: number;
  closed_at: number | null;
  close_reason: string | null;
  last_activity_at: number | null;
  idle_warned_at: number | null;
  first_staff_reply_at: number | null;
  /** 0/1 in SQLite, a boolean in PostgreSQL. */
  awaiting_staff: number | boolean;
  staff_reminded_at: number | null;
  rating: number | null;
  rating_comment: string | null;
}

export function ticketFromRow<J>(r: TicketRow<J>, json: (value: J) => unknown): Ticket {
  return {
    id: r.id,
    interactionId: r.interaction_id,
    guildId: r.guild_id,
    userId: r.user_id,
    threadId: r.thread_id,
    status: r.status,
    question: r.question,
    topicsShown: json(r.topics_shown) as string[],
    triedTopic: r.tried_topic,
    answers: json(r.answers) as Ticket['answers'],
    questionId: r.question_id,
    claimedBy: r.claimed_by,
    createdAt: r.created_at,
    closedAt: r.closed_at,
    closeReason: r.close_reason,
    lastActivityAt: r.last_activity_at === null ? null : Number(r.last_activity_at),
    idleWarnedAt: r.idle_warned_at === null ? null : Number(r.idle_warned_at),
    firstStaffReplyAt: r.first_staff_reply_at === null ? null : Number(r.first_staff_reply_at),
    awaitingStaff: Boolean(r.awaiting_staff),
    staffRemindedAt: r.staff_reminded_at === null ? null : Number(r.staff_reminded_at),
    rating: r.rating,
    ratingComment: r.rating_comment,
  };
}
