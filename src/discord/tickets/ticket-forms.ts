import { ComponentType, TextInputStyle, type APIModalInteractionResponseCallbackData } from 'discord.js';
import { LIMITS, truncate } from '../../core/discord-limits.js';
import { NEVER_SHARE, TICKET_FIELDS } from '../../core/ticket-template.js';
import { encodeId } from '../custom-ids.js';

/** The ticket form a member fills in; the question they asked is pre-filled when there was one. */
export function ticketModal(handoff: string, question: string): APIModalInteractionResponseCallbackData {
  return {
    custom_id: encodeId({ kind: 'ticket-modal', handoff }),
    title: 'Open a support ticket',
    components: TICKET_FIELDS.map((f) => ({
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.TextInput,
          custom_id: f.id,
          label: truncate(f.label, LIMITS.modalLabel),
          style: f.style === 'short' ? TextInputStyle.Short : TextInputStyle.Paragraph,
          required: f.required,
          max_length: f.maxLength,
          placeholder: f.id === 'goal' ? truncate(NEVER_SHARE, 100) : f.placeholder,
          ...(f.id === 'goal' && question ? { value: truncate(question, f.maxLength) } : {}),
        },
      ],
    })),
  };
}

/** The form staff (or the member) fill in to close a ticket: the reason goes into the record. */
export function closeModal(ticketId: number): APIModalInteractionResponseCallbackData {
  return {
    custom_id: encodeId({ kind: 'close-modal', ticketId }),
    title: `Close ticket #${ticketId}`,
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.TextInput,
            custom_id: 'reason',
            label: 'Reason',
            style: TextInputStyle.Paragraph,
            required: true,
            max_length: 500,
            placeholder: 'e.g. solved by resetting the password',
          },
        ],
      },
    ],
  };
}
