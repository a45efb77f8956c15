import { detectFormat, type GuideFormat } from './detect-format.js';
import { parseMarkdown } from './parse-markdown.js';
import { includePath } from './partials.js';
import { parseRst } from './parse-rst.js';
import { rstPageTitle, rstSectionLabels } from './rst-references.js';
import { pagesToTopics, sectionsToTopics, type ImportResult } from './sections-to-topics.js';
import type { ParsedDocument } from './section-tree.js';

/** A guide file's text, named as it was found ("guide.rst", "docs/sync/conflicts.md"): the name decides the format. */
export interface GuideFile {
  fileName: string;
  text: string;
  /** The page's title in the site's navigation (MkDocs' `nav:`), which names it where its file name would. */
  navTitle?: string;
}

const parse = (
  format: GuideFormat,
  text: string,
  sectionTitles?: ReadonlyMap<string, string>,
  docTitle?: (target: string) => string | undefined,
): ParsedDocument => (format === 'rst' ? parseRst(text, sectionTitles, docTitle) : parseMarkdown(text));

const withoutSuffix = (path: string) => path.replace(/\.(?:rst|txt|md)$/i, '');

/**
 * The title of the page a :doc: target in page `from` names, among `titles` (by path without suffix): relative to the
 * page, or from the folder's top for "/x". A folder that is part of a larger docs tree ("productivity/…" read out of
 * "content/applications/") has its absolute targets start with folders it does not hold
 * ("/applications/productivity/iot/connect"): the page whose path ends that target is the one.
 */
function docTitleOf(titles: ReadonlyMap<string, string>, from: string, target: string): string | undefined {
  const path = withoutSuffix(includePath(from, target));
  const exact = titles.get(path);
  if (exact !== undefined || !target.startsWith('/')) return exact;
  const ends = [...titles.keys()].filter((p) => path.endsWith(`/${p}`));
  return ends.length === 1 ? titles.get(ends[0]!) : undefined;
}

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
  // A page's :doc: without a title shows the page's title (Sphinx's), read from every page first too.
  const pageTitles = new Map(
    input.files.flatMap((f, i) => {
      const title = formats[i] === 'rst' ? rstPageTitle(f.text) : undefined;
      return title ? [[withoutSuffix(f.fileName), title] as const] : [];
    }),
  );
  const pages = input.files.map((f, i) => {
    const format = formats[i]!;
    const docTitle = (target: string) => docTitleOf(pageTitles, f.fileName, target);
    return {
      fileName: f.fileName,
      ...(f.navTitle !== undefined && { navTitle: f.navTitle }),
      format,
      doc: parse(format, f.text, sectionTitles, docTitle),
    };
  });
  const used = [...new Set(formats)];
  return pagesToTopics(pages, {
    fileName: input.folderName,
    format: used.length === 1 ? used[0]! : used.join(' and '),
    allowedHosts: input.allowedHosts,
  });
}
