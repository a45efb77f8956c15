import {
  ButtonStyle,
  ComponentType,
  EmbedBuilder,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
} from 'discord.js';
import type { Decision } from '../core/decision.js';
import { LIMITS, truncate } from '../core/discord-limits.js';
import { renderAnswer, SECRET_WARNING, SUGGEST_INTRO } from '../core/render.js';
import { ticketTemplateText } from '../core/ticket-template.js';
import type { Knowledge, Topic } from '../core/topic.js';
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
): ReplyPayload {
  const view = renderAnswer(topic, knowledge);
  const embed = new EmbedBuilder()
    .setColor(COLOUR.answer)
    .setTitle(view.title)
    .setDescription(view.body)
    .setFooter({ text: view.footer })
    .toJSON();
  const actions = [
    button(encodeId({ kind: 'solved', topicId: topic.id, questionId }), 'This solved it', ButtonStyle.Success, '✅'),
    button(encodeId({ kind: 'ticket', handoff }), "Didn't help — open a ticket", ButtonStyle.Danger, '🎫'),
  ];
  const related = view.related
    .slice(0, 3)
    .map((r) => button(encodeId({ kind: 'topic', topicId: r.id }), r.title, ButtonStyle.Secondary));
  return {
    ...(secret ? { content: SECRET_WARNING } : {}),
    embeds: [embed],
    components: [...rows(actions), ...rows(related)],
  };
}

export function suggestReply(alternatives: Topic[], handoff: string, secret = false): ReplyPayload {
  const embed = new EmbedBuilder()
    .setColor(COLOUR.suggest)
    .setTitle('Did you mean…')
    .setDescription(`${SUGGEST_INTRO}\n${alternatives.map((t) => `• ${t.title}`).join('\n')}`)
    .toJSON();
  const choices = alternatives
    .slice(0, 3)
    .map((t) => button(encodeId({ kind: 'topic', topicId: t.id }), t.title, ButtonStyle.Primary));
  const none = button(
    encodeId({ kind: 'ticket', handoff }),
    'None of these — open a ticket',
    ButtonStyle.Secondary,
    '🎫',
  );
  return { ...(secret ? { content: SECRET_WARNING } : {}), embeds: [embed], components: rows([...choices, none]) };
}

export function escalateReply(handoff: string, secret = false): ReplyPayload {
  const embed = new EmbedBuilder()
    .setColor(COLOUR.escalate)
    .setTitle('Let’s get you to a person')
    .setDescription(ticketTemplateText())
    .toJSON();
  return {
    ...(secret ? { content: SECRET_WARNING } : {}),
    embeds: [embed],
    components: rows([button(encodeId({ kind: 'ticket', handoff }), 'Open a ticket', ButtonStyle.Primary, '🎫')]),
  };
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
      return d.secret ? { content: SECRET_WARNING, embeds: [], components: [] } : null;
    case 'answer':
      return answerReply(d.topic, knowledge, handoff, d.secret, questionId);
    case 'suggest':
      return suggestReply(d.alternatives, handoff, d.secret);
    case 'escalate':
      return escalateReply(handoff, d.secret);
  }
}

/** /topics: the guide by section, each topic with its slash command where it has one. */
export function topicsReply(knowledge: Knowledge): ReplyPayload {
  const sections = new Map<string, Topic[]>();
  for (const t of knowledge.topics) sections.set(t.section, [...(sections.get(t.section) ?? []), t]);
  const embed = new EmbedBuilder()
    .setColor(COLOUR.answer)
    .setTitle('Help guide topics')
    .setDescription('Use `/ask` with any question, or a command below.');
  for (const [section, topics] of [...sections].slice(0, LIMITS.fields)) {
    embed.addFields({
      name: truncate(section, LIMITS.fieldName),
      value: truncate(
        topics.map((t) => (t.command ? `\`/${t.command}\` ${t.title}` : t.title)).join('\n'),
        LIMITS.fieldValue,
      ),
    });
  }
  return { embeds: [embed.toJSON()], components: [] };
}
