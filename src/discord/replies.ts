import {
  ButtonStyle,
  ComponentType,
  EmbedBuilder,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
} from 'discord.js';
import type { Decision } from '../core/decide/decision.js';
import { LIMITS, truncate } from '../core/render/discord-limits.js';
import { type AnswerView, offerTitle, packTopic, renderAnswer, secretWarning } from '../core/render/render.js';
import { t } from '../core/i18n/messages.js';
import { ticketTemplateText, type TicketField } from '../core/tickets/ticket-template.js';
import type { Knowledge, Topic } from '../core/knowledge/topic.js';
import { encodeId } from './custom-ids.js';

/** Stepwise's embed colour: calm blue for answers, amber for handoffs. */
const COLOUR = { answer: 0x3b82f6, suggest: 0x8b5cf6, escalate: 0xf59e0b } as const;

type Row = APIActionRowComponent<APIButtonComponent>;

export interface ReplyPayload {
  content?: string;
  embeds: APIEmbed[];
  components: Row[];
}

/** Nothing a member wrote may ping anyone: the bot's replies parse no mentions at all. */
export const NO_PINGS = { parse: [] as [], repliedUser: false };

function button(
  customId: string,
  label: string,
  style: ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Success | ButtonStyle.Danger,
  emoji?: string,
): APIButtonComponent {
  return {
    type: ComponentType.Button,
    custom_id: customId,
    label: truncate(label, LIMITS.buttonLabel),
    style,
    ...(emoji ? { emoji: { name: emoji } } : {}),
  };
}

function rows(buttons: APIButtonComponent[]): Row[] {
  const out: Row[] = [];
  for (let i = 0; i < buttons.length && out.length < LIMITS.actionRows; i += LIMITS.buttonsPerRow) {
    out.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + LIMITS.buttonsPerRow) });
  }
  return out;
}

export function answerReply(
  topic: Topic,
  knowledge: Knowledge,
  handoff: string,
  secret = false,
  questionId: number | null = null,
  lang?: string,
  /** false in a ticket thread: the member already has a person, "Didn't help — open a ticket" would only point there. */
  offerTicket = true,
): ReplyPayload {
  const view = renderAnswer(topic, knowledge, lang);
  const embed = new EmbedBuilder()
    .setColor(COLOUR.answer)
    .setTitle(view.title)
    .setDescription(view.body)
    .setFooter({ text: view.footer })
    .toJSON();
  const actions = [
    ...showMore(view, 2, lang),
    button(
      encodeId({ kind: 'solved', topicId: topic.id, questionId }),
      t(lang, 'answer.solved'),
      ButtonStyle.Success,
      '✅',
    ),
    ...(offerTicket
      ? [button(encodeId({ kind: 'ticket', handoff }), t(lang, 'answer.didntHelp'), ButtonStyle.Danger, '🎫')]
      : []),
  ];
  const related = view.related
    .slice(0, 3)
    .map((r) => button(encodeId({ kind: 'topic', topicId: r.id, handoff }), r.title, ButtonStyle.Secondary));
  return {
    ...(secret ? { content: secretWarning(lang) } : {}),
    embeds: [embed],
    components: [...rows(actions), ...rows(related)],
  };
}

/** "Show more (2/3)" under a page of a topic too long for one message; nothing past its last page. */
function showMore(view: AnswerView, page: number, lang?: string): APIButtonComponent[] {
  if (page > view.pages.length || page > 99) return [];
  const id = encodeId({ kind: 'more', topicId: view.topicId, page, ...(lang ? { lang } : {}) });
  if (id.length > LIMITS.customId) return [];
  return [button(id, t(lang, 'answer.more', { page, pages: view.pages.length }), ButtonStyle.Secondary, '📄')];
}

/** The `page`th page of a long topic, with "Show more" for the next one while there is one. */
export function morePage(view: AnswerView, page: number, lang?: string): ReplyPayload {
  const embed = new EmbedBuilder()
    .setColor(COLOUR.answer)
    .setTitle(
      view.pages.length > 1 ? truncate(`${view.title} (${page}/${view.pages.length})`, LIMITS.embedTitle) : view.title,
    )
    .setDescription(view.pages[page - 1]!)
    .toJSON();
  return { embeds: [embed], components: rows(showMore(view, page + 1, lang)) };
}

export function suggestReply(
  alternatives: Topic[],
  handoff: string,
  secret = false,
  knowledge?: Knowledge,
  lang?: string,
): ReplyPayload {
  const title = (a: Topic) => (knowledge ? offerTitle(a, knowledge, lang) : a.title);
  const embed = new EmbedBuilder()
    .setColor(COLOUR.suggest)
    .setTitle(t(lang, 'suggest.title'))
    .setDescription(`${t(lang, 'suggest.intro')}\n${alternatives.map((a) => `• ${title(a)}`).join('\n')}`)
    .toJSON();
  const choices = alternatives
    .slice(0, 3)
    .map((a) => button(encodeId({ kind: 'topic', topicId: a.id, handoff }), title(a), ButtonStyle.Primary));
  const none = button(encodeId({ kind: 'ticket', handoff }), t(lang, 'suggest.none'), ButtonStyle.Secondary, '🎫');
  return { ...(secret ? { content: secretWarning(lang) } : {}), embeds: [embed], components: rows([...choices, none]) };
}

export function escalateReply(
  handoff: string,
  secret: boolean,
  lang: string | undefined,
  form: readonly TicketField[],
): ReplyPayload {
  const embed = new EmbedBuilder()
    .setColor(COLOUR.escalate)
    .setTitle(t(lang, 'escalate.title'))
    .setDescription(ticketTemplateText(lang, form))
    .toJSON();
  const open = button(encodeId({ kind: 'ticket', handoff }), t(lang, 'escalate.open'), ButtonStyle.Primary, '🎫');
  return { ...(secret ? { content: secretWarning(lang) } : {}), embeds: [embed], components: rows([open]) };
}

/** A bare request for help ("can someone help me?"): what to tell, and a ticket for a member who would rather. */
export function clarifyReply(handoff: string, lang: string | undefined): ReplyPayload {
  const open = button(encodeId({ kind: 'ticket', handoff }), t(lang, 'escalate.open'), ButtonStyle.Secondary, '🎫');
  return { content: t(lang, 'clarify.text'), embeds: [], components: rows([open]) };
}

/** The reply for a decision, or null when the bot should stay silent (small talk). */
export function replyFor(
  d: Decision,
  knowledge: Knowledge,
  handoff: string,
  questionId: number | null = null,
): ReplyPayload | null {
  switch (d.action) {
    case 'ignore':
      return d.secret ? { content: secretWarning(d.lang), embeds: [], components: [] } : null;
    case 'answer':
      return answerReply(d.topic, knowledge, handoff, d.secret, questionId, d.lang);
    case 'suggest':
      return suggestReply(d.alternatives, handoff, d.secret, knowledge, d.lang);
    case 'escalate':
      return escalateReply(handoff, d.secret, d.lang, knowledge.ticketForm);
    case 'clarify':
      return clarifyReply(handoff, d.lang);
  }
}

/**
 * /topics: the guide by section, each topic with its slash command where it has one. Discord refuses an embed whose
 * text adds up past 6,000 characters and shows 25 fields at most, so a big guide (an imported manual of 200 sections)
 * is listed over pages, with Previous / Next buttons that turn them in place. `page` counts from 1 and is kept within
 * the pages there are (the guide may have changed since the button was posted).
 */
export function topicsReply(knowledge: Knowledge, lang?: string, page = 1): ReplyPayload {
  const title = t(lang, 'topics.title');
  const hint = t(lang, 'topics.hint');
  const pages = topicsPages(knowledge, lang, title.length + hint.length);
  const at = Math.min(Math.max(1, page), pages.length);
  const embed = new EmbedBuilder()
    .setColor(COLOUR.answer)
    .setTitle(title)
    .setDescription(hint)
    .addFields(pages[at - 1]!);
  if (pages.length > 1) embed.setFooter({ text: t(lang, 'topics.page', { page: at, pages: pages.length }) });
  const turn = (to: number, key: 'topics.previous' | 'topics.next', emoji: string) =>
    button(encodeId({ kind: 'topics-page', page: to }), t(lang, key), ButtonStyle.Secondary, emoji);
  const buttons = [
    ...(at > 1 ? [turn(at - 1, 'topics.previous', '◀️')] : []),
    ...(at < pages.length ? [turn(at + 1, 'topics.next', '▶️')] : []),
  ];
  return { embeds: [embed.toJSON()], components: rows(buttons) };
}

type Field = { name: string; value: string };

/** Every section's lines as embed fields (a long section over several, each under its name), dealt into pages. */
function topicsPages(knowledge: Knowledge, lang: string | undefined, fixed: number): Field[][] {
  const sections = new Map<string, Topic[]>();
  for (const topic of knowledge.topics) sections.set(topic.section, [...(sections.get(topic.section) ?? []), topic]);
  // Room kept for the footer of the widest page number.
  const room = LIMITS.embedTotal - fixed - t(lang, 'topics.page', { page: 999, pages: 999 }).length;
  const pages: Field[][] = [[]];
  let left = room;
  const add = (field: Field) => {
    const size = field.name.length + field.value.length;
    if (pages.at(-1)!.length === LIMITS.fields || size > left) {
      pages.push([]);
      left = room;
    }
    pages.at(-1)!.push(field);
    left -= size;
  };
  for (const [section, topics] of sections) {
    const name = truncate(section, LIMITS.fieldName);
    let value = '';
    for (const topic of topics) {
      const { command, title } = localizedCommand(topic, knowledge, lang);
      const line = truncate(command ? `\`/${command}\` ${title}` : title, LIMITS.fieldValue);
      if (value && value.length + 1 + line.length > LIMITS.fieldValue) {
        add({ name, value });
        value = '';
      }
      value = value ? `${value}\n${line}` : line;
    }
    if (value) add({ name, value });
  }
  return pages;
}

/** A topic's command and title as a member of that locale sees them in Discord (its pack's localisation). */
function localizedCommand(topic: Topic, knowledge: Knowledge, lang?: string): { command?: string; title: string } {
  const l = packTopic(knowledge, topic.id, lang);
  const command = (l?.command ?? topic.command) || undefined;
  return { ...(command ? { command } : {}), title: l?.title ?? topic.title };
}

/**
 * "Answer from the guide", shown to the staff member alone (in their language, `lang`): the topics to post in reply to
 * the member's message, best first, and the ticket form.
 */
export function staffPickReply(
  offered: readonly Topic[],
  handoff: string,
  knowledge: Knowledge,
  memberId: string,
  lang?: string,
  /** The message is in a ticket thread: steps only, no ticket form to post. */
  inTicket = false,
): ReplyPayload {
  const picks = offered.map((topic, pick) =>
    button(encodeId({ kind: 'post', handoff, pick }), offerTitle(topic, knowledge, lang), ButtonStyle.Primary),
  );
  const form = inTicket
    ? []
    : [
        button(
          encodeId({ kind: 'post', handoff, pick: null }),
          t(lang, 'staff.answer.ticket'),
          ButtonStyle.Secondary,
          '🎫',
        ),
      ];
  const intro =
    offered.length > 0 ? 'staff.answer.pick' : inTicket ? 'staff.answer.noTopicInTicket' : 'staff.answer.noTopic';
  return { content: t(lang, intro, { member: `<@${memberId}>` }), embeds: [], components: rows([...picks, ...form]) };
}
