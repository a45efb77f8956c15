import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../src/store/store.js';
import { queueText } from '../../src/discord/tickets/ticket-queue.js';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 11, 2, 12);
const ticket = (id: number, over: Partial<Ticket>): Ticket => ({
  id,
  interactionId: `i${id}`,
  guildId: 'g',
  userId: 'u',
  threadId: `10000000000000000${id}`,
  status: 'open',
  question: 'cannot sign in',
  topicsShown: [],
  triedTopic: null,
  answers: {},
  questionId: null,
  claimedBy: null,
  createdAt: NOW - HOUR,
  closedAt: null,
  closeReason: null,
  lastActivityAt: null,
  idleWarnedAt: null,
  firstStaffReplyAt: null,
  awaitingStaff: true,
  staffRemindedAt: null,
  rating: null,
  ratingComment: null,
  ...over,
});

describe('/tickets queue', () => {
  it('input: one waiting ticket (3 h, a question pinging @everyone), one claimed whose member wrote last, one staff answered → links, ages, whose turn, no ping', () => {
    const text = queueText(
      [
        ticket(1, { createdAt: NOW - 3 * HOUR, question: '@everyone my **sync** broke' }),
        ticket(2, {
          status: 'claimed',
          claimedBy: '222222222222222222',
          createdAt: NOW - 2 * HOUR - 5 * 60_000,
          lastActivityAt: NOW - 40 * 60_000,
        }),
        ticket(3, { status: 'claimed', claimedBy: '222222222222222222', awaitingStaff: false, lastActivityAt: NOW }),
      ],
      NOW,
      'en',
    );
    const [header, first, second, third] = text.split('\n');
    expect(header).toBe('Open tickets: **1** waiting for staff, **2** claimed. Oldest first:');
    expect(first).toBe(
      '**#1** <#100000000000000001> · open 3 h · “@\u200beveryone my \\*\\*sync\\*\\* broke” · ⏳ awaiting a reply for 3 h',
    );
    expect(second).toBe(
      '**#2** <#100000000000000002> · open 2 h 5 min · claimed by <@222222222222222222> · “cannot sign in” · ⏳ awaiting a reply for 40 min',
    );
    expect(third).toBe('**#3** <#100000000000000003> · open 1 h · claimed by <@222222222222222222> · “cannot sign in”');
  });

  it('input: no tickets → says so; in German, the units and words are German', () => {
    expect(queueText([], NOW, 'en')).toBe('No open tickets.');
    expect(queueText([ticket(3, { createdAt: NOW - 2 * HOUR })], NOW, 'de')).toContain('offen seit 2 Std.');
  });

  it('input: 200 waiting tickets with 80-character questions → fits one Discord message and says how many are left', () => {
    const many = Array.from({ length: 200 }, (_, n) => ticket(n + 1, { question: 'x'.repeat(200) }));
    const text = queueText(many, NOW, 'en');
    expect(text.length).toBeLessThanOrEqual(2000);
    expect(text).toMatch(/…and \d+ more$/);
  });
});
