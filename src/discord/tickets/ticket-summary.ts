import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
} from 'discord.js';
import { LIMITS, truncate } from '../../core/render/discord-limits.js';
import { escapeUserText } from '../../core/render/escape.js';
import { t } from '../../core/i18n/messages.js';
import { answeredIds, answerLabel } from '../../core/tickets/ticket-template.js';
import type { Knowledge } from '../../core/knowledge/topic.js';
import type { Ticket } from '../../store/store.js';
import { ticketButton } from './ticket-forms.js';

/**
 * The first post in a ticket thread: everything staff need without asking the member again, in the staff's language
 * (`staffLang`: the server's preferred locale; English when Stepwise does not speak it).
 */
export function ticketSummary(ticket: Ticket, knowledge: Knowledge, staffLang?: string): APIEmbed {
  // The topic whose steps the member opened and said did not help is marked: staff start from what was tried.
  const shown = ticket.topicsShown.map((id) => {
    const title = knowledge.byId.get(id)?.title ?? id;
    return id === ticket.triedTopic ? `${title} — ${t(staffLang, 'staff.ticket.tried')}` : title;
  });
  // The form the guide asks now, in its order, then anything the ticket holds that the form no longer asks.
  const form = knowledge.ticketForm;
  const asked = form.map((f) => f.id);
  const held = answeredIds(ticket.answers).filter((id) => !asked.includes(id));
  const fields = [...asked, ...held]
    .filter((id) => id !== 'goal')
    .map((id) => ({
      name: answerLabel(id, form),
      value: truncate(escapeUserText(ticket.answers[id]?.trim() || '—'), LIMITS.fieldValue),
    }));
  fields.push({
    name: t(staffLang, 'staff.ticket.shown'),
    value: truncate(
      shown.length ? shown.map((title) => `• ${title}`).join('\n') : t(staffLang, 'staff.ticket.shownNone'),
      LIMITS.fieldValue,
    ),
  });
  // Which language the member wrote in, so staff can answer in it (or find a colleague who can).
  const lang = ticket.answers.lang;
  if (lang) fields.push({ name: t(staffLang, 'staff.ticket.language'), value: languageName(lang) });
  const status = t(staffLang, `staff.ticket.status.${ticket.status}`);
  return {
    title: t(staffLang, 'staff.ticket.title', { id: ticket.id }),
    color: 0xf59e0b,
    description: truncate(
      `**${t(staffLang, 'staff.ticket.question')}**\n${escapeUserText(ticket.question || '—')}`,
      LIMITS.embedDescription,
    ),
    fields,
    footer: { text: t(staffLang, 'staff.ticket.footer', { user: ticket.userId, status }) },
    timestamp: new Date(ticket.createdAt).toISOString(),
  };
}

export function ticketButtons(
  ticketId: number,
  claimed: boolean,
  staffLang?: string,
): APIActionRowComponent<APIButtonComponent>[] {
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        ticketButton(
          { kind: 'claim', ticketId },
          t(staffLang, claimed ? 'staff.ticket.claimedButton' : 'staff.ticket.claim'),
          ButtonStyle.Primary,
          { disabled: claimed },
        ),
        // A claimed ticket can be handed back (the claimer is away, or it needs someone else).
        ...(claimed
          ? [ticketButton({ kind: 'release', ticketId }, t(staffLang, 'staff.ticket.release'), ButtonStyle.Secondary)]
          : []),
        ticketButton({ kind: 'close', ticketId }, t(staffLang, 'staff.ticket.close'), ButtonStyle.Danger),
      ],
    },
  ];
}

/** "日本語 (ja)", "English (en-US)": the language in its own words, and its tag. */
function languageName(tag: string): string {
  try {
    return `${new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag} (${tag})`;
  } catch {
    return escapeUserText(tag);
  }
}
