import { parseDocument } from 'yaml';
import { z } from 'zod';
import { LIMITS } from '../render/discord-limits.js';
import { TICKET_FORM_FILE, type KnowledgeError } from '../knowledge/knowledge-source.js';
import {
  BUILTIN_FIELD_IDS,
  FIELD_ID,
  MAX_ANSWER_CHARS,
  MAX_TICKET_FIELDS,
  TICKET_FIELDS,
  type TicketField,
} from './ticket-template.js';

/**
 * The ticket form a guide asks for (`ticket-form.yml` in the knowledge folder), so a team whose product has no
 * accounts is not asked for an "Account e-mail", and one that needs a version number or an order id can ask for it.
 * "What were you trying to do?" always comes first: it holds the member's question, which tickets and insights key on.
 * Without the file, the form is the built-in one (TICKET_FIELDS).
 */

/**
 * The form kb:import starts an imported guide with: the built-in fields that fit any product, and, commented out, the
 * e-mail field and a field of the team's own to copy. An imported guide is rarely about signing in, so no e-mail.
 */
export const STARTER_TICKET_FORM = `# The ticket form members fill in when the guide does not help them (see the project's knowledge/README.md).
# "What were you trying to do?" always comes first and holds their question. Then up to four fields:
# the built-in error, tried, device and email (Stepwise translates their labels), or fields of your own.
fields:
  - error
  - tried
  - device
  # - email              # "Account e-mail", if your product has accounts
  # - id: app-version    # a field of your own: lowercase words joined by dashes
  #   label: App version # what members read (at most 45 characters)
  #   placeholder: e.g. 2.4.1 (Settings > About)
  #   style: short       # one line; paragraph for several
  #   required: false
  #   translations:      # optional: other languages, by tag
  #     ja: { label: アプリのバージョン }
`;

/** A language tag as Discord and BCP 47 write them: "ja", "de", "pt-BR", "zh-CN". */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** The first of a form's text inputs is always the member's question. */
const MAX_MORE_FIELDS = MAX_TICKET_FIELDS - 1;

const ownField = z
  .object({
    /** Names the answer in the ticket's record: lowercase words joined by dashes. */
    id: z.string().regex(FIELD_ID, 'id must be lowercase words joined by dashes, e.g. app-version').max(32),
    /** The question, as members read it (Discord shows at most 45 characters). */
    label: z.string().trim().min(1).max(LIMITS.modalLabel),
    /** Grey example text inside the empty box (at most 100 characters). */
    placeholder: z.string().trim().max(100).optional(),
    /** `short`: one line; `paragraph`: several. */
    style: z.enum(['short', 'paragraph']).default('short'),
    /** Whether the form can be sent without it. */
    required: z.boolean().default(false),
    /** Longest answer taken, in characters (default 200 for a short field, 1000 for a paragraph). */
    max: z.number().int().min(1).max(MAX_ANSWER_CHARS).optional(),
    /** The label and placeholder in other languages, by language tag: `ja: { label: アプリのバージョン }`. */
    translations: z
      .record(
        z.string().regex(LANGUAGE_TAG, 'a language is named by its tag, e.g. ja, de, pt-BR'),
        z
          .object({
            label: z.string().trim().min(1).max(LIMITS.modalLabel),
            placeholder: z.string().trim().max(100).optional(),
          })
          .strict(),
      )
      .optional(),
  })
  .strict();

const BUILTIN_MORE = BUILTIN_FIELD_IDS.filter((id) => id !== 'goal');
type OwnField = z.infer<typeof ownField>;

/** The form in `text` (goal first), or the built-in form with what is wrong added to `errors`. */
export function parseTicketForm(text: string, errors: KnowledgeError[]): TicketField[] {
  const file = TICKET_FORM_FILE;
  const lineOf = (offset: number) => text.slice(0, Math.max(0, offset)).split('\n').length;
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors)
      errors.push({ file, line: lineOf(e.pos[0]), message: `not valid YAML: ${e.message.split('\n')[0]}` });
    return [...TICKET_FIELDS];
  }
  /** The line of the node at `path`, else of the nearest node above it (a missing key: its field's line). */
  const at = (path: readonly PropertyKey[]): { line?: number } => {
    const keys = path.filter((k): k is string | number => typeof k !== 'symbol');
    for (let n = keys.length; n > 0; n--) {
      const node = doc.getIn(keys.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return { line: lineOf(node.range[0]) };
    }
    return {};
  };
  const fail = (path: readonly PropertyKey[], message: string) => errors.push({ file, ...at(path), message });
  const before = errors.length;
  const data: unknown = doc.toJS();
  const top =
    data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  for (const key of Object.keys(top)) if (key !== 'fields') fail([key], `unknown key "${key}" (allowed: fields)`);
  const listed = top.fields;
  if (!Array.isArray(listed)) {
    fail(['fields'], 'list the fields under "fields:", e.g. "fields: [error, tried, device]"');
    return [...TICKET_FIELDS];
  }
  const more: Array<(typeof BUILTIN_MORE)[number] | OwnField> = [];
  const seen = new Set<string>();
  /** Whether the field at `i` may be called `id`: not the question's or the language's, and not twice. */
  const free = (id: string, i: number) => {
    if (id === 'goal' || id === 'lang')
      fail(
        ['fields', i],
        `"${id}" is taken: the first field is always the member's question, and "lang" their language`,
      );
    else if (seen.has(id)) fail(['fields', i], `"${id}" is listed twice`);
    else return seen.add(id);
    return false;
  };
  listed.forEach((item, i) => {
    if (typeof item === 'string') {
      if (!free(item, i)) return;
      if ((BUILTIN_MORE as readonly string[]).includes(item)) more.push(item as (typeof BUILTIN_MORE)[number]);
      else
        fail(
          ['fields', i],
          `"${item}" is no built-in field (${BUILTIN_MORE.join(', ')}); a field of your own needs an id and a label`,
        );
      return;
    }
    const parsed = ownField.safeParse(item);
    if (parsed.success) {
      if (free(parsed.data.id, i)) more.push(parsed.data);
      return;
    }
    for (const issue of parsed.error.issues) {
      const path = ['fields', i, ...issue.path];
      if (issue.code === 'unrecognized_keys') {
        const allowed = issue.path.includes('translations')
          ? 'label, placeholder'
          : Object.keys(ownField.shape).join(', ');
        for (const key of issue.keys) fail([...path, key], `unknown key "${key}" (allowed: ${allowed})`);
      } else if (issue.code === 'invalid_key')
        fail(path, `"${path.join('.')}": a language is named by its tag, e.g. ja, de, pt-BR`);
      else if (/received undefined$/.test(issue.message)) fail(path, `"${path.join('.')}" is missing`);
      else fail(path, `"${path.join('.')}": ${issue.message}`);
    }
  });
  if (listed.length > MAX_MORE_FIELDS)
    fail(
      ['fields', MAX_MORE_FIELDS],
      `at most ${MAX_MORE_FIELDS} fields: a Discord form holds five, and the first is always "What were you trying to do?"`,
    );
  if (errors.length > before) return [...TICKET_FIELDS];
  return [
    TICKET_FIELDS[0]!,
    ...more.map((f): TicketField => {
      if (typeof f === 'string') return TICKET_FIELDS.find((b) => b.id === f)!;
      return {
        id: f.id,
        label: f.label,
        placeholder: f.placeholder ?? '',
        style: f.style,
        required: f.required,
        maxLength: f.max ?? (f.style === 'paragraph' ? 1000 : 200),
        ...(f.translations ? { translations: f.translations } : {}),
      };
    }),
  ];
}
