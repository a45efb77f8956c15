import {
  ButtonStyle,
  ComponentType,
  TextInputStyle,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIButtonComponentWithCustomId,
  type APIModalInteractionResponseCallbackData,
} from 'discord.js';
import { LIMITS, truncate } from '../../core/render/discord-limits.js';
import { t } from '../../core/i18n/messages.js';
import { fieldText, type TicketField } from '../../core/tickets/ticket-template.js';
import { encodeId, type CustomId } from '../custom-ids.js';

/** The ticket form a member fills in (the guide's `form`); the question they asked is pre-filled when there was one. */
export function ticketModal(
  handoff: string,
  question: string,
  lang: string | undefined,
  form: readonly TicketField[],
): APIModalInteractionResponseCallbackData {
  return {
    custom_id: encodeId({ kind: 'ticket-modal', handoff }),
    title: truncate(t(lang, 'ticket.form.title'), LIMITS.modalTitle),
    components: form.map((f) => ({
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.TextInput,
          custom_id: f.id,
          label: truncate(fieldText(f, lang).label, LIMITS.modalLabel),
          style: f.style === 'short' ? TextInputStyle.Short : TextInputStyle.Paragraph,
          required: f.required,
          max_length: f.maxLength,
          ...placeholderOf(f, lang),
          ...(f.id === 'goal' && question ? { value: truncate(question, f.maxLength) } : {}),
        },
      ],
    })),
  };
}

/** The grey text in an empty box: on the question, the warning never to share a password; none when a field has none. */
function placeholderOf(f: TicketField, lang?: string): { placeholder?: string } {
  const text = f.id === 'goal' ? t(lang, 'neverShare') : fieldText(f, lang).placeholder;
  return text ? { placeholder: truncate(text, 100) } : {};
}

/** The form staff (or the member) fill in to close a ticket: the reason goes into the record. */
export function closeModal(ticketId: number, lang?: string): APIModalInteractionResponseCallbackData {
  return {
    custom_id: encodeId({ kind: 'close-modal', ticketId }),
    title: truncate(t(lang, 'ticket.closeForm.title', { id: ticketId }), LIMITS.modalTitle),
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.TextInput,
            custom_id: 'reason',
            label: truncate(t(lang, 'ticket.closeForm.reason'), LIMITS.modalLabel),
            style: TextInputStyle.Paragraph,
            required: true,
            max_length: 500,
            placeholder: truncate(t(lang, 'ticket.closeForm.placeholder'), 100),
          },
        ],
      },
    ],
  };
}

/** Under the closing post: Reopen (member or staff) and 1-5 stars (the member). Works on the archived thread. */
export function closedButtons(ticketId: number, lang?: string): APIActionRowComponent<APIButtonComponent>[] {
  const star = (stars: number): APIButtonComponent => ({
    type: ComponentType.Button,
    custom_id: encodeId({ kind: 'rate', ticketId, stars }),
    label: '★'.repeat(stars),
    style: ButtonStyle.Secondary,
  });
  return [
    { type: ComponentType.ActionRow, components: [1, 2, 3, 4, 5].map(star) },
    {
      type: ComponentType.ActionRow,
      components: [
        ticketButton({ kind: 'reopen', ticketId }, t(lang, 'ticket.reopen'), ButtonStyle.Primary, {
          emoji: { name: '🔓' },
        }),
      ],
    },
  ];
}

/** One button of a ticket's controls: its custom id, its label within Discord's limit, its style. */
export function ticketButton(
  id: CustomId,
  label: string,
  style: ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Success | ButtonStyle.Danger,
  extra: Pick<APIButtonComponentWithCustomId, 'emoji' | 'disabled'> = {},
): APIButtonComponentWithCustomId {
  return {
    type: ComponentType.Button,
    custom_id: encodeId(id),
    label: truncate(label, LIMITS.buttonLabel),
    style,
    ...extra,
  };
}

/** The optional comment that comes with a rating. */
export function ratingModal(ticketId: number, stars: number, lang?: string): APIModalInteractionResponseCallbackData {
  return {
    custom_id: encodeId({ kind: 'rate-modal', ticketId, stars }),
    title: truncate(`${t(lang, 'ticket.rate.title')} ${'★'.repeat(stars)}`, LIMITS.modalTitle),
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.TextInput,
            custom_id: 'comment',
            label: truncate(t(lang, 'ticket.rate.comment'), LIMITS.modalLabel),
            style: TextInputStyle.Paragraph,
            required: false,
            max_length: 1000,
          },
        ],
      },
    ],
  };
}

/** Under an idle warning: one press keeps the ticket open. */
export function keepOpenButton(ticketId: number, lang?: string): APIActionRowComponent<APIButtonComponent>[] {
  return [
    {
      type: ComponentType.ActionRow,
      components: [ticketButton({ kind: 'keep-open', ticketId }, t(lang, 'ticket.idle.keepOpen'), ButtonStyle.Success)],
    },
  ];
}
