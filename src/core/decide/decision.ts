import { ROMAN_HINDI_FILLER, THANKS_OR_SOLVED } from '../normalise/lexicon.js';
import { cleanText, plainWords, term } from '../normalise/normalise.js';
import type { SearchIndex, SearchResult } from '../search/search-index.js';
import { containsSecret, redactSecrets } from '../normalise/secrets.js';
import {
  asksSomething,
  closesConversation,
  isChatterStatement,
  isClassicJoke,
  isIdleRemark,
  isJoke,
  asksForJoke,
  describesOnlyTheDay,
  WEEKDAYS,
  isQuip,
  isSmallTalk,
  isSocial,
  movesOn,
  reportsSolved,
  reportsTrouble,
} from './small-talk.js';
import { FILLER_TERMS, isOtherSubject } from '../normalise/filler-words.js';
import { asksInItsLanguage, isForeignChat, isForeignRemark, isForeignRiddle } from './foreign-remark.js';
import { asksAbroad, readInEnglish } from '../normalise/cross-language.js';
import type { Topic } from '../knowledge/topic.js';
import { DECISION, THRESHOLDS, type Thresholds } from '../tuning.js';
import { judge, type GuideModel, type Judgement } from './answer-model.js';
import { searchesWithoutEachWord } from '../search/leave-one-word-out.js';

export type Action = 'answer' | 'suggest' | 'escalate' | 'clarify' | 'ignore';

interface DecisionBase {
  /** 0..1: the best topic's score; 1 for small talk, which is certain. */
  confidence: number;
  /** Other close topics, best first: related ones under an answer, the ones offered by suggest, staff's hints on escalate. */
  alternatives: Topic[];
  /** The question as safe plain text, secrets redacted: what may be shown or stored. */
  question: string;
  /** The message looked like it carried a password, code, key or token. */
  secret: boolean;
  /** The language to reply in (BCP 47: "en", "pt-BR", "ja"), set by the Assistant; English when absent. */
  lang?: string;
}

/**
 * What to do with one message, by action: `answer` with a topic; `suggest` the alternatives, `topic` being
 * the best guess; `escalate` to a person; `clarify`: ask the member what is wrong, for a bare request for help that
 * names nothing to search for (see bare-request.ts); `ignore` (small talk). Only answer and suggest carry a topic.
 */
export type Decision =
  | (DecisionBase & { action: 'answer'; topic: Topic })
  | (DecisionBase & { action: 'suggest'; topic: Topic })
  | (DecisionBase & { action: 'escalate'; topic: null })
  | (DecisionBase & { action: 'clarify'; topic: null })
  | (DecisionBase & { action: 'ignore'; topic: null });

/** A bare request for help, in `lang` (see bare-request.ts): nothing is searched, the member is asked what is wrong. */
export function clarification(raw: string, lang: string): Decision {
  return { action: 'clarify', topic: null, confidence: 1, alternatives: [], ...screened(raw), lang };
}

/** A message as it may be shown or stored: cleaned, and redacted when it looks like it carries a secret. */
function screened(raw: string): { question: string; secret: boolean } {
  const text = cleanText(raw);
  const secret = containsSecret(text);
  return { question: secret ? redactSecrets(text) : text, secret };
}

/** The same message met with silence: no topic, nothing offered. */
export const silenced = (decision: Decision): Decision => ({
  ...decision,
  action: 'ignore',
  topic: null,
  alternatives: [],
});

export function decideFromSearch(
  question: string,
  secret: boolean,
  result: SearchResult,
  th: Thresholds = THRESHOLDS,
): Decision {
  const [best, second] = result.hits;
  const base = { question, secret };
  /** The best topic's score, less the doubt that the guide covers the question at all. */
  const evidence = Math.max(0, (best?.score ?? 0) - th.notCoveredWeight * result.notCovered);
  const escalate = (): Decision => ({
    ...base,
    action: 'escalate',
    topic: null,
    confidence: evidence,
    alternatives: result.hits
      .slice(0, th.maxSuggestions)
      .filter((h) => h.score >= th.escalateBelow * DECISION.escalationAlternativeShare)
      .map((h) => h.topic),
  });
  const bar = th.escalateBelow + (result.otherSubjects.length > 0 ? th.subjectBar : 0);
  if (!best || evidence < bar) return escalate();
  const lead = best.score - (second?.score ?? 0);
  if (lead < th.margin) {
    const offered = result.hits.filter((h) => h.score >= best.score * th.suggestShare).slice(0, th.maxSuggestions);
    return {
      ...base,
      action: 'suggest',
      topic: best.topic,
      confidence: evidence,
      alternatives: offered.map((h) => h.topic),
    };
  }
  if (evidence + th.leadWeight * lead >= Math.max(th.answerAt, bar)) {
    return {
      ...base,
      action: 'answer',
      topic: best.topic,
      confidence: evidence,
      alternatives: result.hits
        .slice(1, 1 + DECISION.maxRelated)
        .filter((h) => h.score >= best.score * th.suggestShare)
        .map((h) => h.topic),
    };
  }
  return escalate();
}

/**
 * How a guide turns search results into a decision. A guide that has been taught with labelled member
 * questions (examples.jsonl) is judged by its own classifier and the cut-offs cross-validated on those
 * examples; any other guide by the answer model fitted across many guides, whose signals mean the same
 * on a guide it has never seen.
 */
export type Policy = { kind: 'taught'; thresholds: Thresholds } | { kind: 'model'; model: GuideModel };

/** A message read once: cleaned, secrets redacted, searched. Deciding from it is cheap, so eval can try many policies. */
export interface Reading {
  question: string;
  secret: boolean;
  /** Greetings, thanks, reactions, or nothing searchable at all: silence, whatever the guide. */
  chatter: boolean;
  result: SearchResult;
  /**
   * On a guide the answer model judges, the question searched again without each of its words in turn (see
   * leave-one-word-out.ts); empty otherwise.
   */
  without: SearchResult[];
  /** How long the member's message is, in words (for a line read in English through the lexicon, its own length). */
  words: number;
  /** Words the guide knows that are not everyday filler: what the message says about the product. */
  content: number;
  /** Thanks or "solved", asking nothing and reporting no trouble ("gracias pero no funciona" is not). */
  thanks: boolean;
  /**
   * Not chatter, yet a line that asks nothing of support whatever the guide holds: a chat with the group or the
   * bot, a remark about one's day (naming no other subject), a thank-you that says the problem is gone.
   */
  asksNothing: boolean;
  /**
   * Not chatter, read for a guide judged by the answer model: a remark in another language, with no word of asking
   * or trouble in it (see foreign-remark.ts).
   */
  foreignRemark: boolean;
  /** Not chatter: a riddle told in another language, its punchline with a laugh (see isForeignRiddle). */
  foreignRiddle: boolean;
  /** A joke or a sigh told with a laugh, asking nothing and reporting nothing wrong (see isQuip). */
  quip: boolean;
  /**
   * False for a line read in English through the lexicon: the words searched are a bag of the lexicon's, not the
   * member's wording, and the answer model judges it as a line whose wording it cannot read (GuideModel.unread).
   */
  ownWording?: boolean;
}

/** message → normalise → search. `unread`: words of the message `raw` leaves out (see SearchIndex.search). */
export function read(index: SearchIndex, raw: string, policy: Policy, unread = 0): Reading {
  const { question, secret } = screened(raw);
  const words = plainWords(question);
  // Whether the line asks or names trouble in its own language's words: read once, and only for a line one of the
  // chat rules below would otherwise silence.
  let ownAsking: boolean | undefined;
  const asksInOwnWords = () => (ownAsking ??= asksInItsLanguage(question, words));
  const thanks =
    !question.includes('?') &&
    words.some((w) => THANKS_OR_SOLVED.has(w)) &&
    !asksSomething(words) &&
    // "gracias pero no funciona" reports trouble; "nvm fixed it, was the wrong layer" tells a solved one.
    (!reportsTrouble(words) || reportsSolved(question)) &&
    // "thanks, it renders now! but the subtitles are out of sync": thanks, then a new report.
    !movesOn(question) &&
    // "merci, mais comment je partage un dossier": thanks, then a question in its own words.
    !asksInOwnWords();
  if (isSmallTalk(question))
    return {
      question,
      secret,
      chatter: true,
      result: EMPTY_RESULT,
      without: [],
      words: words.length,
      content: 0,
      thanks,
      asksNothing: false,
      foreignRemark: false,
      foreignRiddle: false,
      quip: false,
    };
  const result = index.search(question, DECISION.searchDepth, policy.kind === 'taught' ? 'coverage' : 'bm25', unread);
  // Nothing searchable at all ("can you help me?"): silence beats a ticket template for a vague line; and a
  // greeting or a cheer that names the product in passing asks nothing of anyone.
  const content = result.terms.filter((t) => !FILLER_TERMS.has(t) && !DAYS_OF_THE_WEEK.has(t)).length;
  const noSubject = result.otherSubjects.every((s) => describesOnlyTheDay(words, s));
  // The chatter rules read English; a line in another script that asks or names trouble in its own words is not
  // chatter whatever English words it mixes in. A ping or a "brb" in another language is, whatever guide word it
  // happens to spell ("y a quelqu'un ?" is no question about a folder).
  const chatter =
    (result.terms.length === 0 && result.unknown.length === 0) ||
    (noSubject && isChatterStatement(question, content) && !asksInOwnWords()) ||
    isForeignChat(question, words);
  // Read once here, not in decideReading (eval decides each reading under thousands of candidate cut-offs), and only
  // for a line that is not chatter already. Naming no other subject, a line that closes the conversation is chatter.
  // The idle-remark and foreign-remark rules read a line's asking and trouble words; a line in another language that
  // names what software help is about ("同步", "carpeta", "동기화") may ask in words those rules do not list, so it
  // keeps its reply (read last: only for a line those rules would silence).
  const asksNothing =
    !chatter &&
    (noSubject
      ? isSocial(question, words, content) ||
        (isIdleRemark(question, words, content) && !asksAbroad(question) && !asksInOwnWords())
      : closesConversation(question, words));
  // Told in English only: "bruh … kaise laau" asks, in words the English rules do not read.
  const quip =
    !chatter &&
    isQuip(question, words) &&
    !words.some((w) => ROMAN_HINDI_FILLER.has(w)) &&
    readInEnglish(question).foreign === 0;
  const foreignRemark = !chatter && policy.kind === 'model' && isForeignRemark(question, words);
  const foreignRiddle = !chatter && isForeignRiddle(question, words);
  const without =
    !chatter && policy.kind === 'model' && result.hits.length > 0
      ? searchesWithoutEachWord(index, question, DECISION.searchDepth, 'bm25', unread)
      : [];
  return {
    question,
    secret,
    chatter,
    result,
    without,
    words: words.length,
    content,
    thanks,
    asksNothing,
    foreignRemark,
    foreignRiddle,
    quip,
  };
}

/**
 * "monday again. ugh", "cant believe its already friday": the days of the week say what a chat line is about, never
 * what the member asks of the guide, so they do not count as its content (a search still reads them: "repeat it on
 * the friday before" asks about a schedule).
 */
const DAYS_OF_THE_WEEK: ReadonlySet<string> = new Set([...WEEKDAYS, 'weekend'].map(term));

const EMPTY_RESULT: SearchResult = {
  hits: [],
  otherSubjects: [],
  terms: [],
  unknown: [],
  notCovered: 0,
  smallTalk: 0,
  unknownShare: 0,
};

/** decide, for a message already read. */
export function decideReading(r: Reading, policy: Policy, judged?: Judgement): Decision {
  const { question, secret, result } = r;
  if (r.chatter) return { action: 'ignore', topic: null, confidence: 1, alternatives: [], question, secret };
  const judgement =
    policy.kind === 'model'
      ? (judged ?? judge(result, question, policy.model, r.words, r.without, { wording: r.ownWording !== false }))
      : null;
  let decision =
    policy.kind === 'taught'
      ? decideFromSearch(question, secret, { ...result, hits: result.hits.slice(0, 5) }, policy.thresholds)
      : decideWithModel(question, secret, result, policy.model, judgement!);
  // The wording model learned questions against off-topic questions, never chat, and a word the guide never uses tells
  // it nothing: a line only its wording lifts into a "did you mean" (the unread judge would escalate it) is held to the
  // rules for escalated lines below, and a short one about a word the guide never uses ("how make karaoke") keeps its
  // ticket. The unread judge is asked only when one of those rules would act on its answer: it is a second judgement
  // of the line, on the path every message takes.
  let plain: Decision | undefined;
  const plainly = (): Decision => {
    if (plain) return plain;
    plain =
      policy.kind === 'model' && decision.action === 'suggest' && judgement!.wordingRead
        ? decideWithModel(
            question,
            secret,
            result,
            policy.model,
            judgement!.plain ?? judge(result, question, policy.model, r.words, r.without, { wording: false }),
          )
        : decision;
    return plain;
  };
  if (
    decision.action === 'suggest' &&
    r.words <= DECISION.maxChatterWords &&
    asksAboutUnknown(question, result) &&
    plainly().action === 'escalate'
  )
    decision = plainly();
  // A message that matches nothing well is chatter when it is a few words naming no other subject ("ahh ok",
  // "oops wrong channel"); when it reads more like the small-talk examples than like an off-topic question
  // ("back, had to get the kids from school"), and, naming another subject, more likely small talk than not
  // ("lifesaver, my laptop nearly went out the window"); or when it thanks or says it is solved, asks nothing
  // and names no other subject, however long. A ticket template in reply to chatter is the spam members mute
  // bots for.
  const subject = result.otherSubjects.length > 0;
  // On a guide judged by the answer model, a short line that names something the guide covers is a search-box
  // question ("hotkey mute"), not chatter: it gets the ticket template rather than silence; so does one that asks
  // about a word the guide never uses ("how make subfolder").
  const fewWords =
    r.words <= DECISION.maxChatterWords &&
    !subject &&
    (policy.kind === 'taught' || (r.content === 0 && !asksAboutUnknown(question, result)));
  // On a guide the answer model judges, the team may have labelled a handful of questions: each of the examples' two
  // classes then takes a few hundredths, and the larger crumb is no reading. Half of a blind guide's questions taught
  // that way silenced a third of its other off-topic questions, so there the small-talk class must carry the line.
  const readsAsChatter =
    result.smallTalk > result.notCovered &&
    ((policy.kind === 'taught' && !subject) || result.smallTalk >= DECISION.chatterSmallTalk);
  const thanks = r.thanks && !subject;
  // A joke or a sigh told with a laugh is silenced only when the guide cannot place it: one the answer model reads as
  // in scope ("every purchase came in as income lol, all the signs are backwards") is a symptom said with a laugh.
  if (
    (fewWords || readsAsChatter || thanks || r.quip) &&
    (decision.action === 'escalate' || plainly().action === 'escalate')
  ) {
    return silenced(decision);
  }
  // Lines that ask nothing of support: a chat with the group or the bot, a remark about one's day, a thank-you that
  // says the problem is gone, a remark in another language. Neither a ticket template nor a "did you mean" is a fitting
  // reply; on an imported guide neither are steps, however well its words match a topic ("anyone else here from the
  // uk?", "what's everyone having for lunch").
  if (decision.action === 'answer' && policy.kind === 'model' && r.asksNothing) return silenced(decision);
  if (
    (decision.action === 'escalate' || decision.action === 'suggest') &&
    (r.asksNothing ||
      // Offered topics for a line in another language rest on the product words it shares with the guide: those stay.
      (policy.kind === 'model' && (decision.action === 'escalate' || r.content === 0) && r.foreignRemark))
  ) {
    return silenced(decision);
  }
  // A joke names subjects (virus, firewall, windows) but asks nothing of staff: no ticket, no "did you mean". One
  // whose words match a topic well enough to answer is more likely a real question said with a laugh, and keeps
  // its answer, unless it is told in a form only jokes take (knock-knock, "why did the X break up with the Y").
  if (
    (decision.action === 'answer' && isClassicJoke(question)) ||
    ((decision.action === 'escalate' || decision.action === 'suggest') &&
      (isJoke(question) || asksForJoke(question) || r.foreignRiddle))
  ) {
    return silenced(decision);
  }
  return decision;
}

/** A line that asks something about a word the guide never uses, other than everyday filler or another subject. */
function asksAboutUnknown(question: string, result: SearchResult): boolean {
  return result.unknown.some((u) => !FILLER_TERMS.has(u) && !isOtherSubject(u)) && asksSomething(plainWords(question));
}

/**
 * Which of the model's cut-offs a judgement meets: the only way they reach a decision (fitting the cut-offs relies on
 * it, deciding each line once per outcome rather than once per candidate setting). A line whose wording the style model
 * read is judged by the cut-offs fitted with it; any other by the unread judge's.
 */
export function cutOffsMet(
  judged: Pick<Judgement, 'inScope' | 'bestIsRight' | 'wordingRead'>,
  model: Pick<GuideModel, 'answerAt' | 'answerScope' | 'suggestAt' | 'unread'>,
): { answers: boolean; offers: boolean } {
  const cut = judged.wordingRead ? model : model.unread;
  return {
    answers: judged.bestIsRight >= cut.answerAt && judged.inScope >= cut.answerScope,
    offers: judged.inScope >= cut.suggestAt,
  };
}

/**
 * The answer model's decision: answer the best-ranked topic when it is likely right and the question likely
 * in scope; otherwise offer the closest topics when the question likely is in scope; otherwise hand over to
 * a person.
 */
export function decideWithModel(
  question: string,
  secret: boolean,
  result: SearchResult,
  model: GuideModel,
  judged = judge(result, question, model),
): Decision {
  const { ranked, bestIsRight } = judged;
  const [best] = ranked;
  const base = { question, secret };
  if (!best) return { ...base, action: 'escalate', topic: null, confidence: 0, alternatives: [] };
  const offered = ranked.slice(0, model.maxSuggestions).map((t) => t.topic);
  const { answers, offers } = cutOffsMet(judged, model);
  if (answers) {
    return {
      ...base,
      action: 'answer',
      topic: best.topic,
      confidence: bestIsRight,
      alternatives: ranked
        .slice(1, 1 + DECISION.maxRelated)
        .filter((t) => t.p >= best.p / 2)
        .map((t) => t.topic),
    };
  }
  if (offers) return { ...base, action: 'suggest', topic: best.topic, confidence: best.p, alternatives: offered };
  return { ...base, action: 'escalate', topic: null, confidence: best.p, alternatives: offered };
}

/** message → normalise → search → decide: the whole core path for one question. */
export function decide(
  index: SearchIndex,
  raw: string,
  policy: Policy = { kind: 'taught', thresholds: THRESHOLDS },
): Decision {
  return decideReading(read(index, raw, policy), policy);
}
