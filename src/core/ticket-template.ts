import { t } from './i18n/messages.js';

/** The questions a ticket asks. Five, because a Discord modal holds at most five text inputs. */
export interface TicketField {
  id: 'goal' | 'error' | 'tried' | 'device' | 'email';
  label: string;
  placeholder: string;
  style: 'short' | 'paragraph';
  required: boolean;
  maxLength: number;
}

export const TICKET_FIELDS: readonly TicketField[] = [
  {
    id: 'goal',
    label: 'What were you trying to do?',
    placeholder: 'e.g. sign in to my account on the website',
    style: 'paragraph',
    required: true,
    maxLength: 1000,
  },
  {
    id: 'error',
    label: 'The exact error message',
    placeholder: 'Copy it word for word, or say "no message"',
    style: 'paragraph',
    required: false,
    maxLength: 1000,
  },
  {
    id: 'tried',
    label: 'What have you already tried?',
    placeholder: 'e.g. reset the password, cleared the cache',
    style: 'paragraph',
    required: false,
    maxLength: 1000,
  },
  {
    id: 'device',
    label: 'Device, OS, browser or app version',
    placeholder: 'e.g. Windows 11, Chrome 131 / Android 14, app 21.3',
    style: 'short',
    required: false,
    maxLength: 200,
  },
  {
    id: 'email',
    label: 'Account e-mail',
    placeholder: 'The address you sign in with',
    style: 'short',
    required: false,
    maxLength: 254,
  },
];

/** A ticket's form answers, by field, and the language the member wrote in (for staff). */
export type TicketAnswers = Partial<Record<TicketField['id'] | 'lang', string>>;

export const NEVER_SHARE = t('en', 'neverShare');

/** A field's label and placeholder in a member's language (the English ones above are the defaults). */
export function fieldText(field: TicketField, lang?: string): { label: string; placeholder: string } {
  return {
    label: t(lang, `ticket.field.${field.id}.label`),
    placeholder: t(lang, `ticket.field.${field.id}.placeholder`),
  };
}

/** The template as text, for places where no form can be shown (CLI, plain replies), in the member's language. */
export function ticketTemplateText(lang?: string): string {
  return [
    t(lang, 'escalate.intro'),
    ...TICKET_FIELDS.map((f) => `• **${fieldText(f, lang).label}**`),
    '',
    `⚠️ ${t(lang, 'neverShare')}`,
  ].join('\n');
}
