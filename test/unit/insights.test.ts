import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Assistant } from '../../src/core/assistant.js';
import { LIMITS } from '../../src/core/render/discord-limits.js';
import {
  computeInsights,
  confirmedEvalLines,
  DAY_MS,
  groupQuestions,
  periodStart,
  questionRecord,
  unansweredEvalLines,
  type InsightQuestion,
} from '../../src/core/learn/insights.js';
import { loadKnowledge } from '../../src/app/knowledge-folder.js';
import { wordingKey } from '../../src/core/normalise/normalise.js';
import { statsEmbed } from '../../src/discord/stats-embed.js';
import { insightsFor } from '../../src/store/load-insights.js';
import { purgeOldInsights, scheduleInsightsPurge } from '../../src/app/retention.js';
import { createLogger } from '../../src/app/log.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';

const run = promisify(execFile);
const TSX = 'node_modules/.bin/tsx';
const HOUR = 60 * 60 * 1000;
const NOW = Date.UTC(2025, 5, 1, 12);

let dir: string;
let assistant: Assistant;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'stepwise-insights-'));
  const loaded = await loadKnowledge('knowledge');
  if (!loaded.ok) throw new Error('knowledge/ does not load');
  assistant = new Assistant(loaded.knowledge);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
const dbFile = () => join(dir, `db-${++n}.db`);

/** The fixed sequence the figures are checked on: 10 questions, 3 tickets, 4 feedback rows. */
async function seed(store: SqliteStore) {
  const q = async (question: string, action: string, topicId: string | null, at: number) =>
    store.recordQuestion({
      question,
      normalised: question.toLowerCase(),
      action,
      topicId,
      confidence: 0.9,
      source: 'discord',
      channelId: '123456789012345678',
      at,
    });
  const ids = {
    a1: await q('i forgot my password', 'answer', 'reset-password', NOW - 10 * HOUR),
    a2: await q('forgot pw again', 'answer', 'reset-password', NOW - 9 * HOUR),
    a3: await q('my account is locked', 'answer', 'account-locked', NOW - 8 * HOUR),
    // Followed by a ticket 3 h later: not deflected.
    a4: await q('the code never arrived', 'answer', 'verification-code', NOW - 3 * DAY_MS),
    // Followed by a ticket two days later: still deflected.
    a5: await q('how do i turn on 2fa', 'answer', 'two-factor', NOW - 4 * DAY_MS),
    a6: await q('how do i log in', 'answer', 'log-in', NOW - 5 * HOUR),
    e1: await q('How do I cancel my subscription?', 'escalate', null, NOW - 4 * HOUR),
    e2: await q('how do i cancel my subscription', 'escalate', null, NOW - 3 * HOUR),
    s1: await q('password', 'suggest', null, NOW - 2 * HOUR),
    i1: await q('thanks!!', 'ignore', null, NOW - HOUR),
  };
  let k = 0;
  const ticket = async (questionId: number | null, at: number) => {
    k++;
    const r = await store.createTicket(
      {
        interactionId: `i${k}`,
        guildId: '1',
        userId: `u${k}`,
        question: 'help',
        topicsShown: [],
        answers: {},
        questionId,
      },
      at,
    );
    await store.closeTicket(r.ticket.id, 'staff', 'done', at + 1);
  };
  await ticket(ids.a4, NOW - 3 * DAY_MS + 3 * HOUR);
  await ticket(ids.a5, NOW - 4 * DAY_MS + 2 * DAY_MS);
  await ticket(ids.e1, NOW - 4 * HOUR + 60_000);
  await store.recordFeedback(ids.a1, 'reset-password', true, NOW - 9 * HOUR);
  await store.recordFeedback(ids.a2, 'reset-password', true, NOW - 8 * HOUR);
  await store.recordFeedback(ids.a3, 'account-locked', false, NOW - 7 * HOUR);
  await store.recordFeedback(ids.a6, 'log-in', true, NOW - 4 * HOUR);
  return ids;
}

async function seeded() {
  const file = dbFile();
  const store = new SqliteStore(file);
  await seed(store);
  return { file, store };
}

describe('recording', () => {
  it('stores the decision, topic, confidence, channel and time, secrets redacted and no user id', async () => {
    const store = new SqliteStore(dbFile());
    const d = assistant.ask('my password is Tr0ub4dor&3 and it still says wrong password');
    const id = await store.recordQuestion(questionRecord(d, 'discord', '123456789012345678', NOW));
    const [row] = await store.questionsSince(0);
    expect(row).toMatchObject({
      id,
      action: d.action,
      topicId: d.topic?.id ?? null,
      confidence: d.confidence,
      source: 'discord',
      channelId: '123456789012345678',
      at: NOW,
    });
    expect(row!.question).not.toContain('Tr0ub4dor');
    expect(row!.question).toContain('[redacted]');
    const columns = (store.db.prepare('PRAGMA table_info(questions)').all() as Array<{ name: string }>).map(
      (c) => c.name,
    );
    expect(columns.some((c) => /user|author|member/i.test(c))).toBe(false);
    await store.close();
  });
});

describe('grouping', () => {
  it('puts case, punctuation, plural and filler variants in one group and shows the most common wording', () => {
    const variants = [
      'how do i cancel my subscription?',
      'How do I cancel my subscription',
      'how can i cancel my subscriptions',
      'How do I cancel my subscription',
      'cancel subscription!!',
    ];
    expect(new Set(variants.map(wordingKey)).size).toBe(1);
    const groups = groupQuestions([...variants, 'vpn wont connect'].map((question) => ({ question })));
    expect(groups).toEqual([
      { question: 'How do I cancel my subscription', count: 5, key: 'cancel subscription' },
      { question: 'vpn wont connect', count: 1, key: wordingKey('vpn wont connect') },
    ]);
  });

  it('keeps different questions apart and falls back to the text when a question has no terms', () => {
    expect(wordingKey('how do i get a refund')).not.toBe(wordingKey('how do i cancel my subscription'));
    expect(wordingKey('👍')).toBe('👍');
  });
});

describe('figures on a known sequence', () => {
  it('counts every action, deflection, feedback per topic and the unanswered groups', async () => {
    const { store } = await seeded();
    const s = computeInsights({
      questions: await store.questionsSince(0),
      feedback: await store.feedbackSince(0),
      tickets: await store.ticketsSince(0),
      now: NOW,
    });
    expect(s).toMatchObject({
      questions: 10,
      answered: 6,
      suggested: 1,
      escalated: 2,
      ignored: 1,
      helpful: 3,
      not_helpful: 1,
      // "i forgot my password" and "forgot pw again" (one group), and "how do i log in"; the locked account was not helped.
      confirmed: 2,
      deflected: 5,
    });
    expect(s.deflection_rate).toBeCloseTo(5 / 6);
    expect(s.helpful_rate).toBeCloseTo(3 / 4);
    expect(s.top_unanswered).toEqual([
      { question: 'How do I cancel my subscription?', count: 2, key: 'cancel subscription' },
    ]);
    const byTopic = Object.fromEntries(s.per_topic.map((t) => [t.topic, t]));
    expect(byTopic['reset-password']).toEqual({
      topic: 'reset-password',
      answered: 2,
      helpful: 2,
      not_helpful: 0,
      helpful_rate: 1,
    });
    expect(byTopic['account-locked']).toEqual({
      topic: 'account-locked',
      answered: 1,
      helpful: 0,
      not_helpful: 1,
      helpful_rate: 0,
    });
    expect(byTopic['log-in']).toEqual({ topic: 'log-in', answered: 1, helpful: 1, not_helpful: 0, helpful_rate: 1 });
    expect(byTopic['two-factor']).toEqual({
      topic: 'two-factor',
      answered: 1,
      helpful: 0,
      not_helpful: 0,
      helpful_rate: null,
    });
    expect(s.per_topic[0]!.topic).toBe('reset-password');
    await store.close();
  });

  it('limits the figures to the period', async () => {
    const { store } = await seeded();
    const day = await insightsFor(store, '1d', NOW);
    expect(day).toMatchObject({ questions: 8, answered: 4, escalated: 2, deflected: 4, deflection_rate: 1 });
    expect(periodStart('all', NOW)).toBe(0);
    await store.close();
  });

  it('counts bare requests for help (input: one "clarify" record among two) and /stats shows them', () => {
    const record = (action: string, question: string) => ({
      id: 0,
      question,
      normalised: question,
      action,
      topicId: null,
      confidence: 1,
      source: 'discord' as const,
      channelId: null,
      at: NOW - HOUR,
    });
    const s = computeInsights({
      questions: [record('clarify', 'can someone help me?'), record('ignore', 'thanks!!')],
      feedback: [],
      tickets: [],
      now: NOW,
    });
    expect(s).toMatchObject({ questions: 2, clarified: 1, ignored: 1, escalated: 0 });
    expect(statsEmbed(s, 'all').description).toContain('**1** asked for details');
  });

  it('gives null rates rather than dividing by zero', () => {
    const s = computeInsights({ questions: [], feedback: [], tickets: [], now: NOW });
    expect(s).toMatchObject({
      questions: 0,
      deflection_rate: null,
      helpful_rate: null,
      top_unanswered: [],
      per_topic: [],
    });
  });
});

describe('the /stats embed', () => {
  it('shows the figures and escapes member text within Discord limits', async () => {
    const { store } = await seeded();
    const e = statsEmbed(
      await insightsFor(store, 'all', NOW),
      'all',
      (id) => assistant.knowledge.byId.get(id)?.title,
      90,
    );
    expect(e.description).toContain(
      'Questions: **10** · **6** answered · **1** suggested · **2** escalated · **0** asked for details · **1** ignored',
    );
    expect(e.description).toContain('**83%** of answers (5 of 6)');
    expect(e.fields![1]!.value).toContain('“How do I cancel my subscription?” ×2');
    // The seeded "solved" feedback labels two questions (two wordings of one, and "how do i log in").
    expect(e.description).toContain('Labelled by members: **2** question(s) a topic solved');
    expect(
      statsEmbed(computeInsights({ questions: [], feedback: [], tickets: [], now: NOW }), 'all').description,
    ).not.toContain('Labelled by members');
    await store.close();

    const hostile: InsightQuestion[] = Array.from({ length: 60 }, (_, i) => ({
      id: i,
      question: `@everyone **help** <@&1234567890123456789> topic${i} ${'x'.repeat(300)}`,
      action: 'escalate',
      topicId: null,
      at: NOW,
    }));
    const big = statsEmbed(
      computeInsights({ questions: hostile, feedback: [], tickets: [], now: NOW, topUnanswered: 60 }),
      '7d',
    );
    const unanswered = big.fields![1]!.value;
    expect(unanswered.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    expect(unanswered).toMatch(/…and \d+ more$/);
    expect(unanswered).not.toMatch(/@everyone/);
    expect(unanswered).not.toContain('**help**');
    const total =
      (big.title?.length ?? 0) +
      (big.description?.length ?? 0) +
      (big.footer?.text.length ?? 0) +
      big.fields!.reduce((a, f) => a + f.name.length + f.value.length, 0);
    expect(total).toBeLessThanOrEqual(LIMITS.embedTotal);
  });
});

describe('retention', () => {
  it('purges questions and feedback older than the retention, keeps tickets, and 0 keeps everything', async () => {
    const { store } = await seeded();
    expect(await purgeOldInsights(store, 0, NOW + 365 * DAY_MS)).toBe(0);
    expect((await store.questionsSince(0)).length).toBe(10);
    // Retention of 1 day at NOW: the two questions from 3 and 4 days ago go.
    expect(await purgeOldInsights(store, 1, NOW)).toBe(2);
    const left = await store.questionsSince(0);
    expect(left.map((q) => q.question)).not.toContain('the code never arrived');
    expect(left).toHaveLength(8);
    expect(await purgeOldInsights(store, 90, NOW + 91 * DAY_MS)).toBe(8 + 4);
    expect(await store.feedbackSince(0)).toEqual([]);
    expect(await store.ticketsSince(0)).toHaveLength(3);
    await store.close();
  });

  it('runs a purge at once when scheduled, and stops cleanly', async () => {
    const { store } = await seeded();
    const stop = scheduleInsightsPurge(store, 1, createLogger('silent'));
    await stop();
    // The schedule uses the real clock, and everything seeded (around NOW, in 2025) is older than a day by then.
    expect(await store.questionsSince(0)).toEqual([]);
    await store.close();
  });
});

describe('CLIs', () => {
  it('ask --json --record records one row per question, stdout unchanged', async () => {
    const file = dbFile();
    const lines = [
      'i forgot my password',
      'how do i cancel my subscription',
      'thanks!!',
      'my password is hunter2hunter2 and it says wrong',
    ];
    const out = await new Promise<string>((resolve, reject) => {
      const child = spawn(TSX, ['src/cli/ask.ts', '--json', '--record'], {
        env: { ...process.env, STEPWISE_DB: file, LOG_LEVEL: 'silent' },
      });
      let stdout = '';
      child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`ask exited ${code}`))));
      child.stdin.end(`${lines.join('\n')}\n`);
    });
    const json = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { action: string; question: string });
    expect(json).toHaveLength(lines.length);
    const store = new SqliteStore(file);
    const rows = await store.questionsSince(0);
    expect(rows).toHaveLength(lines.length);
    expect(rows.map((r) => r.action)).toEqual(json.map((j) => j.action));
    expect(rows.every((r) => r.source === 'cli' && r.channelId === null)).toBe(true);
    expect(JSON.stringify(rows)).not.toContain('hunter2hunter2');
    await store.close();
  });

  it('insights --json prints one object with the documented keys; --export-unanswered and --export-confirmed round-trip through eval', async () => {
    const { file, store } = await seeded();
    // A second group of unanswered questions, recorded just now so every period sees it.
    await store.recordQuestion({
      question: 'vpn wont connect',
      normalised: 'vpn wont connect',
      action: 'escalate',
      topicId: null,
      confidence: 0.1,
      source: 'cli',
      channelId: null,
      at: Date.now(),
    });
    await store.close();

    const json = await run(TSX, ['src/cli/insights.ts', '--json', '--db', file]);
    const lines = json.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const report = JSON.parse(lines[0]!) as Record<string, unknown>;
    for (const key of [
      'questions',
      'answered',
      'suggested',
      'escalated',
      'ignored',
      'helpful',
      'not_helpful',
      'confirmed',
      'deflection_rate',
      'top_unanswered',
    ])
      expect(report).toHaveProperty(key);
    expect(report).toMatchObject({
      questions: 11,
      answered: 6,
      escalated: 3,
      helpful: 3,
      not_helpful: 1,
      confirmed: 2,
      top_unanswered: [
        { question: 'How do I cancel my subscription?', count: 2 },
        { question: 'vpn wont connect', count: 1 },
      ],
    });

    const text = await run(TSX, ['src/cli/insights.ts', '--db', file, '--period', '7d']);
    expect(text.stdout).toContain('deflection');
    expect(text.stdout).toMatch(/^labelled +\d+ question\(s\) members confirmed/m);

    const exported = await run(TSX, ['src/cli/insights.ts', '--export-unanswered', '--db', file]);
    const evalLines = exported.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as unknown);
    expect(evalLines).toEqual([
      { q: 'How do I cancel my subscription?', expect: 'escalate', cat: 'oos' },
      { q: 'vpn wont connect', expect: 'escalate', cat: 'oos' },
    ]);
    const evalFile = join(dir, 'unanswered.jsonl');
    writeFileSync(evalFile, exported.stdout);
    const scored = await run(TSX, ['src/cli/eval.ts', evalFile, '--json']);
    const r = JSON.parse(scored.stdout) as {
      total: number;
      correct: number;
      byCategory: Record<string, { total: number }>;
    };
    expect(r.total).toBe(2);
    expect(r.byCategory.oos?.total).toBe(2);
    // Both were escalated when asked and are escalated again when re-scored: the labels round-trip.
    expect(r.correct).toBe(2);

    // The questions members said were solved, labelled with their topic; "my account is locked" was not helped.
    const confirmed = await run(TSX, ['src/cli/insights.ts', '--export-confirmed', '--db', file]);
    const labelled = confirmed.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { q: string; expect: string[]; cat: string });
    // "i forgot my password" and "forgot pw again" are one group of wordings.
    expect(labelled.map((l) => l.expect[0]).sort()).toEqual(['log-in', 'reset-password']);
    expect(labelled).toContainEqual({ q: 'how do i log in', expect: ['log-in'], cat: 'in' });
    expect(labelled.map((l) => l.q)).not.toContain('my account is locked');
    const labelledFile = join(dir, 'confirmed.jsonl');
    writeFileSync(labelledFile, confirmed.stdout);
    const rescored = JSON.parse((await run(TSX, ['src/cli/eval.ts', labelledFile, '--json'])).stdout) as {
      total: number;
      correct: number;
    };
    expect(rescored).toMatchObject({ total: 2, correct: 2 });
    await expect(
      run(TSX, ['src/cli/insights.ts', '--export-confirmed', '--export-unanswered', '--db', file]),
    ).rejects.toMatchObject({ stderr: expect.stringMatching(/not both/) });
  });

  it('export lines match the pure function', () => {
    const qs: InsightQuestion[] = [
      { id: 1, question: 'refund please', action: 'escalate', topicId: null, at: 1 },
      { id: 2, question: 'how do i get a refund', action: 'escalate', topicId: null, at: 2 },
      { id: 3, question: 'i forgot my password', action: 'answer', topicId: 'reset-password', at: 3 },
    ];
    expect(unansweredEvalLines(qs)).toEqual([{ q: 'refund please', expect: 'escalate', cat: 'oos' }]);
  });

  it('exports the questions members confirmed a topic for, labelled with that topic (input: picks, a change of mind, feedback with no question)', () => {
    const qs: InsightQuestion[] = [
      { id: 1, question: 'cant get in since yesterday', action: 'suggest', topicId: 'login', at: 1 },
      { id: 2, question: 'Cant get in since yesterday!', action: 'suggest', topicId: 'login', at: 2 },
      { id: 3, question: 'the code never shows up', action: 'answer', topicId: 'verification-code', at: 3 },
      { id: 4, question: 'locked out again', action: 'suggest', topicId: 'account-locked', at: 4 },
      { id: 5, question: 'nothing confirmed here', action: 'suggest', topicId: 'login', at: 5 },
    ];
    const lines = confirmedEvalLines(qs, [
      // Two wordings of one question, each confirmed for the topic picked from "did you mean".
      { questionId: 1, topicId: 'reset-password', helpful: true, at: 10 },
      { questionId: 2, topicId: 'reset-password', helpful: true, at: 11 },
      { questionId: 3, topicId: 'verification-code', helpful: true, at: 12 },
      // "This solved it", then "Didn't help" on the same topic: no label.
      { questionId: 4, topicId: 'account-locked', helpful: true, at: 13 },
      { questionId: 4, topicId: 'account-locked', helpful: false, at: 14 },
      // A topic opened by its own command has no question behind it.
      { questionId: null, topicId: 'login', helpful: true, at: 15 },
    ]);
    expect(lines).toEqual([
      { q: 'cant get in since yesterday', expect: ['reset-password'], cat: 'in' },
      { q: 'the code never shows up', expect: ['verification-code'], cat: 'in' },
    ]);
  });

  it('insights refuses a missing database and a bad period with one clear line', async () => {
    await expect(run(TSX, ['src/cli/insights.ts', '--db', join(dir, 'missing.db')])).rejects.toMatchObject({
      stderr: expect.stringMatching(/^No database at /),
    });
    await expect(
      run(TSX, ['src/cli/insights.ts', '--period', '2w', '--db', join(dir, 'missing.db')]),
    ).rejects.toMatchObject({ stderr: expect.stringMatching(/--period must be/) });
  });
});

describe('ticket handling figures (input: three tickets, two claimed by one staff member, two rated)', () => {
  it('average rating, median first staff reply and resolution, overall and per staff member', () => {
    const H = 3_600_000;
    const s = computeInsights({
      questions: [],
      feedback: [],
      now: 10 * H,
      tickets: [
        { questionId: null, createdAt: 0, claimedBy: 'staff-a', firstStaffReplyAt: 1 * H, closedAt: 2 * H, rating: 5 },
        { questionId: null, createdAt: 0, claimedBy: 'staff-a', firstStaffReplyAt: 3 * H, closedAt: 6 * H, rating: 2 },
        { questionId: null, createdAt: 0, claimedBy: null, firstStaffReplyAt: null, closedAt: null, rating: null },
      ],
    });
    expect(s.tickets).toEqual({
      tickets: 3,
      rated: 2,
      average_rating: 3.5,
      median_first_reply_ms: 2 * H,
      median_resolution_ms: 4 * H,
    });
    expect(s.per_staff).toEqual([
      {
        staff: 'staff-a',
        tickets: 2,
        rated: 2,
        average_rating: 3.5,
        median_first_reply_ms: 2 * H,
        median_resolution_ms: 4 * H,
      },
    ]);
    const embed = statsEmbed(s, '7d');
    expect(embed.description).toContain('rating **3.5**/5 (2 rated)');
    expect(JSON.stringify(embed.fields)).toContain('<@staff-a>');
  });
});
