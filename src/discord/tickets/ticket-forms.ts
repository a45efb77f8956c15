import { ComponentType, TextInputStyle, type APIModalInteractionResponseCallbackData } from 'discord.js';
import { LIMITS, truncate } from '../../core/discord-limits.js';
import { t } from '../../core/i18n/messages.js';
import { fieldText, TICKET_FIELDS } from '../../core/ticket-template.js';
import { encodeId } from '../custom-ids.js';

/** The ticket form a member fills in; the question they asked is pre-filled when there was one. */
export function ticketModal(handoff: string, question: string, lang?: string): APIModalInteractionResponseCallbackData {
  return {
    custom_id: encodeId({ kind: 'ticket-modal', handoff }),
    title: truncate(t(lang, 'ticket.form.title'), LIMITS.modalTitle),
    components: TICKET_FIELDS.map((f) => ({
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.TextInput,
          custom_id: f.id,
          label: truncate(fieldText(f, lang).label, LIMITS.modalLabel),
          style: f.style === 'short' ? TextInputStyle.Short : TextInputStyle.Paragraph,
          required: f.required,
          max_length: f.maxLength,
          placeholder: truncate(f.id === 'goal' ? t(lang, 'neverShare') : fieldText(f, lang).placeholder, 100),
          ...(f.id === 'goal' && question ? { value: truncate(question, f.maxLength) } : {}),
        },
      ],
    })),
  };
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
