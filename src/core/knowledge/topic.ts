import { z } from 'zod';
import type { TicketField } from '../tickets/ticket-template.js';
import type { Example } from './examples.js';

/** Topic ids and command names share Discord's slash-command shape: lowercase words joined by dashes. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The longest alias a topic (or its translation) may carry. */
export const MAX_ALIAS_CHARS = 100;

/** Front matter of one knowledge file. Unknown keys are refused so a typo ("alias:") is caught, not ignored. */
export const frontMatterSchema = z.strictObject({
  id: z.string().regex(SLUG, 'id must be lowercase words joined by dashes, e.g. reset-password'),
  title: z.string().trim().min(3).max(100),
  section: z.string().trim().min(1).max(60).default('General'),
  /**
   * Where the topic stands in the guide: topics are listed (`/topics`, kb:check) and searched in this order, lowest
   * first, and topics without one follow by file name. kb:import writes each section's place in the source guide, so
   * an imported manual is served in its own order, not its files' alphabetical one.
   */
  order: z.number({ error: 'must be a number, e.g. order: 12' }).optional(),
  command: z
    .string()
    .regex(/^[a-z0-9-]{1,32}$/, 'command must be 1-32 lowercase letters, digits or dashes')
    .optional(),
  summary: z.string().trim().min(1).max(100).optional(),
  aliases: z.array(z.string().trim().min(1).max(MAX_ALIAS_CHARS)).default([]),
  related: z.array(z.string().regex(SLUG)).default([]),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;

/** A topic as the rest of Stepwise sees it: validated front matter plus the parsed body. */
export interface Topic {
  id: string;
  title: string;
  section: string;
  /** Its place in the guide's order (see frontMatterSchema); absent for a topic listed by file name. */
  order?: number;
  command?: string;
  summary: string;
  aliases: string[];
  related: string[];
  /** Text before the numbered list (may be empty). */
  intro: string;
  /** The numbered steps, in order, as Markdown lines without their numbers. */
  steps: string[];
  /** Text after the numbered list (tips, notes; may be empty). */
  notes: string;
  /** File the topic came from, relative to the knowledge directory. */
  file: string;
}

/** A topic's front matter in a language pack: same id as the English topic, the words translated. */
export const packFrontMatterSchema = z.strictObject({
  id: z.string().regex(SLUG, 'id must be the id of a topic in the guide'),
  title: z.string().trim().min(3).max(100),
  summary: z.string().trim().min(1).max(100).optional(),
  command: z
    .string()
    .regex(
      /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u,
      "command must be 1-32 letters, digits, '-' or '_' (Discord's rule)",
    )
    .refine((c) => c === c.toLowerCase(), 'command must be lowercase')
    .optional(),
  aliases: z.array(z.string().trim().min(1).max(MAX_ALIAS_CHARS)).default([]),
});

/** One topic translated: what a member writing in that language is shown. */
export interface LocalizedTopic {
  id: string;
  locale: string;
  title: string;
  summary?: string;
  /** The slash command's name in this language (Discord name_localizations). */
  command?: string;
  aliases: string[];
  intro: string;
  steps: string[];
  notes: string;
  /** File the translation came from, relative to the knowledge directory. */
  file: string;
}

export interface Knowledge {
  topics: Topic[];
  byId: Map<string, Topic>;
  allowedHosts: string[];
  /** Labelled member questions from examples.jsonl (empty when there is none). */
  examples: Example[];
  /** Language packs: locale → topic id → the topic in that language. A pack may be partial. */
  packs: Map<string, Map<string, LocalizedTopic>>;
  /** Labelled questions in the packs' languages (locales/<tag>/examples.jsonl): they teach the multilingual reading. */
  packExamples: Example[];
  /** The ticket form members fill in: ticket-form.yml's, else the built-in one (see ticket-form.ts). */
  ticketForm: TicketField[];
}
