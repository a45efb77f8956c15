import type { Decision } from '../decide/decision.js';
import { discordFences } from './code-fences.js';
import { LIMITS, pages, truncate } from './discord-limits.js';
import { tablesAsLines } from './table-lines.js';
import { t, uiLocale } from '../i18n/messages.js';
import { closestLocale } from '../normalise/locales.js';
import { ticketTemplateText } from '../tickets/ticket-template.js';
import type { Knowledge, LocalizedTopic, Topic } from '../knowledge/topic.js';

/** An answer as a reader sees it, independent of how a platform draws it. */
export interface AnswerView {
  topicId: string;
  title: string;
  /** Intro, numbered steps and notes, in Discord markdown: the first of `pages`. */
  body: string;
  /**
   * The whole of it in pages within the embed description limit: one for nearly every topic; a long imported
   * section is shown page by page ("Show more") rather than cut.
   */
  pages: string[];
  related: Array<{ id: string; title: string }>;
  footer: string;
}

export const TICKET_OFFER = t('en', 'answer.footer');

/** The secret warning in a member's language: delete it, change it, never share it. */
export const secretWarning = (lang?: string): string => `${t(lang, 'secret.warning')} ${t(lang, 'neverShare')}`;
export const SECRET_WARNING = secretWarning('en');

/**
 * A topic as a member reading `lang` sees it: from that language's pack when it has the topic; otherwise
 * the English topic, opened by one line in their language saying it is not translated yet.
 */
export function localizedTopic(
  topic: Topic,
  knowledge: Knowledge,
  lang?: string,
): { topic: Topic; translated: boolean } {
  const l = packTopic(knowledge, topic.id, lang);
  // Not translated: English as it is, with the "not translated yet" line only where the member reads another
  // language the bot has words for (its strings, or a pack that lacks this topic).
  if (!l) return { topic, translated: !lang || (uiLocale(lang) === 'en' && !packLocaleOf(knowledge, lang)) };
  const summary = l.summary ?? topic.summary;
  return {
    topic: { ...topic, title: l.title, summary, intro: l.intro, steps: l.steps, notes: l.notes },
    translated: true,
  };
}

/** A topic in the language pack that serves `lang` (its exact locale, else one of the same language), if any. */
export function packTopic(knowledge: Knowledge, topicId: string, lang?: string): LocalizedTopic | undefined {
  const locale = lang ? packLocaleOf(knowledge, lang) : null;
  return locale ? knowledge.packs.get(locale)?.get(topicId) : undefined;
}

/** Each guide's pack locale per member language, worked out once: a reply asks it for every topic it names. */
const packLocales = new WeakMap<Knowledge, Map<string, string | null>>();
function packLocaleOf(knowledge: Knowledge, lang: string): string | null {
  let known = packLocales.get(knowledge);
  if (!known) packLocales.set(knowledge, (known = new Map()));
  let locale = known.get(lang);
  if (locale === undefined) known.set(lang, (locale = closestLocale(lang, knowledge.packs.keys())));
  return locale;
}

/** A topic's title in a member's language (its pack's, else English). */
export const topicTitle = (topic: Topic, knowledge: Knowledge, lang?: string): string =>
  localizedTopic(topic, knowledge, lang).topic.title;

/**
 * A topic's title on a "did you mean" button. An imported guide's sub-sections are often one word ("Android",
 * "General", "Limitations") that says nothing beside two other choices, so a one-word English title carries its
 * section: "Android (Automatic Backup)". A translated title is left as the pack wrote it.
 */
export function offerTitle(topic: Topic, knowledge: Knowledge, lang?: string): string {
  const title = topicTitle(topic, knowledge, lang);
  const oneWord = title === topic.title && !/\s/.test(title.trim());
  const section = topic.section.trim();
  return oneWord && !section.toLowerCase().includes(title.toLowerCase()) ? `${title} (${section})` : title;
}

export function renderAnswer(original: Topic, knowledge: Knowledge, lang?: string): AnswerView {
  const { topic, translated } = localizedTopic(original, knowledge, lang);
  const steps = topic.steps.map((s, i) => `${i + 1}. ${s.replace(/\n(?!\n)/g, '\n   ')}`).join('\n');
  const note = translated ? '' : `*${t(lang, 'answer.untranslated')}*`;
  const text = tablesAsLines(discordFences([note, topic.intro, steps, topic.notes].filter(Boolean).join('\n\n')));
  const body = pages(text, LIMITS.embedDescription);
  return {
    topicId: topic.id,
    title: truncate(topic.title, LIMITS.embedTitle),
    body: body[0]!,
    pages: body,
    related: topic.related.flatMap((id) => {
      const r = knowledge.byId.get(id);
      return r ? [{ id: r.id, title: topicTitle(r, knowledge, lang) }] : [];
    }),
    footer: t(lang, 'answer.footer'),
  };
}

/**
 * Page `page` (from 1) of a long answer as plain text, with the button to the next one: what "Show more" shows the
 * member who pressed it, for the playground. A page is within the embed limit already, so it is not cut again.
 */
export function answerPageText(view: AnswerView, page: number, lang?: string): string {
  const total = view.pages.length;
  const next = page < total ? `\n\n[📄 ${t(lang, 'answer.more', { page: page + 1, pages: total })}]` : '';
  return `📘 ${view.title} (${page}/${total})\n\n${view.pages[page - 1]}${next}`;
}

/** A decision as plain text: what the terminal playground and `ask` print, mirroring the Discord reply. */
export function renderDecisionText(d: Decision, knowledge: Knowledge): string {
  const lang = d.lang;
  const lines: string[] = [];
  if (d.secret) lines.push(secretWarning(lang), '');
  switch (d.action) {
    case 'ignore':
      lines.push('(no reply: small talk)');
      break;
    case 'clarify':
      lines.push(t(lang, 'clarify.text'), '', `[🎫 ${t(lang, 'escalate.open')}]`);
      break;
    case 'answer': {
      const view = renderAnswer(d.topic, knowledge, lang);
      const head = [...lines, `📘 ${view.title}`, ''];
      const tail = [''];
      if (view.related.length > 0)
        tail.push(`${t(lang, 'answer.related')}: ${view.related.map((r) => r.title).join(' · ')}`);
      const more =
        view.pages.length > 1 ? `[📄 ${t(lang, 'answer.more', { page: 2, pages: view.pages.length })}] ` : '';
      tail.push(`${more}[✅ ${t(lang, 'answer.solved')}] [🎫 ${t(lang, 'answer.didntHelp')}]`);
      // The first page whole, as the answer's embed shows it (up to 4,096 characters, more than a plain message):
      // cut to a message's 2,000, the rest of the page would be on no page at all.
      return [...head, view.body, ...tail].join('\n');
    }
    case 'suggest':
      lines.push(
        t(lang, 'suggest.intro'),
        ...d.alternatives.map((a, i) => `  ${i + 1}. ${offerTitle(a, knowledge, lang)}`),
        `  [🎫 ${t(lang, 'suggest.none')}]`,
      );
      break;
    case 'escalate':
      lines.push(ticketTemplateText(lang, knowledge.ticketForm), '', `[🎫 ${t(lang, 'escalate.open')}]`);
      break;
  }
  return truncate(lines.join('\n'), LIMITS.content);
}
