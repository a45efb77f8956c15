import { t } from '../i18n/messages.js';
import { closestLocale } from '../normalise/locales.js';
import { SLUG } from '../knowledge/topic.js';

/** The built-in fields' ids: their labels and placeholders are translated (locales/*.json, ticket.field.*). */
export const BUILTIN_FIELD_IDS = ['goal', 'error', 'tried', 'device', 'email'] as const;
const BUILTIN = new Set<string>(BUILTIN_FIELD_IDS);

/**
 * One question of the ticket form. At most five, because a Discord modal holds at most five text inputs; a guide may
 * ask its own after the first (see ticket-form.ts).
 */
export interface TicketField {
  /** A built-in id, or one a guide's ticket-form.yml gives its own field. */
  id: string;
  /** A guide's own field in other languages, by language tag ("ja", "pt-BR"); a built-in field's are in locales/. */
  translations?: Readonly<Record<string, { label: string; placeholder?: string | undefined }>>;
  label: string;
  placeholder: string;
  style: 'short' | 'paragraph';
  required: boolean;
  maxLength: number;
}

/** A Discord modal holds five text inputs, and one input takes at most 4,000 characters. */
export const MAX_TICKET_FIELDS = 5;
export const MAX_ANSWER_CHARS = 4000;
/** A field's id, which names its answer in the ticket's record: lowercase words joined by dashes, as a topic's id. */
export const FIELD_ID = SLUG;

/** The built-in form, which a guide without ticket-form.yml asks. */
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
    placeholder: 'e.g. restarted the app, cleared the cache',
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

/** A ticket's form answers, by field id, and the language the member wrote in (`lang`, for staff). */
export type TicketAnswers = Partial<Record<string, string>> & { goal?: string; lang?: string };

/** The ids of what the member answered: every key but `lang`, which is not a question of the form. */
export const answeredIds = (answers: TicketAnswers): string[] => Object.keys(answers).filter((id) => id !== 'lang');

export const NEVER_SHARE = t('en', 'neverShare');

/**
 * A field's label and placeholder in a member's language: a built-in field's from the locale files, a guide's own
 * field as its ticket-form.yml wrote it (the team writes it in its members' language).
 */
export function fieldText(field: TicketField, lang?: string): { label: string; placeholder: string } {
  if (!BUILTIN.has(field.id)) {
    const tag = lang && field.translations ? closestLocale(lang, Object.keys(field.translations)) : null;
    const own = tag ? field.translations?.[tag] : undefined;
    return { label: own?.label ?? field.label, placeholder: own?.placeholder ?? field.placeholder };
  }
  const id = field.id as (typeof BUILTIN_FIELD_IDS)[number];
  return { label: t(lang, `ticket.field.${id}.label`), placeholder: t(lang, `ticket.field.${id}.placeholder`) };
}

/**
 * What staff read an answer under: its field's label in the form the guide asks now, else the built-in label, else
 * its id (a field the form has dropped since the ticket was opened still shows what the member wrote).
 */
export function answerLabel(id: string, form: readonly TicketField[]): string {
  return (form.find((f) => f.id === id) ?? TICKET_FIELDS.find((f) => f.id === id))?.label ?? id;
}

/** The template as text, for places where no form can be shown (CLI, plain replies), in the member's language. */
export function ticketTemplateText(lang?: string, form: readonly TicketField[] = TICKET_FIELDS): string {
  return [
    t(lang, 'escalate.intro'),
    ...form.map((f) => `• **${fieldText(f, lang).label}**`),
    '',
    `⚠️ ${t(lang, 'neverShare')}`,
  ].join('\n');
}
