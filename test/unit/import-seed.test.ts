import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEV_QUESTIONS, SEED_FILE, seedUnofficialLink } from '../support/shared.js';
import { Assistant } from '../../src/core/assistant.js';
import { importGuide } from '../../src/core/import/import-guide.js';
import { buildKnowledge } from '../../src/core/knowledge/knowledge.js';
import { loadKnowledge } from '../../src/app/knowledge-folder.js';
import { parseAllowedHosts } from '../../src/core/knowledge/links.js';
import { terms } from '../../src/core/normalise/normalise.js';

const SEED = SEED_FILE;
const DEV = DEV_QUESTIONS;
const unofficial = seedUnofficialLink();
const allowedHostsText = readFileSync(new URL('../../knowledge/allowed-hosts.txt', import.meta.url), 'utf8');
const { topics, report } = importGuide({
  fileName: 'kaspersky-login.txt',
  text: readFileSync(SEED, 'utf8'),
  allowedHosts: parseAllowedHosts(allowedHostsText),
});
const built = buildKnowledge({ files: topics.map((t) => ({ name: t.file, text: t.text })), allowedHostsText });

describe('importing the seed guide (rst in a .txt file)', () => {
  it('gives at least 15 topics, including its bold sub-sections', () => {
    expect(report.format).toBe('rst');
    expect(topics.length).toBeGreaterThanOrEqual(15);
    const titles = report.topics.map((t) => t.title);
    // "What you need" items, common login problems and safety tips
    for (const t of [
      'Registered Account',
      'Point of Access',
      'Password Lost',
      'Account Locked',
      'Verification Code Not Received',
      'Enable Two-Factor Authentication',
      'Avoid Public Wi-Fi',
    ]) {
      expect(titles).toContain(t);
    }
  });

  it('turns the six "**Step N: …**" pseudo-headings into six steps of the login topic', () => {
    expect(report.topics.find((t) => t.id === 'how-to-log-into-your-kaspersky-account')).toMatchObject({
      steps: 6,
      stepsFrom: 'step headings',
    });
  });

  it('passes buildKnowledge validation', () => {
    expect(built.ok ? [] : built.errors).toEqual([]);
  });

  it('drops the unofficial login link (image :target:) and no file mentions its host', () => {
    expect(report.droppedLinks.map((d) => d.url)).toEqual([unofficial.url]);
    for (const t of topics) expect(t.text.toLowerCase()).not.toContain(unofficial.host);
  });

  it('is stable: importing twice gives the same files', () => {
    const again = importGuide({
      fileName: 'kaspersky-login.txt',
      text: readFileSync(SEED, 'utf8'),
      allowedHosts: parseAllowedHosts(allowedHostsText),
    });
    expect(again.topics).toEqual(topics);
  });
});

/** Normalised word overlap between two titles: shared search terms over the smaller title's terms. */
function overlap(a: string, b: string): number {
  const A = new Set(terms(a));
  const B = new Set(terms(b));
  let shared = 0;
  for (const w of A) if (B.has(w)) shared++;
  return shared / Math.max(1, Math.min(A.size, B.size));
}

describe('the imported seed answers the dev questions (input: ../shared/eval/questions.dev.jsonl)', () => {
  it('answers a sensible share with a topic whose title matches the hand-written one', async () => {
    if (!built.ok) throw new Error('import invalid');
    const hand = await loadKnowledge(new URL('../../knowledge', import.meta.url).pathname);
    if (!hand.ok) throw new Error('hand-written guide invalid');
    const imported = new Assistant(built.knowledge);
    const handAssistant = new Assistant(hand.knowledge);
    const questions = readFileSync(DEV, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { q: string; expect: string[] | string })
      .filter((q): q is { q: string; expect: string[] } => Array.isArray(q.expect));
    let good = 0;
    let handGood = 0;
    for (const { q, expect: ids } of questions) {
      const wanted = ids.map((id) => hand.knowledge.byId.get(id)?.title ?? id);
      const d = imported.ask(q);
      if (d.action === 'answer' && d.topic && wanted.some((t) => overlap(t, d.topic!.title) >= 0.5)) good++;
      const h = handAssistant.ask(q);
      if (h.action === 'answer' && h.topic && ids.includes(h.topic.id)) handGood++;
    }
    const share = good / questions.length;
    console.log(
      `dev questions answered with a matching topic: imported ${good}/${questions.length} (${(share * 100).toFixed(0)}%), hand-written ${handGood}/${questions.length}`,
    );
    // Measured 56% (27/48) when written, 44% (21/48) after the shared answer bar rose from 0.45 to 0.5;
    // the imported guide has no aliases beyond its titles. The floor guards the importer, not the bar.
    expect(share).toBeGreaterThanOrEqual(0.4);
  });
});
