import { beforeAll, describe, expect, it } from 'vitest';
import { Assistant } from '../../src/core/assistant.js';
import { decideFromSearch } from '../../src/core/decide/decision.js';
import { THRESHOLDS } from '../../src/core/tuning.js';
import { loadKnowledge } from '../../src/app/knowledge-folder.js';
import type { SearchResult } from '../../src/core/search/search-index.js';
import type { Topic } from '../../src/core/knowledge/topic.js';

let assistant: Assistant;

beforeAll(async () => {
  const loaded = await loadKnowledge('knowledge');
  if (!loaded.ok) throw new Error(`knowledge did not load: ${JSON.stringify(loaded.errors)}`);
  assistant = new Assistant(loaded.knowledge);
});

describe('answer: the member gets the right topic, typos and all', () => {
  it.each([
    ['forgot pasword', 'reset-password'],
    ['i forgot my pw', 'reset-password'],
    ['passwort vergessen', 'reset-password'],
    ['olvidé mi contraseña', 'reset-password'],
    ['acount locked', 'account-locked'],
    ['account is locked after too many tries', 'account-locked'],
    ['verfication code never came', 'verification-code'],
    ['verifcation code not recieved', 'verification-code'],
    ['my code never came', 'verification-code'],
    ['my pasword is wrong', 'wrong-credentials'],
    ['email or password is incorrect', 'wrong-credentials'],
    ['loggin page not loading', 'browser-app-issues'],
    ['how do i log in', 'log-in'],
    ['where do i turn on 2fa', 'two-factor'],
    ['is this link legit', 'phishing-links'],
    ['is public wifi safe for logging in', 'public-wifi'],
    ['how do i make an acount', 'create-account'],
    ['talk to a human', 'contact-support'],
  ])('answers %j with %s', (question, topicId) => {
    const d = assistant.ask(question);
    expect(d.action).toBe('answer');
    expect(d.topic?.id).toBe(topicId);
  });
});

describe('the classifier: long messages with backstory, and off-topic questions in sign-in words', () => {
  it.each([
    [
      'tried logging in like ten times from my phone with what i thought was my password and now it says try again later, what do i do',
      'answer',
      'account-locked',
    ],
    [
      'i got an email saying my subscription is ending and to click a link to sign in and confirm my card details, it looks a bit off, is it real',
      'answer',
      'phishing-links',
    ],
    [
      'the login page just keeps spinning in edge on my work laptop, works fine on my phone',
      'answer',
      'browser-app-issues',
    ],
    ['how do i turn off the verification code every time i sign in', 'escalate', null],
    ['my activation code says it is already in use', 'escalate', null],
    ['back from lunch, my sandwich was terrible', 'ignore', null],
    ['good evening from a snowy berlin', 'ignore', null],
  ])('%j → %s %s', (question, action, topicId) => {
    const d = assistant.ask(question);
    expect(d.action).toBe(action);
    expect(d.topic?.id ?? null).toBe(topicId);
  });
});

describe('suggest: a genuinely ambiguous question gets choices, not a guess', () => {
  it('offers several password topics for the bare word "password"', () => {
    const d = assistant.ask('password');
    expect(d.action).toBe('suggest');
    expect(d.alternatives.length).toBeGreaterThanOrEqual(2);
    expect(d.alternatives.map((t) => t.id)).toContain('reset-password');
  });

  it('suggests when two topics tie exactly, and answers when one leads', () => {
    const topic = (id: string) => ({ id }) as Topic;
    const result = (a: number, b: number): SearchResult => ({
      hits: [
        {
          topic: topic('reset-password'),
          score: a,
          match: a,
          fit: 0,
          cover: a,
          headCover: a,
          titleRecall: a,
          bm25: a,
          passage: 0,
          pairs: 0,
          overview: 0,
          childHead: 0,
        },
        {
          topic: topic('wrong-credentials'),
          score: b,
          match: b,
          fit: 0,
          cover: b,
          headCover: b,
          titleRecall: b,
          bm25: b,
          passage: 0,
          pairs: 0,
          overview: 0,
          childHead: 0,
        },
      ],
      terms: ['password'],
      unknown: [],
      otherSubjects: [],
      notCovered: 0,
      smallTalk: 0,
      unknownShare: 0,
    });
    expect(decideFromSearch('q', false, result(0.8, 0.8)).action).toBe('suggest');
    expect(decideFromSearch('q', false, result(0.8, 0.8 - THRESHOLDS.margin - 0.05)).action).toBe('answer');
  });
});

describe('decideFromSearch: the cut-offs on (best score, runner-up score)', () => {
  const topic = (id: string) => ({ id }) as Topic;
  const result = (best: number, second: number, notCovered = 0): SearchResult => ({
    hits: [
      {
        topic: topic('reset-password'),
        score: best,
        match: best,
        fit: 0,
        cover: best,
        headCover: best,
        titleRecall: best,
        bm25: best,
        passage: 0,
        pairs: 0,
        overview: 0,
        childHead: 0,
      },
      {
        topic: topic('wrong-credentials'),
        score: second,
        match: second,
        fit: 0,
        cover: second,
        headCover: second,
        titleRecall: second,
        bm25: second,
        passage: 0,
        pairs: 0,
        overview: 0,
        childHead: 0,
      },
    ],
    terms: ['password'],
    unknown: [],
    otherSubjects: [],
    notCovered,
    smallTalk: 0,
    unknownShare: 0,
  });
  // Relative to the calibrated bar, so re-tuning moves the numbers, not the behaviour.
  const bar = THRESHOLDS.escalateBelow;
  it.each([
    [0.95, 0.2, 'answer', 'a strong clear winner'],
    [bar + 0.05, 0.1, 'answer', 'a moderate score with a big lead'],
    [bar - 0.02, bar - 0.3, 'escalate', 'just under the bar, even with a lead'],
    [0.3 * bar, 0.0, 'escalate', 'a weak best score, even alone'],
    [0.7, 0.7 - THRESHOLDS.margin / 2, 'suggest', 'two topics within the tie margin'],
  ])('best %d, runner-up %d → %s (%s)', (best, second, action) => {
    expect(decideFromSearch('q', false, result(best, second)).action).toBe(action);
  });
  it('the same clear winner is escalated when the question reads like the off-topic examples', () => {
    const best = bar + 0.1;
    expect(decideFromSearch('q', false, result(best, 0.1, 0)).action).toBe('answer');
    expect(decideFromSearch('q', false, result(best, 0.1, 0.9)).action).toBe('escalate');
    expect(decideFromSearch('q', false, result(best, 0.1, 0.9)).confidence).toBeLessThan(best);
  });
});

describe('escalate: product questions the sign-in guide does not cover go to staff', () => {
  it.each([
    'how do i cancel my subscription',
    'is kaspersky compatible with linux',
    'how much does premium cost',
    'can i get a refund for my license',
    'vpn keeps disconnecting',
    'my steam password got stolen',
    'how do i change the email on my account',
    // "account" and "password" once counted as filler (Spanish "cuenta" and "pw" are stop words that read as them),
    // so this request read as saying nothing and got silence.
    'delete my account permanently',
  ])('escalates %j', (question) => {
    const d = assistant.ask(question);
    expect(d.action).toBe('escalate');
    expect(d.topic).toBeNull();
  });
});

describe('ignore: small talk and empty messages get no reply', () => {
  it.each([
    ['a greeting', 'hi'],
    ['a good-morning', 'gm everyone'],
    ['thanks', 'thanks!'],
    ['a long thank-you', 'thank you so much'],
    ['a thumbs-up emoji', '👍'],
    ['"ok"', 'ok'],
    ['"nvm fixed it"', 'nvm fixed it'],
    ['"lol"', 'lol'],
    ['only punctuation', '???'],
    ['a mention plus thanks', '<@123456789012345678> thanks'],
    ['"anyone here?"', 'anyone here?'],
    ['an empty message', ''],
    ['only whitespace', ' \n\t '],
  ])('ignores %s (%j)', (_label, message) => {
    const d = assistant.ask(message);
    expect(d.action).toBe('ignore');
    expect(d.topic).toBeNull();
  });
});

describe('jokes told in the channel get silence, not a ticket (their words name subjects: virus, firewall)', () => {
  it.each([
    ['a riddle with its punchline', 'why did the laptop go to therapy? too many tabs open 🤣'],
    ['a knock-knock joke', "knock knock, who's there? firewall. firewall who? 😂"],
  ])('ignores %s (%j)', (_label, message) => {
    expect(assistant.ask(message).action).toBe('ignore');
  });

  it.each([
    [
      'a real question said with a laugh',
      "why does the code expire so fast, it's been 2 minutes lol",
      'verification-code',
    ],
    ['a question about the member themself', 'why did my code expire so fast? lol', 'verification-code'],
  ])('still answers %s (%j)', (_label, message, topic) => {
    const d = assistant.ask(message);
    expect([d.action, d.topic?.id]).toEqual(['answer', topic]);
  });
});

describe('secrets in a question', () => {
  it('still answers "my password is hunter2 and it says wrong" but never keeps the password', () => {
    const d = assistant.ask('my password is hunter2 and it says wrong');
    expect(d.secret).toBe(true);
    expect(d.question).not.toContain('hunter2');
    expect(d.action).toBe('answer');
    expect(d.topic?.id).toBe('wrong-credentials');
  });
});

describe('chatter gets silence, other subjects get a human', () => {
  let assistant: Assistant;
  beforeAll(async () => {
    const loaded = await loadKnowledge('knowledge');
    if (!loaded.ok) throw new Error('knowledge/ does not load');
    assistant = new Assistant(loaded.knowledge);
  });
  it.each([
    ['thx bro that worked', 'ignore'],
    ['ahh ok', 'ignore'],
    ['oops wrong channel', 'ignore'],
    ['refund pls', 'escalate'],
    ['vpn keeps dropping', 'escalate'],
    ['my subscription expired', 'escalate'],
    ['ok that finally fixed it, thank you all so much for the patience tonight', 'ignore'],
    ['cheers, sorted now, off to make dinner', 'ignore'],
    ['thanks in advance, how do i get a refund?', 'escalate'],
    ['thanks, my vpn still drops every hour', 'escalate'],
    ['thanks but it still says my password is wrong', 'answer'],
  ])('%j → %s', (q, action) => {
    expect(assistant.ask(q).action).toBe(action);
  });
});

describe('a question naming another subject needs a clearer match to be answered', () => {
  const topic = { id: 'two-factor' } as Topic;
  const withSubject = (score: number): SearchResult => ({
    hits: [
      {
        topic,
        score,
        match: score,
        fit: 0,
        cover: score,
        headCover: score,
        titleRecall: score,
        bm25: score,
        passage: 0,
        pairs: 0,
        overview: 0,
        childHead: 0,
      },
    ],
    terms: ['twofactor'],
    unknown: ['vpn'],
    otherSubjects: ['vpn'],
    notCovered: 0,
    smallTalk: 0,
    unknownShare: 0,
  });
  it('a score just above the plain bar is answered without another subject, escalated with one', () => {
    const score = THRESHOLDS.escalateBelow + THRESHOLDS.subjectBar / 2;
    expect(decideFromSearch('q', false, { ...withSubject(score), unknown: [], otherSubjects: [] }).action).toBe(
      'answer',
    );
    expect(decideFromSearch('q', false, withSubject(score)).action).toBe('escalate');
  });
});
