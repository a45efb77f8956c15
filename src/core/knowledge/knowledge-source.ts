import type { Knowledge } from './topic.js';

/**
 * What a guide is made of and what can be wrong with it, without the parser: start-up can name these
 * (and serve a cached guide) without loading the YAML reader at all.
 */

/** One problem in the guide, pointing at the file (and line, where known) an admin must open. */
export interface KnowledgeError {
  file: string;
  line?: number;
  message: string;
}

export type LoadResult = { ok: true; knowledge: Knowledge } | { ok: false; errors: KnowledgeError[] };

/** A knowledge source as plain data, so validation can be tested without touching the disk. */
export interface KnowledgeSource {
  files: Array<{ name: string; text: string }>;
  allowedHostsText: string | null;
  /** examples.jsonl: labelled member questions; optional (null or absent when the file is missing). */
  examplesText?: string | null;
  /** ticket-form.yml: the questions a ticket asks; optional (null or absent: the built-in form). */
  ticketFormText?: string | null;
  /** Translations of the guide: one folder per locale (knowledge/locales/<tag>/), each with topic files. */
  packs?: Array<{ locale: string; files: Array<{ name: string; text: string }>; examplesText?: string | null }>;
}

/** The folder of language packs inside the knowledge folder. */
export const LOCALES_DIR = 'locales';
export const ALLOWLIST_FILE = 'allowed-hosts.txt';
/** The ticket form a guide asks for, when it asks for its own (see ticket-form.ts). */
export const TICKET_FORM_FILE = 'ticket-form.yml';
/** Files in the knowledge folder that are documentation for the admin, not topics. */
export const NOT_TOPICS = new Set(['readme.md']);

export function formatKnowledgeError(e: KnowledgeError): string {
  return `${e.file}${e.line ? `:${e.line}` : ''}: ${e.message}`;
}
