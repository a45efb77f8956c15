import { FenceTracker } from '../knowledge/fences.js';
import { ATX } from './atx-heading.js';
import { inlineMystIncludes, mystIncludeTargets } from './myst-includes.js';

/**
 * Docusaurus pages share text through partials: `import Charging from './_charging.md'` at the top, `<Charging />`
 * where the text belongs. Imported page by page, the tag is dropped and the page loses that text; read as a folder,
 * the partial's text stands where its tag stood, as the site shows it.
 */

const PARTIAL_IMPORT = /^\s*import\s+([A-Z]\w*)\s+from\s+['"]((?:\.{1,2}\/|@site\/|\/)[^'"]+\.mdx?)['"];?\s*$/;
/**
 * Where a partial imported from the site's top ("@site/snippets/reverse-proxy.mdx", or "/snippets/…", which Docusaurus
 * reads from there too) is kept: under this name, whatever folder the import reads (docs/ sits below the site's top).
 * The folder's reader writes those files in under it (guide-pages.ts).
 */
export const SITE_ROOT = '@site';
/** `<Charging />` alone on its line, with or without props. */
const PARTIAL_TAG = /^\s*<([A-Z]\w*)(?:\s+[^>]*?)?\s*\/>\s*$/;
/** Partials that use partials: a site rarely nests them deeper, and a loop must end. */
const MAX_DEPTH = 3;

/** `path` ("sync/_a.md") read from the folder of `from` ("sync/setup.md"), "." and ".." resolved; "/" between parts. */
export function relativeTo(from: string, path: string): string {
  const parts = from.split('/').slice(0, -1);
  for (const part of path.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/**
 * MkDocs' include-markdown plugin writes a file into the page where `{% include-markdown "path" %}` (or
 * `{% include "path" %}`, the file as it is) stands, options after the path, the whole tag over one line or several.
 */
const MKDOCS_INCLUDE = /\{%-?\s*(include-markdown|include)\s+(["'])([^"'\n]+)\2((?:[^%]|%(?!\}))*?)-?%\}/g;
const INCLUDE_OPTION = /([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|(\S+))/g;
/**
 * The options the plugin's own documentation gives, which change nothing a member reads (links, comments) or which
 * the import follows (start, end, heading-offset). A tag with any other (a fork's "replace=…") is left as written.
 */
const INCLUDE_OPTIONS = new Set([
  'start',
  'end',
  'heading-offset',
  'rewrite-relative-urls',
  'comments',
  'preserve-includer-indent',
  'trailing-newlines',
  'recursive',
  'encoding',
]);

/** A Markdown page, whose include-markdown tags the plugin reads (it is a MkDocs plugin: no other page has them). */
const isMarkdownPage = (fileName: string) => /\.(?:md|markdown)$/i.test(fileName);

/** The files a page's include-markdown tags name, by path from the folder's top, and the options each tag gives. */
function mkdocsIncludes(fileName: string, text: string): Array<{ path: string; options: Map<string, string> }> {
  if (!isMarkdownPage(fileName) || !text.includes('include')) return [];
  return [...text.matchAll(MKDOCS_INCLUDE)].flatMap((m) => {
    // "start" and "end" are written as strings with escapes ("addons:\n").
    const options = new Map(
      [...m[4]!.matchAll(INCLUDE_OPTION)].map((o) => [
        o[1]!,
        (o[2] ?? o[3] ?? o[4] ?? '').replace(/\\(.)/g, (_e, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c)),
      ]),
    );
    if ([...options.keys()].some((k) => !INCLUDE_OPTIONS.has(k))) return [];
    return [{ path: includePath(fileName, m[3]!.trim()), options }];
  });
}

/**
 * The page's text with each file its include-markdown tags name (from `files`) written where the tag stands, cut at
 * `start` and `end` and its headings moved down by `heading-offset`, as the plugin does, in code fences too (a
 * site's compose file shown inside a "```yaml" fence). Each line after the first keeps the indent the tag has, so
 * a file written into a box or a list item stays in it. A tag naming a file the folder does not hold stays.
 */
function inlineMkdocsIncludes(
  fileName: string,
  text: string,
  files: ReadonlyMap<string, string>,
  depth: number,
): string {
  const includes = mkdocsIncludes(fileName, text);
  if (includes.length === 0 || depth >= MAX_DEPTH) return text;
  return text.replace(MKDOCS_INCLUDE, (tag: string, ...rest: unknown[]) => {
    const offset = rest.at(-2) as number;
    const include = mkdocsIncludes(fileName, tag)[0];
    if (include === undefined || !files.has(include.path)) return tag;
    let body = inlineMkdocsIncludes(include.path, files.get(include.path)!, files, depth + 1);
    const start = include.options.get('start');
    const end = include.options.get('end');
    if (start && body.includes(start)) body = body.slice(body.indexOf(start) + start.length);
    if (end && body.includes(end)) body = body.slice(0, body.indexOf(end));
    const shift = Number(include.options.get('heading-offset') ?? 0);
    if (Number.isInteger(shift) && shift > 0) body = shifted(body, shift);
    const indent = /^[ \t]*/.exec(text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset))![0];
    return body
      .replace(/^\n+|\n+$/g, '')
      .split('\n')
      .map((l, i) => (i === 0 || l.trim() === '' ? l : indent + l))
      .join('\n');
  });
}

/** The partials a Markdown page imports: each component's name ("Docker") and its file's path from the page's. */
function partialImports(fileName: string, text: string): Array<[name: string, path: string]> {
  if (!/\.mdx?$/i.test(fileName) || !text.includes('import')) return [];
  const out: Array<[string, string]> = [];
  for (const line of text.split('\n')) {
    const m = PARTIAL_IMPORT.exec(line);
    if (!m) continue;
    // A JavaScript string: "./\\_note.md" (Markdown habits) names "./_note.md".
    const written = m[2]!.replace(/\\(.)/g, '$1');
    const fromTop = written.replace(/^(?:@site)?\//, '');
    out.push([m[1]!, fromTop !== written ? `${SITE_ROOT}/${relativeTo('', fromTop)}` : relativeTo(fileName, written)]);
  }
  return out;
}

/**
 * The files a page writes in: the partials it imports (`import Steps from './tab/Steps.md'`) and the files its
 * include-markdown tags and MyST `{include}` directives name, as paths from the page's.
 */
export function partialTargets(fileName: string, text: string): string[] {
  return [
    ...partialImports(fileName, text).map(([, path]) => path),
    ...mkdocsIncludes(fileName, text).map((i) => i.path),
    ...mystIncludeTargets(fileName, text),
  ];
}

/**
 * The page's text with each partial it imports from the folder (`files`, by path) written where its tag stands, and
 * each file its include-markdown tags or MyST `{include}` directives name where they stand.
 */
export function inlinePartials(fileName: string, page: string, files: ReadonlyMap<string, string>, depth = 0): string {
  const text = inlineMkdocsIncludes(fileName, inlineMystIncludes(fileName, page, files), files, depth);
  const imported = new Map(partialImports(fileName, text).filter(([, path]) => files.has(path)));
  if (imported.size === 0 || depth >= MAX_DEPTH) return text;
  // A partial's own headings sit under the page's heading where its tag stands: an "# Install with Docker" partial
  // written under "## Docker" is a sub-section of it, not a second page title.
  let level = 0;
  const code = new FenceTracker();
  return text
    .split('\n')
    .map((line) => {
      const h = code.isCode(line) ? null : ATX.exec(line);
      if (h) level = h[1]!.length;
      const path = imported.get(PARTIAL_TAG.exec(line)?.[1] ?? '');
      return path === undefined ? line : below(inlinePartials(path, files.get(path)!, files, depth + 1), level);
    })
    .join('\n');
}

/** `text` with its headings moved down so that its top ones are one level below `level` (none moved at 0). */
function below(text: string, level: number): string {
  const top = Math.min(...headingLevels(text.split('\n')).filter((l): l is number => l !== null));
  return shifted(text, level === 0 || !Number.isFinite(top) ? 0 : level + 1 - top);
}

/** Each line's heading level, null for a line that is no heading (code's "# comment" lines included). */
function headingLevels(lines: readonly string[]): Array<number | null> {
  const code = new FenceTracker();
  return lines.map((line) => (code.isCode(line) ? null : (ATX.exec(line)?.[1]?.length ?? null)));
}

/** `text` with its headings `shift` levels down, none below level 6. */
function shifted(text: string, shift: number): string {
  if (shift <= 0) return text;
  const lines = text.split('\n');
  const levels = headingLevels(lines);
  return lines
    .map((line, i) => {
      const l = levels[i];
      return l === null || l === undefined ? line : line.replace(/#{1,6}/, '#'.repeat(Math.min(6, l + shift)));
    })
    .join('\n');
}

/** The Markdown pages some other page of the folder imports as a partial. */
export function importedPartials(files: ReadonlyMap<string, string>): Set<string> {
  const out = new Set<string>();
  for (const [fileName, text] of files)
    for (const path of partialTargets(fileName, text)) if (path !== fileName && files.has(path)) out.add(path);
  return out;
}

/** `.. include:: path` with its options (":start-after: marker", ":end-before: marker", ":literal:") indented below. */
const RST_INCLUDE = /^(\s*)\.\.\s+include::\s+(\S+)\s*$/;
const RST_OPTION = /^\s+:([\w-]+):\s*(.*)$/;

/** Where `.. include:: path` in page `from` points: "/x" from the folder's top (as Sphinx reads it), else from the page. */
export function includePath(from: string, path: string): string {
  return path.startsWith('/') ? relativeTo('', path.slice(1)) : relativeTo(from, path);
}

/**
 * reStructuredText pages share text with `.. include::` (a note every page repeats, a file of steps): the included
 * file's text is written where the directive stands, cut at `:start-after:` and `:end-before:` as Sphinx cuts it,
 * indented as the directive is. An include of a file not in `files` stays, for the parser to report.
 */
export function inlineRstIncludes(
  fileName: string,
  text: string,
  files: ReadonlyMap<string, string>,
  depth = 0,
): string {
  if (depth >= MAX_DEPTH || !text.includes('include::')) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = RST_INCLUDE.exec(lines[i]!);
    const path = m ? includePath(fileName, m[2]!) : undefined;
    if (!m || path === undefined || !files.has(path)) {
      out.push(lines[i]!);
      continue;
    }
    const options = new Map<string, string>();
    while (i + 1 < lines.length && RST_OPTION.test(lines[i + 1]!)) {
      const o = RST_OPTION.exec(lines[++i]!)!;
      options.set(o[1]!, o[2]!.trim());
    }
    let included = inlineRstIncludes(path, files.get(path)!, files, depth + 1);
    const after = options.get('start-after');
    const before = options.get('end-before');
    if (after && included.includes(after)) included = included.slice(included.indexOf(after) + after.length);
    if (before && included.includes(before)) included = included.slice(0, included.indexOf(before));
    const body = included.split('\n').map((l) => (l.trim() === '' ? '' : m[1] + l));
    // A literal include is a file shown as it is: code.
    if (options.has('literal')) out.push('', `${m[1]}::`, '', ...body.map((l) => (l ? `    ${l}` : l)), '');
    else out.push('', ...body, '');
  }
  return out.join('\n');
}

/** The paths a page's `.. include::` lines name, as written ("../includes/note.txt", "/includes/badge.rst"). */
export function includeTargets(text: string): string[] {
  return text.split('\n').flatMap((line) => RST_INCLUDE.exec(line)?.[2] ?? []);
}

/** The files `.. include::` lines of these pages write in: they are read where they are included, not as pages. */
export function includedFiles(pages: ReadonlyMap<string, string>): Set<string> {
  const included = new Set<string>();
  for (const [fileName, text] of pages)
    for (const path of includeTargets(text)) included.add(includePath(fileName, path));
  return included;
}
