import { detectFormat, type GuideFormat } from './detect-format.js';
import { parseMarkdown } from './parse-markdown.js';
import { parseRst, rstSectionLabels } from './parse-rst.js';
import { pagesToTopics, sectionsToTopics, type ImportResult } from './sections-to-topics.js';
import type { ParsedDocument } from './section-tree.js';

/** A guide file's text, named as it was found ("guide.rst", "docs/sync/conflicts.md"): the name decides the format. */
export interface GuideFile {
  fileName: string;
  text: string;
}

const parse = (format: GuideFormat, text: string, sectionTitles?: ReadonlyMap<string, string>): ParsedDocument =>
  format === 'rst' ? parseRst(text, sectionTitles) : parseMarkdown(text);

/** The whole import as one pure call: guide text in, topic files and a report out (the CLI writes them). */
export function importGuide(input: GuideFile & { allowedHosts: readonly string[] }): ImportResult {
  const format = detectFormat(input.fileName, input.text);
  return sectionsToTopics(parse(format, input.text), {
    fileName: input.fileName,
    format,
    allowedHosts: input.allowedHosts,
  });
}

/**
 * A guide kept as a folder of pages (a docs site: one Markdown or reStructuredText file per page), in the order
 * given: each page is parsed in its own format and becomes one top-level section of the guide.
 */
export function importGuidePages(input: {
  folderName: string;
  files: readonly GuideFile[];
  allowedHosts: readonly string[];
}): ImportResult {
  const formats = input.files.map((f) => detectFormat(f.fileName, f.text));
  // A page's :ref: names a section of any page: every page's labels are read first.
  const sectionTitles = new Map(
    input.files.flatMap((f, i) => (formats[i] === 'rst' ? [...rstSectionLabels(f.text)] : [])),
  );
  const pages = input.files.map((f, i) => {
    const format = formats[i]!;
    return { fileName: f.fileName, format, doc: parse(format, f.text, sectionTitles) };
  });
  const used = [...new Set(formats)];
  return pagesToTopics(pages, {
    fileName: input.folderName,
    format: used.length === 1 ? used[0]! : used.join(' and '),
    allowedHosts: input.allowedHosts,
  });
}
