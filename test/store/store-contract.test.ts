import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { PG_MIGRATIONS, PostgresStore } from '../../src/store/postgres-store.js';
import { SQLITE_MIGRATIONS, SqliteStore } from '../../src/store/sqlite-store.js';
import type { NewTicket, Store } from '../../src/store/store.js';
import { freshPgDatabase as freshPg, PG_URL } from '../support/databases.js';

/**
 * One contract, two databases: SQLite always, PostgreSQL when STEPWISE_TEST_PG_URL is set
 * (`eval "$(scripts/postgres-test-server.sh start)"`; CI does this in .ci/run).
 */

// CI starts a server in .ci/run: there, a missing URL is a broken setup, not a reason to skip.
describe.runIf(process.env.CI && !PG_URL)('CI setup', () => {
  it('provides STEPWISE_TEST_PG_URL (scripts/postgres-test-server.sh start)', () => {
    expect.fail('STEPWISE_TEST_PG_URL is not set in CI: the PostgreSQL store tests would be skipped');
  });
});
const run = promisify(execFile);

const tmp = mkdtempSync(join(tmpdir(), 'stepwise-store-'));
let dbCounter = 0;
const pgDatabases: string[] = [];

async function freshPgDatabase(): Promise<string> {
  const url = await freshPg();
  pgDatabases.push(new URL(url).pathname.slice(1));
  return url;
}

function freshSqliteFile(): string {
  return join(tmp, `store-${++dbCounter}.db`);
}

afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true });
  if (!PG_URL || pgDatabases.length === 0) return;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  try {
    for (const name of pgDatabases) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
});

interface Backend {
  name: string;
  enabled: boolean;
  /** A new empty database; `open` can be called again on it to get a new store instance. */
  fresh(): Promise<() => Promise<Store>>;
}

const backends: Backend[] = [
  {
    name: 'SqliteStore',
    enabled: true,
    async fresh() {
      const file = freshSqliteFile();
      return async () => openStore(file);
    },
  },
  {
    name: 'PostgresStore',
    enabled: Boolean(PG_URL),
    async fresh() {
      const url = await freshPgDatabase();
      return async () => openStore(url);
    },
  },
];

/** A store on a new empty database, closed after `use` whatever happens. */
async function withFreshStore(backend: Backend, use: (store: Store) => Promise<void>): Promise<void> {
  const store = await (await backend.fresh())();
  try {
    await use(store);
  } finally {
    await store.close();
  }
}

function ticket(n: string, over: Partial<NewTicket> = {}): NewTicket {
  return {
    interactionId: `interaction-${n}`,
    guildId: 'guild-1',
    userId: 'member-1',
    question: `I cannot sign in (${n})`,
    topicsShown: ['reset-password', 'login'],
    answers: { account: 'me@example.com', tried: 'reset link' } as NewTicket['answers'],
    ...over,
  };
}

for (const backend of backends) {
  describe.skipIf(!backend.enabled)(`Store contract, ticket lifecycle: ${backend.name}`, () => {
    it('reopen: closed → open once; refused while the member has another open ticket; history records it', () =>
      withFreshStore(backend, async (store) => {
        const a = (await store.createTicket(ticket('r1'), 1_000)).ticket;
        expect(await store.reopenTicket(a.id, 'staff-1', 1_500)).toEqual({ kind: 'not-closed' });
        await store.closeTicket(a.id, 'staff-1', 'done', 2_000);
        const b = (await store.createTicket(ticket('r2'), 3_000)).ticket;
        const refused = await store.reopenTicket(a.id, 'member-1', 3_500);
        expect(refused.kind).toBe('already-open');
        await store.closeTicket(b.id, 'staff-1', 'done', 4_000);
        const reopened = await store.reopenTicket(a.id, 'member-1', 5_000);
        expect(reopened.kind).toBe('reopened');
        if (reopened.kind === 'reopened') {
          expect(reopened.ticket).toMatchObject({
            status: 'open',
            closedAt: null,
            closeReason: null,
            lastActivityAt: 5_000,
          });
        }
        expect((await store.ticketHistory(a.id)).map((e) => [e.status, e.note])).toEqual([
          ['open', null],
          ['closed', 'done'],
          ['open', 'reopened'],
        ]);
        expect(await store.reopenTicket(999_999, 'x')).toEqual({ kind: 'missing' });
      }));

    it("the queue: a server's open and claimed tickets, oldest first; closed ones and other servers' left out", () =>
      withFreshStore(backend, async (store) => {
        const a = (await store.createTicket(ticket('q1', { userId: 'm-a' }), 3_000)).ticket;
        const b = (await store.createTicket(ticket('q2', { userId: 'm-b' }), 1_000)).ticket;
        const c = (await store.createTicket(ticket('q3', { userId: 'm-c' }), 2_000)).ticket;
        await store.createTicket(ticket('q4', { userId: 'm-d', guildId: 'guild-2' }), 500);
        await store.claimTicket(a.id, 'staff-1', 3_500);
        await store.closeTicket(c.id, 'staff-1', 'done', 4_000);
        expect((await store.openTickets('guild-1')).map((x) => [x.id, x.status])).toEqual([
          [b.id, 'open'],
          [a.id, 'claimed'],
        ]);
        expect(await store.openTickets('guild-3')).toEqual([]);
      }));

    it('release: claimed → open and unclaimed once; refused when open or closed; another staff member can then claim', () =>
      withFreshStore(backend, async (store) => {
        const a = (await store.createTicket(ticket('rel'), 1_000)).ticket;
        expect(await store.releaseTicket(a.id, 'staff-1', 1_100)).toBeNull();
        await store.claimTicket(a.id, 'staff-1', 1_200);
        expect(await store.releaseTicket(a.id, 'staff-2', 1_300)).toMatchObject({ status: 'open', claimedBy: null });
        expect(await store.releaseTicket(a.id, 'staff-2', 1_400)).toBeNull();
        expect(await store.claimTicket(a.id, 'staff-2', 1_500)).toMatchObject({
          status: 'claimed',
          claimedBy: 'staff-2',
        });
        await store.closeTicket(a.id, 'staff-2', 'done', 1_600);
        expect(await store.releaseTicket(a.id, 'staff-2', 1_700)).toBeNull();
        expect((await store.ticketHistory(a.id)).map((e) => [e.status, e.actorId, e.note])).toEqual([
          ['open', 'member-1', null],
          ['claimed', 'staff-1', null],
          ['open', 'staff-2', 'released'],
          ['claimed', 'staff-2', null],
          ['closed', 'staff-2', 'done'],
        ]);
        expect(await store.releaseTicket(999_999, 'x')).toBeNull();
      }));

    it('idleness: a ticket waits for staff until they write, only one waiting for the member idles; each warning claimed once', () =>
      withFreshStore(backend, async (store) => {
        const a = (await store.createTicket(ticket('i1'), 1_000)).ticket;
        await store.attachThread(a.id, 'thread-i1');
        // Nobody from staff has answered: never idle, however long; staff are reminded once.
        expect((await store.getTicket(a.id))!.awaitingStaff).toBe(true);
        expect(await store.idleTickets(1_000_000)).toEqual([]);
        expect((await store.unansweredTickets(2_000)).map((t) => t.id)).toEqual([a.id]);
        expect(await store.markStaffReminded(a.id, 2_000)).toBe(true);
        expect(await store.markStaffReminded(a.id, 2_001)).toBe(false);
        expect(await store.unansweredTickets(1_000_000)).toEqual([]);
        // The member writes again: the reminder may come again, counted from now.
        await store.noteActivity(a.id, false, 3_000);
        expect(await store.unansweredTickets(2_500)).toEqual([]);
        expect((await store.unansweredTickets(3_500)).map((t) => t.id)).toEqual([a.id]);
        // Staff answer: the ticket now waits for the member, and idles from their last message.
        await store.noteActivity(a.id, true, 4_000);
        await store.noteActivity(a.id, true, 5_000);
        expect((await store.getTicket(a.id))!).toMatchObject({ firstStaffReplyAt: 4_000, awaitingStaff: false });
        expect(await store.unansweredTickets(1_000_000)).toEqual([]);
        expect(await store.idleTickets(5_000)).toEqual([]);
        expect((await store.idleTickets(6_000)).map((t) => t.id)).toEqual([a.id]);
        expect(await store.markIdleWarned(a.id, 6_000)).toBe(true);
        expect(await store.markIdleWarned(a.id, 6_001)).toBe(false);
        expect(await store.idleTickets(7_000)).toEqual([]);
        expect(await store.ticketsWarnedBefore(6_000)).toEqual([]);
        expect((await store.ticketsWarnedBefore(6_500)).map((t) => t.id)).toEqual([a.id]);
        // The member answers the warning: back to staff, no longer due to close.
        await store.noteActivity(a.id, false, 7_000);
        expect(await store.ticketsWarnedBefore(1_000_000)).toEqual([]);
        expect(await store.idleTickets(1_000_000)).toEqual([]);
      }));

    it('ratings only by the member on a closed ticket; a transcript is kept once and marked posted', () =>
      withFreshStore(backend, async (store) => {
        const a = (await store.createTicket(ticket('t1'), 1_000)).ticket;
        await store.attachThread(a.id, 'thread-t1');
        expect(await store.rateTicket(a.id, 'member-1', 5, null)).toBe(false);
        await store.closeTicket(a.id, 'staff-1', 'done', 2_000);
        expect((await store.closedWithoutTranscript()).map((t) => t.id)).toEqual([a.id]);
        expect(await store.rateTicket(a.id, 'someone-else', 1, 'spam')).toBe(false);
        expect(await store.rateTicket(a.id, 'member-1', 4, 'kind')).toBe(true);
        expect(await store.getTicket(a.id)).toMatchObject({ rating: 4, ratingComment: 'kind' });
        expect(await store.saveTranscript(a.id, '<p>first</p>', 3_000)).toBe(true);
        expect(await store.saveTranscript(a.id, '<p>second</p>', 3_500)).toBe(false);
        expect(await store.closedWithoutTranscript()).toEqual([]);
        expect((await store.unpostedTranscripts()).map((x) => x.ticketId)).toEqual([a.id]);
        await store.markTranscriptPosted(a.id, 4_000);
        expect(await store.getTranscript(a.id)).toEqual({
          ticketId: a.id,
          html: '<p>first</p>',
          createdAt: 3_000,
          postedAt: 4_000,
        });
        expect(await store.unpostedTranscripts()).toEqual([]);
      }));

    it("a data request: export shows the member's tickets; erase removes ids, words and transcripts, counts stay", () =>
      withFreshStore(backend, async (store) => {
        const a = (await store.createTicket(ticket('p1'), 1_000)).ticket;
        await store.closeTicket(a.id, 'member-1', 'solved', 2_000);
        await store.saveTranscript(a.id, '<p>secret words</p>', 2_500);
        await store.createTicket(ticket('p2', { userId: 'member-2' }), 3_000);
        const held = await store.memberData('member-1');
        expect(held.tickets.map((t) => t.id)).toEqual([a.id]);
        expect(held.transcripts.map((x) => x.ticketId)).toEqual([a.id]);
        expect(held.events.length).toBeGreaterThan(0);
        expect(await store.eraseMember('member-1')).toEqual({ tickets: 1, events: 2, transcripts: 1 });
        expect((await store.memberData('member-1')).tickets).toEqual([]);
        const erased = (await store.getTicket(a.id))!;
        expect(erased).toMatchObject({ question: '', answers: {}, status: 'closed' });
        expect(erased.userId).not.toBe('member-1');
        expect(await store.getTranscript(a.id)).toBeNull();
        expect(await store.ticketsSince(0)).toHaveLength(2);
      }));
  });
}

for (const backend of backends) {
  describe.skipIf(!backend.enabled)(`Store contract: ${backend.name}`, () => {
    it('creates a ticket, then duplicate / already-open / other guild, claim once, close, history, new after close', () =>
      withFreshStore(backend, async (store) => {
        const first = await store.createTicket(ticket('a'), 1_000);
        expect(first.kind).toBe('created');
        const t = first.ticket;
        expect(t).toMatchObject({
          interactionId: 'interaction-a',
          guildId: 'guild-1',
          userId: 'member-1',
          threadId: null,
          status: 'open',
          topicsShown: ['reset-password', 'login'],
          triedTopic: null,
          answers: { account: 'me@example.com', tried: 'reset link' },
          questionId: null,
          claimedBy: null,
          createdAt: 1_000,
          closedAt: null,
          closeReason: null,
        });
        expect(typeof t.id).toBe('number');
        // A ticket from "Didn't help" keeps the topic the member tried.
        const tried = await store.createTicket(ticket('tried', { userId: 'member-9', triedTopic: 'login' }), 1_100);
        expect(tried.ticket.triedTopic).toBe('login');
        expect((await store.getTicket(tried.ticket.id))!.triedTopic).toBe('login');

        const dup = await store.createTicket(ticket('a', { question: 'something else' }), 2_000);
        expect(dup).toEqual({ kind: 'duplicate', ticket: t });

        const again = await store.createTicket(ticket('b'), 2_000);
        expect(again.kind).toBe('already-open');
        expect(again.ticket.id).toBe(t.id);

        const elsewhere = await store.createTicket(ticket('c', { guildId: 'guild-2' }), 2_500);
        expect(elsewhere.kind).toBe('created');
        expect(elsewhere.ticket.id).not.toBe(t.id);

        expect(await store.findOpenTicket('guild-1', 'member-1')).toEqual(t);
        expect(await store.findOpenTicket('guild-1', 'member-2')).toBeNull();
        expect(await store.getTicket(t.id)).toEqual(t);
        expect(await store.getTicket(999_999)).toBeNull();

        await store.attachThread(t.id, 'thread-1');
        expect((await store.getTicketByThread('thread-1'))?.id).toBe(t.id);
        expect(await store.getTicketByThread('thread-x')).toBeNull();

        const claimed = await store.claimTicket(t.id, 'staff-1', 3_000);
        expect(claimed).toMatchObject({ id: t.id, status: 'claimed', claimedBy: 'staff-1', threadId: 'thread-1' });
        expect(await store.claimTicket(t.id, 'staff-2', 3_500)).toBeNull();
        // Claimed is still open for the one-ticket rule.
        expect((await store.createTicket(ticket('d'), 3_600)).kind).toBe('already-open');

        const closed = await store.closeTicket(t.id, 'member-1', 'solved by the reset link', 4_000);
        expect(closed).toMatchObject({
          id: t.id,
          status: 'closed',
          closedAt: 4_000,
          closeReason: 'solved by the reset link',
          claimedBy: 'staff-1',
        });
        expect(await store.closeTicket(t.id, 'staff-1', 'again', 4_500)).toBeNull();
        expect(await store.claimTicket(t.id, 'staff-2', 4_600)).toBeNull();

        expect(await store.ticketHistory(t.id)).toEqual([
          { ticketId: t.id, status: 'open', actorId: 'member-1', note: null, at: 1_000 },
          { ticketId: t.id, status: 'claimed', actorId: 'staff-1', note: null, at: 3_000 },
          { ticketId: t.id, status: 'closed', actorId: 'member-1', note: 'solved by the reset link', at: 4_000 },
        ]);

        // The same interaction after close is still a duplicate (of the closed ticket).
        const late = await store.createTicket(ticket('a'), 5_000);
        expect(late.kind).toBe('duplicate');
        expect(late.ticket.status).toBe('closed');

        const next = await store.createTicket(ticket('e'), 5_000);
        expect(next.kind).toBe('created');
        expect(next.ticket.id).toBeGreaterThan(elsewhere.ticket.id);
        expect(await store.findOpenTicket('guild-1', 'member-1')).toEqual(next.ticket);

        // A ticket can be closed straight from open (the member closes their own).
        const direct = await store.closeTicket(next.ticket.id, 'member-1', 'never mind', 6_000);
        expect(direct?.status).toBe('closed');
        expect((await store.ticketHistory(next.ticket.id)).map((e) => e.status)).toEqual(['open', 'closed']);
      }));

    it('lists open tickets whose thread was never made', () =>
      withFreshStore(backend, async (store) => {
        const a = (await store.createTicket(ticket('a', { userId: 'm-a' }), 1)).ticket;
        const b = (await store.createTicket(ticket('b', { userId: 'm-b' }), 2)).ticket;
        const c = (await store.createTicket(ticket('c', { userId: 'm-c' }), 3)).ticket;
        const d = (await store.createTicket(ticket('d', { userId: 'm-d' }), 4)).ticket;
        await store.attachThread(b.id, 'thread-b');
        await store.closeTicket(c.id, 'm-c', 'gone', 5);
        await store.claimTicket(d.id, 'staff', 6);
        expect((await store.ticketsWithoutThread()).map((t) => t.id)).toEqual([a.id, d.id]);
      }));

    it('keeps questions, feedback and tickets for insights, and purges old insights', () =>
      withFreshStore(backend, async (store) => {
        const q1 = await store.recordQuestion({
          question: 'reset my password',
          normalised: 'reset password',
          action: 'answer',
          topicId: 'reset-password',
          confidence: 0.91,
          source: 'discord',
          channelId: 'chan-1',
          at: 100,
        });
        const q2 = await store.recordQuestion({
          question: 'banana',
          normalised: 'banana',
          action: 'fallback',
          topicId: null,
          confidence: 0.12,
          source: 'cli',
          channelId: null,
          at: 200,
        });
        expect(q2).toBeGreaterThan(q1);
        await store.recordFeedback(q1, 'reset-password', true, 150);
        await store.recordFeedback(null, 'login', false, 250);
        await store.createTicket(ticket('a', { questionId: q2 }), 210);
        await store.createTicket(ticket('b', { userId: 'm-2' }), 90);

        expect(await store.questionsSince(0)).toEqual([
          {
            id: q1,
            question: 'reset my password',
            normalised: 'reset password',
            action: 'answer',
            topicId: 'reset-password',
            confidence: 0.91,
            source: 'discord',
            channelId: 'chan-1',
            at: 100,
          },
          {
            id: q2,
            question: 'banana',
            normalised: 'banana',
            action: 'fallback',
            topicId: null,
            confidence: 0.12,
            source: 'cli',
            channelId: null,
            at: 200,
          },
        ]);
        expect((await store.questionsSince(150)).map((q) => q.id)).toEqual([q2]);
        expect(await store.feedbackSince(0)).toEqual([
          { questionId: q1, topicId: 'reset-password', helpful: true, at: 150 },
          { questionId: null, topicId: 'login', helpful: false, at: 250 },
        ]);
        expect(await store.feedbackSince(200)).toEqual([
          { questionId: null, topicId: 'login', helpful: false, at: 250 },
        ]);
        const since = await store.ticketsSince(100);
        expect(since.map((t) => [t.interactionId, t.questionId])).toEqual([['interaction-a', q2]]);
        expect((await store.ticketsSince(0)).length).toBe(2);

        // Before 200: question 1 and feedback at 150 go; tickets stay.
        expect(await store.purgeInsightsBefore(200)).toBe(2);
        expect((await store.questionsSince(0)).map((q) => q.id)).toEqual([q2]);
        expect((await store.feedbackSince(0)).map((f) => f.at)).toEqual([250]);
        expect((await store.ticketsSince(0)).length).toBe(2);
        expect(await store.purgeInsightsBefore(200)).toBe(0);
      }));

    it('counts rate-limit hits in fixed windows', () =>
      withFreshStore(backend, async (store) => {
        expect(await store.hitRateLimit('k', 2, 1_000, 10_000)).toBe(0);
        expect(await store.hitRateLimit('k', 2, 1_000, 10_100)).toBe(0);
        expect(await store.hitRateLimit('k', 2, 1_000, 10_200)).toBe(800);
        expect(await store.hitRateLimit('other', 2, 1_000, 10_200)).toBe(0);
        expect(await store.hitRateLimit('k', 2, 1_000, 11_000)).toBe(0);
      }));

    it('keeps everything when the database is opened again by a new store instance', async () => {
      const open = await backend.fresh();
      const first = await open();
      const a = (await first.createTicket(ticket('a'), 1_000)).ticket;
      await first.attachThread(a.id, 'thread-a');
      await first.claimTicket(a.id, 'staff-1', 2_000);
      const b = (await first.createTicket(ticket('b', { userId: 'member-2' }), 1_500)).ticket;
      await first.closeTicket(b.id, 'member-2', 'fixed', 2_500);
      const q = await first.recordQuestion({
        question: 'q',
        normalised: 'q',
        action: 'answer',
        topicId: 't',
        confidence: 0.5,
        source: 'cli',
        channelId: null,
        at: 3_000,
      });
      await first.recordFeedback(q, 't', true, 3_100);
      const before = {
        a: await first.getTicket(a.id),
        b: await first.getTicket(b.id),
        history: await first.ticketHistory(a.id),
        questions: await first.questionsSince(0),
        feedback: await first.feedbackSince(0),
      };
      await first.close();

      const second = await open();
      try {
        expect(await second.getTicket(a.id)).toEqual(before.a);
        expect(await second.getTicket(b.id)).toEqual(before.b);
        expect(await second.ticketHistory(a.id)).toEqual(before.history);
        expect(await second.questionsSince(0)).toEqual(before.questions);
        expect(await second.feedbackSince(0)).toEqual(before.feedback);
        expect((await second.createTicket(ticket('c'), 4_000)).kind).toBe('already-open');
        const c = await second.createTicket(ticket('c', { userId: 'member-3' }), 4_000);
        expect(c.kind).toBe('created');
        expect(c.ticket.id).toBeGreaterThan(b.id);
      } finally {
        await second.close();
      }
    });
  });
}

describe('SqliteStore upgrade (input: a database written before tickets knew whom they wait for)', () => {
  it('keeps every ticket; only one staff answered last may idle towards auto-close', async () => {
    const file = freshSqliteFile();
    const before = SQLITE_MIGRATIONS.length - 1;
    const old = new Database(file);
    for (const step of SQLITE_MIGRATIONS.slice(0, before)) old.exec(step);
    old.pragma(`user_version = ${before}`);
    const insert = old.prepare(
      `INSERT INTO tickets (interaction_id, guild_id, user_id, thread_id, status, question, topics_shown, answers,
       created_at, last_activity_at, first_staff_reply_at) VALUES (?, 'g', ?, ?, 'open', 'q', '[]', '{}', 1000, ?, ?)`,
    );
    insert.run('nobody-answered', 'm1', 't1', null, null);
    insert.run('staff-last', 'm2', 't2', 5_000, 5_000);
    insert.run('member-after-staff', 'm3', 't3', 6_000, 5_000);
    old.close();
    const store = await openStore(file);
    try {
      const waiting = (await store.openTickets('g')).map((t) => [t.interactionId, t.awaitingStaff]);
      expect(waiting).toEqual([
        ['nobody-answered', true],
        ['staff-last', false],
        ['member-after-staff', true],
      ]);
    } finally {
      await store.close();
    }
  });
});

describe.skipIf(!PG_URL)('PostgresStore across processes', () => {
  it('gives exactly one ticket to 50 concurrent requests from two pools for the same member', async () => {
    const url = await freshPgDatabase();
    const [s1, s2] = await Promise.all([PostgresStore.connect(url), PostgresStore.connect(url)]);
    try {
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) => (i % 2 === 0 ? s1 : s2).createTicket(ticket(`race-${i}`), 1_000 + i)),
      );
      const created = results.filter((r) => r.kind === 'created');
      const open = results.filter((r) => r.kind === 'already-open');
      expect(created).toHaveLength(1);
      expect(open).toHaveLength(49);
      expect(new Set(open.map((r) => r.ticket.id))).toEqual(new Set([created[0]!.ticket.id]));

      // The same interaction delivered 20 times at once: one ticket, 19 duplicates.
      const same = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          (i % 2 === 0 ? s1 : s2).createTicket(ticket('same', { userId: 'member-2' }), 5_000),
        ),
      );
      expect(same.filter((r) => r.kind === 'created')).toHaveLength(1);
      expect(same.filter((r) => r.kind === 'duplicate')).toHaveLength(19);

      // Claims race too: one wins.
      const id = created[0]!.ticket.id;
      const claims = await Promise.all(
        Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? s1 : s2).claimTicket(id, `staff-${i}`, 6_000)),
      );
      expect(claims.filter((c) => c !== null)).toHaveLength(1);
      expect((await s1.ticketHistory(id)).map((e) => e.status)).toEqual(['open', 'claimed']);
    } finally {
      await Promise.all([s1.close(), s2.close()]);
    }
  });

  it('runs each migration once when several processes start together', async () => {
    const url = await freshPgDatabase();
    const stores = await Promise.all(Array.from({ length: 4 }, () => PostgresStore.connect(url)));
    try {
      const r = await stores[0]!.pool.query<{ version: number }>(
        'SELECT version FROM schema_migrations ORDER BY version',
      );
      expect(r.rows.map((row) => row.version)).toEqual(PG_MIGRATIONS.map((_, i) => i + 1));
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });
});

describe.skipIf(!PG_URL)('npm run db:migrate-to-postgres', () => {
  const cli = (args: string[]) =>
    run('node_modules/.bin/tsx', ['src/cli/migrate-to-postgres.ts', ...args], { cwd: process.cwd(), env: process.env });

  it('copies tickets, events, questions and feedback, keeping ids, and new tickets get fresh ids', async () => {
    const file = freshSqliteFile();
    const sqlite = new SqliteStore(file);
    const ids: number[] = [];
    for (let i = 0; i < 30; i++) {
      const r = await sqlite.createTicket(
        ticket(`m-${i}`, {
          userId: `member-${i}`,
          answers: { detail: `ünïcode ${i} 🚀` } as NewTicket['answers'],
          triedTopic: i % 2 === 0 ? 'login' : null,
        }),
        1_000 + i,
      );
      ids.push(r.ticket.id);
      if (i % 3 === 0) await sqlite.attachThread(r.ticket.id, `thread-${i}`);
      if (i % 4 === 0) await sqlite.claimTicket(r.ticket.id, 'staff', 2_000 + i);
      if (i % 5 === 0) await sqlite.closeTicket(r.ticket.id, 'staff', `reason ${i}`, 3_000 + i);
    }
    for (let i = 0; i < 12; i++) {
      const q = await sqlite.recordQuestion({
        question: `q ${i}`,
        normalised: `q${i}`,
        action: i % 2 ? 'answer' : 'fallback',
        topicId: i % 2 ? 'login' : null,
        confidence: i / 12,
        source: 'discord',
        channelId: 'c',
        at: 500 + i,
      });
      if (i % 3 === 0) await sqlite.recordFeedback(q, 'login', i % 2 === 0, 600 + i);
    }
    const sample = await sqlite.getTicket(ids[20]!);
    expect(sample!.triedTopic).toBe('login');
    const sampleHistory = await sqlite.ticketHistory(ids[20]!);
    const questions = await sqlite.questionsSince(0);
    const feedback = await sqlite.feedbackSince(0);
    const events = (sqlite.db.prepare('SELECT count(*) AS n FROM ticket_events').get() as { n: number }).n;
    await sqlite.close();

    const url = await freshPgDatabase();
    const { stdout } = await cli(['--from', file, '--to', url]);
    expect(stdout).toContain(
      `Copied 30 tickets, ${events} ticket events, 12 questions, 4 feedback rows and 0 transcripts`,
    );

    const target = await PostgresStore.connect(url);
    try {
      const counts = await target.pool.query<{ t: number; e: number; q: number; f: number }>(
        'SELECT (SELECT count(*) FROM tickets) AS t, (SELECT count(*) FROM ticket_events) AS e, (SELECT count(*) FROM questions) AS q, (SELECT count(*) FROM feedback) AS f',
      );
      expect(counts.rows[0]).toEqual({ t: 30, e: events, q: 12, f: 4 });
      expect(await target.getTicket(ids[20]!)).toEqual(sample);
      expect(await target.ticketHistory(ids[20]!)).toEqual(sampleHistory);
      expect(await target.questionsSince(0)).toEqual(questions);
      expect(await target.feedbackSince(0)).toEqual(feedback);
      expect((await target.ticketsSince(0)).map((t) => t.id)).toEqual(ids);

      const fresh = await target.createTicket(ticket('after', { userId: 'member-new' }), 9_000);
      expect(fresh.kind).toBe('created');
      expect(fresh.ticket.id).toBe(Math.max(...ids) + 1);
      expect(
        await target.recordQuestion({
          question: 'x',
          normalised: 'x',
          action: 'answer',
          topicId: null,
          confidence: 1,
          source: 'cli',
          channelId: null,
          at: 9_000,
        }),
      ).toBe(Math.max(...questions.map((q) => q.id)) + 1);
      // The one-open-ticket rule holds for migrated tickets too.
      expect((await target.createTicket(ticket('again', { userId: 'member-1' }), 9_100)).kind).toBe('already-open');
    } finally {
      await target.close();
    }

    // A non-empty target is refused without --force, and replaced with it.
    await expect(cli(['--from', file, '--to', url])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('--force'),
    });
    const forced = await cli(['--from', file, '--to', url, '--force']);
    expect(forced.stdout).toContain('Copied 30 tickets');
    const after = await PostgresStore.connect(url);
    try {
      expect((await after.ticketsSince(0)).length).toBe(30);
    } finally {
      await after.close();
    }
  });

  it('explains itself with --help and rejects a non-PostgreSQL target', async () => {
    const help = await cli(['--help']);
    expect(help.stdout).toContain('--from FILE');
    await expect(cli(['--from', 'nope.db', '--to', 'x'])).rejects.toMatchObject({ code: 1 });
  });
});
