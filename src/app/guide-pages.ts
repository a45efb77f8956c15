import { readdir, readFile } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import type { GuideFile } from '../core/import/import-guide.js';
import { inlinePartials } from '../core/import/partials.js';

/** The pages of a docs folder: a docs folder's .txt files are robots.txt and requirements.txt, not pages. */
export const PAGE_EXTENSIONS = new Set(['.md', '.mdx', '.markdown', '.rst', '.rest']);
/** Pages that open their folder. */
const FIRST_PAGES = new Set(['index', 'readme']);

/**
 * Every page of a guide kept as a folder (a docs site), in reading order: path order, part by part, a folder's
 * index or README page first, numbered names in number order ("2-sync" before "10-backup"). Names starting with
 * "." or "_" (drafts, partials, build folders) and node_modules are left out, but a partial a page imports is written
 * into the page where its tag stands. `fileName` is the page's path inside the folder, with "/" between parts.
 */
export async function readGuidePages(dir: string): Promise<GuideFile[]> {
  const files = (await readdir(dir, { recursive: true }))
    .map((e) => e.split(sep).join('/'))
    .filter((p) => PAGE_EXTENSIONS.has(extname(p).toLowerCase()))
    .filter((p) => !p.split('/').some((part) => part.startsWith('.') || part === 'node_modules'));
  const texts = new Map(
    await Promise.all(files.map(async (f) => [f, await readFile(join(dir, f), 'utf8')] as [string, string])),
  );
  // "_" names are partials (Docusaurus) or build folders (Sphinx): not pages, but a page may write a partial in.
  return files
    .filter((p) => !p.split('/').some((part) => part.startsWith('_')))
    .sort(byReadingOrder)
    .map((fileName) => ({ fileName, text: inlinePartials(fileName, texts.get(fileName)!, texts) }));
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function byReadingOrder(a: string, b: string): number {
  const [pa, pb] = [a.split('/'), b.split('/')];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    if (pa[i] === pb[i]) continue;
    const first = (parts: string[]) =>
      i === parts.length - 1 && FIRST_PAGES.has(parts[i]!.replace(/\.[^.]+$/, '').toLowerCase()) ? 0 : 1;
    return first(pa) - first(pb) || collator.compare(pa[i]!, pb[i]!);
  }
  return pa.length - pb.length;
}
