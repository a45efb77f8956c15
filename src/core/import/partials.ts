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

/** The page's text with each partial it imports from the folder (`files`, by path) written where its tag stands. */
export function inlinePartials(fileName: string, text: string, files: ReadonlyMap<string, string>, depth = 0): string {
  const lines = text.split('\n');
  const imported = new Map<string, string>();
  for (const line of lines) {
    const m = PARTIAL_IMPORT.exec(line);
    // A JavaScript string: "./\\_note.md" (Markdown habits) names "./_note.md".
    const path = m ? relativeTo(fileName, m[2]!.replace(/\\(.)/g, '$1')) : undefined;
    if (m && path !== undefined && files.has(path)) imported.set(m[1]!, path);
  }
  if (imported.size === 0 || depth >= MAX_DEPTH) return text;
  return lines
    .map((line) => {
      const path = imported.get(PARTIAL_TAG.exec(line)?.[1] ?? '');
      return path === undefined ? line : inlinePartials(path, files.get(path)!, files, depth + 1);
    })
    .join('\n');
}
