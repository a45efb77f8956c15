import { FenceTracker } from '../knowledge/fences.js';

/**
 * Docusaurus pages share text through partials: `import Charging from './_charging.md'` at the top, `<Charging />`
 * where the text belongs. Imported page by page, the tag is dropped and the page loses that text; read as a folder,
 * the partial's text stands where its tag stood, as the site shows it.
 */

const PARTIAL_IMPORT = /^\s*import\s+([A-Z]\w*)\s+from\s+['"](\.{1,2}\/[^'"]+\.mdx?)['"];?\s*$/;
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

/** The partials a Markdown page imports: each component's name ("Docker") and its file's path from the page's. */
function partialImports(fileName: string, text: string): Array<[name: string, path: string]> {
  if (!/\.mdx?$/i.test(fileName) || !text.includes('import')) return [];
  const out: Array<[string, string]> = [];
  for (const line of text.split('\n')) {
    const m = PARTIAL_IMPORT.exec(line);
    // A JavaScript string: "./\\_note.md" (Markdown habits) names "./_note.md".
    const path = m ? relativeTo(fileName, m[2]!.replace(/\\(.)/g, '$1')) : undefined;
    if (m && path !== undefined) out.push([m[1]!, path]);
  }
  return out;
}

/** The Markdown files a page imports as partials (`import Steps from './tab/Steps.md'`), as paths from the page's. */
export function partialTargets(fileName: string, text: string): string[] {
  return partialImports(fileName, text).map(([, path]) => path);
}

/** The page's text with each partial it imports from the folder (`files`, by path) written where its tag stands. */
export function inlinePartials(fileName: string, text: string, files: ReadonlyMap<string, string>, depth = 0): string {
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

const ATX = /^ {0,3}(#{1,6})\s/;

/** `text` with its headings moved down so that its top ones are one level below `level` (none moved at 0). */
function below(text: string, level: number): string {
  const lines = text.split('\n');
  const code = new FenceTracker();
  const levels = lines.map((line) => (code.isCode(line) ? null : (ATX.exec(line)?.[1]?.length ?? null)));
  const top = Math.min(...levels.filter((l): l is number => l !== null));
  const shift = level === 0 || !Number.isFinite(top) ? 0 : level + 1 - top;
  if (shift <= 0) return text;
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
