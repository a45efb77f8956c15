import { Assistant } from '../assistant.js';
import { decideReading, read, type Decision, type Policy, type Reading } from '../decide/decision.js';
import type { EvalCase } from './eval-score.js';
import { type GuideFile, importGuide, importGuidePages } from '../import/import-guide.js';
import { buildKnowledge } from '../knowledge/knowledge.js';
import { formatKnowledgeError } from '../knowledge/knowledge-source.js';
import type { Knowledge } from '../knowledge/topic.js';

/**
 * Answer quality across guides, as a team that imports its own guide meets it: each guide is imported
 * as it is, asked questions written blind for it, and scored on what a member would see.
 */

/** One guide of the corpus with its labelled questions, read into memory by the caller. */
export interface GuideSource {
  name: string;
  /**
   * A guide to import (`fileName` decides the format), a docs folder's pages to import as one guide, or a
   * knowledge folder already built.
   */
  guide: GuideFile | { folderName: string; pages: GuideFile[] } | { knowledge: Knowledge };
  /** Labelled questions; `expect` names headings for an imported guide, topic ids for a knowledge folder. */
  cases: EvalCase[];
}

export interface PreparedGuide {
  name: string;
  assistant: Assistant;
  /** The questions with `expect` mapped to topic ids. */
  cases: EvalCase[];
  /** Labels that name no heading of the imported guide (their questions are left out, and reported). */
  unresolved: string[];
  /** Each question read once (normalised and searched), in `cases` order. */
  readings: Reading[];
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Import (when needed), index, and read every question once. */
export function prepareGuide(source: GuideSource): PreparedGuide {
  let knowledge: Knowledge;
  let idOf = (label: string): string[] => [label];
  if ('knowledge' in source.guide) {
    knowledge = source.guide.knowledge;
  } else {
    const imported =
      'pages' in source.guide
        ? importGuidePages({ folderName: source.guide.folderName, files: source.guide.pages, allowedHosts: [] })
        : importGuide({ fileName: source.guide.fileName, text: source.guide.text, allowedHosts: [] });
    const built = buildKnowledge({
      files: imported.topics.map((t) => ({ name: t.file, text: t.text })),
      allowedHostsText: '',
    });
    if (!built.ok)
      throw new Error(
        `${source.name}: the imported guide is not valid: ${built.errors.map(formatKnowledgeError).join('; ')}`,
      );
    knowledge = built.knowledge;
    // Labels name headings as the guide writes them; the import report keeps each topic's heading.
    // A heading written twice ("Related articles", a page title repeated as its first sub-heading) names
    // every topic that carries it.
    const byHeading = new Map<string, string[]>();
    for (const t of imported.report.topics)
      byHeading.set(fold(t.heading), [...(byHeading.get(fold(t.heading)) ?? []), t.id]);
    idOf = (label) => byHeading.get(fold(label)) ?? [];
  }
  const unresolved: string[] = [];
  const cases: EvalCase[] = [];
  for (const c of source.cases) {
    if (!Array.isArray(c.expect)) {
      cases.push(c);
      continue;
    }
    const ids = c.expect.flatMap((label) => {
      const found = idOf(label).filter((id) => knowledge.byId.has(id));
      if (found.length === 0) unresolved.push(label);
      return found;
    });
    if (ids.length > 0) cases.push({ ...c, expect: ids });
  }
  const assistant = new Assistant(knowledge);
  return {
    name: source.name,
    assistant,
    cases,
    unresolved,
    readings: cases.map((c) => read(assistant.index, c.q, assistant.policy)),
  };
}

/** What members saw, counted the way the product promises it. */
export interface GuideFigures {
  inScope: number;
  /** Answered with a right topic. */
  right: number;
  /** Right, or a "did you mean" that offers a right topic. */
  helped: number;
  /** Answered with a topic that is not right. */
  wrong: number;
  /** Off-topic questions. */
  offTopic: number;
  offTopicAnswered: number;
  offTopicEscalated: number;
  smallTalk: number;
  smallTalkIgnored: number;
  /** In-scope questions met with silence. */
  inScopeIgnored: number;
}

export const EMPTY_FIGURES: GuideFigures = {
  inScope: 0,
  right: 0,
  helped: 0,
  wrong: 0,
  offTopic: 0,
  offTopicAnswered: 0,
  offTopicEscalated: 0,
  smallTalk: 0,
  smallTalkIgnored: 0,
  inScopeIgnored: 0,
};

export function tally(cases: readonly EvalCase[], decisions: readonly Decision[]): GuideFigures {
  const f = { ...EMPTY_FIGURES };
  cases.forEach((c, i) => {
    const d = decisions[i]!;
    if (Array.isArray(c.expect)) {
      const ok = (id: string | undefined) => id !== undefined && c.expect.includes(id);
      f.inScope++;
      const right = d.action === 'answer' && ok(d.topic?.id);
      if (right) f.right++;
      if (right || (d.action === 'suggest' && d.alternatives.some((t) => ok(t.id)))) f.helped++;
      if (d.action === 'answer' && !right) f.wrong++;
      if (d.action === 'ignore') f.inScopeIgnored++;
    } else if (c.expect === 'escalate') {
      f.offTopic++;
      if (d.action === 'answer') f.offTopicAnswered++;
      if (d.action === 'escalate') f.offTopicEscalated++;
    } else {
      f.smallTalk++;
      if (d.action === 'ignore') f.smallTalkIgnored++;
    }
  });
  return f;
}

export function addFigures(a: GuideFigures, b: GuideFigures): GuideFigures {
  const out = { ...a };
  for (const k of Object.keys(out) as Array<keyof GuideFigures>) out[k] += b[k];
  return out;
}

export function scoreGuide(g: PreparedGuide, policy: Policy): GuideFigures {
  return tally(
    g.cases,
    g.readings.map((r) => decideReading(r, policy)),
  );
}

/**
 * A taught guide scored as the bot serves it: every question asked of the Assistant, so its labelled questions
 * and language packs take part (scoreGuide reads only the guide's own index, which the fitted cut-offs judge).
 */
export function scoreServed(g: PreparedGuide): GuideFigures {
  return tally(
    g.cases,
    g.cases.map((c) => g.assistant.ask(c.q)),
  );
}

/** The figures as shares of their category, for tables and for choosing settings. */
export function rates(
  f: GuideFigures,
): Record<'right' | 'helped' | 'wrong' | 'offTopicAnswered' | 'offTopicEscalated' | 'smallTalkIgnored', number> {
  const share = (n: number, d: number) => (d === 0 ? 0 : n / d);
  return {
    right: share(f.right, f.inScope),
    helped: share(f.helped, f.inScope),
    wrong: share(f.wrong, f.inScope),
    offTopicAnswered: share(f.offTopicAnswered, f.offTopic),
    offTopicEscalated: share(f.offTopicEscalated, f.offTopic),
    smallTalkIgnored: share(f.smallTalkIgnored, f.smallTalk),
  };
}
