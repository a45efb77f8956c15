import { detectFormat } from './detect-format.js';
import { parseMarkdown } from './parse-markdown.js';
import { parseRst } from './parse-rst.js';
import { sectionsToTopics, type ImportResult } from './sections-to-topics.js';

/** The whole import as one pure call: guide text in, topic files and a report out (the CLI writes them). */
export function importGuide(input: { fileName: string; text: string; allowedHosts: readonly string[] }): ImportResult {
  const format = detectFormat(input.fileName, input.text);
  const doc = format === 'rst' ? parseRst(input.text) : parseMarkdown(input.text);
  return sectionsToTopics(doc, { fileName: input.fileName, format, allowedHosts: input.allowedHosts });
}
