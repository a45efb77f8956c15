import { parse as parseYaml } from 'yaml';
import { sidebarPages } from './docusaurus-sidebars.js';
import { sphinxPattern } from './sphinx-conf.js';

/**
 * The order a docs site shows its pages in, so an imported guide reads (in /topics) and gets its slash commands (the
 * first pages keep theirs when a big guide passes Discord's limit) as the site does, "Getting started" before
 * "Advanced", not in the alphabetical order of its folders. Read from what each generator keeps:
 * - a table of contents: GitBook's SUMMARY.md, MkDocs' `nav:` in mkdocs.yml, Sphinx's `.. toctree::` from the root
 *   page down, Mintlify's docs.json, VitePress' sidebar links, Docusaurus' sidebars file; its pages come first, in
 *   its order;
 * - positions: Docusaurus' `sidebar_position` and `_category_.json` / `_category_.yml`, Hugo's `weight`, Jekyll's
 *   `nav_order`, Starlight's `sidebar: order:`; within a folder, pages and sub-folders with one come first, lowest first.
 * Everything else keeps the reading order it was given.
 */

/** Paths are inside the docs folder, with "/" between parts. */
export interface SiteFiles {
  /** The pages, in path order. */
  pages: readonly string[];
  /** Every page's text, and the navigation files' (SUMMARY.md, _category_ files). */
  texts: ReadonlyMap<string, string>;
  /** mkdocs.yml, with the docs folder's path from where it lives ("" when it is inside the folder). */
  mkdocs?: { text: string; prefix: string };
  /** The root page of each Sphinx project (the folder of a conf.py, then `index`), to follow its toctrees from. */
  sphinxRoots?: readonly string[];
  /** Mintlify's docs.json (or the older mint.json) at the folder's top. */
  mintlify?: string;
  /** The text of VitePress' config files (.vitepress/, sidebar first), whose `link:` entries its sidebar lists. */
  vitepress?: string;
  /**
   * Docusaurus' sidebars files, one for each docs instance (and each old version's), with where the folder imported
   * (`top`) and the instance's docs folder (`docsPath`) sit from the site's top ("" for the top itself). The first
   * instance's pages come first.
   */
  docusaurus?: readonly DocusaurusSidebars[];
}

export interface DocusaurusSidebars {
  sidebars: string;
  top: string;
  docsPath: string;
}

export function siteOrder(site: SiteFiles): string[] {
  const positions = positionsOf(site);
  const given = new Map(site.pages.map((p, i) => [p, i]));
  const byPosition = [...site.pages].sort((a, b) => comparePositions(a, b, positions) || given.get(a)! - given.get(b)!);
  // Listed pages first, in the table's order; the rest after them, as placed above.
  const listed = tableOfContents(site, byPosition);
  const rank = new Map([...listed, ...byPosition.filter((p) => !listed.has(p))].map((p, i) => [p, i]));
  return [...site.pages].sort((a, b) => rank.get(a)! - rank.get(b)!);
}

/** A page's front-matter position, or a folder's (its `_category_` file, or Hugo's `_index.md` weight). */
function positionsOf(site: SiteFiles): Map<string, number> {
  const positions = new Map<string, number>();
  const numbered = titleNumbers(site);
  for (const [path, text] of site.texts) {
    const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (/^_category_\.(?:json|ya?ml)$/.test(name)) {
      const position = categoryPosition(text);
      if (position !== undefined) positions.set(folder, position);
      continue;
    }
    const position = frontMatterPosition(text);
    if (position === undefined) continue;
    positions.set(/^_index\.md$/i.test(name) ? folder : path, position);
  }
  for (const [path, number] of numbered) {
    if (positions.has(path)) continue;
    positions.set(path, number);
    // A folder's own page numbered "3. Developer Guide" places the folder, as the site's sidebar lists it.
    const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
    if (folder && FOLDER_PAGE.test(path.slice(path.lastIndexOf('/') + 1)) && !positions.has(folder))
      positions.set(folder, number);
  }
  return positions;
}

/** A front-matter title that opens on its place in the guide: "2. Configuration", "1.3  Install", "3.07. Levels". */
const NUMBERED_TITLE = /^title\s*:\s*['"]?(\d{1,3}(?:\.\d{1,3})*)(\.?)\s+\S/m;

/**
 * Sites that list pages by their titles (11ty's `sorted('data.title')`, Jekyll's `sort: "title"`) number the titles
 * to order them: "1. Self-hosting Guide", "1.3 Install with Docker", "3.07. Abstraction levels". Each page's place is
 * its number's last part (3.10 after 3.09); read only when most titled pages are numbered, so a lone "1.0 Release"
 * is no position.
 */
function titleNumbers(site: SiteFiles): Map<string, number> {
  const numbers = new Map<string, number>();
  let titled = 0;
  for (const path of site.pages) {
    const meta = frontMatterOf(site.texts.get(path) ?? '');
    if (!/^title\s*:/m.test(meta)) continue;
    titled++;
    const m = NUMBERED_TITLE.exec(meta);
    if (m && (m[1]!.includes('.') || m[2] === '.')) numbers.set(path, Number(m[1]!.split('.').at(-1)));
  }
  return numbers.size >= 3 && numbers.size * 2 > titled ? numbers : new Map();
}

const FRONT_MATTER = /^(?:---\n([\s\S]*?)\n---|\+\+\+\n([\s\S]*?)\n\+\+\+)/;
const POSITION = /^(?:sidebar_position|weight|nav_order)\s*[:=]\s*['"]?(-?\d+(?:\.\d+)?)['"]?\s*$/m;

/** Starlight's position sits under its `sidebar:` key, indented: "sidebar:" / "  order: 2". */
const STARLIGHT_POSITION = /^sidebar\s*:\s*\n(?:[ \t]+.*\n)*?[ \t]+order\s*:\s*['"]?(-?\d+(?:\.\d+)?)['"]?\s*$/m;

function frontMatterOf(text: string): string {
  const m = FRONT_MATTER.exec(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  return m ? (m[1] ?? m[2] ?? '') : '';
}

function frontMatterPosition(text: string): number | undefined {
  const meta = frontMatterOf(text);
  const p = POSITION.exec(meta) ?? STARLIGHT_POSITION.exec(meta);
  return p ? Number(p[1]) : undefined;
}

function categoryPosition(text: string): number | undefined {
  try {
    const data: unknown = parseYaml(text); // JSON is YAML too
    const position = (data as { position?: unknown } | null)?.position;
    return typeof position === 'number' ? position : undefined;
  } catch {
    return undefined;
  }
}

/** A folder's own page (Docusaurus links its category to it), which opens the folder whatever the positions. */
const FOLDER_PAGE = /^(?:index|readme|_index)\.[^.]+$/i;

/**
 * Part by part: a folder's own page first; then a part with a position before one without, lower positions first;
 * otherwise equal.
 */
function comparePositions(a: string, b: string, positions: ReadonlyMap<string, number>): number {
  const [pa, pb] = [a.split('/'), b.split('/')];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    if (pa[i] === pb[i]) continue;
    const own = (parts: string[]) => (i === parts.length - 1 && FOLDER_PAGE.test(parts[i]!) ? 0 : 1);
    if (own(pa) !== own(pb)) return own(pa) - own(pb);
    const [x, y] = [positions.get(pa.slice(0, i + 1).join('/')), positions.get(pb.slice(0, i + 1).join('/'))];
    if (x === undefined && y === undefined) return 0;
    return (x ?? Infinity) - (y ?? Infinity);
  }
  return 0;
}

/** The pages a table of contents lists, in its order (each once); `byPosition` is the order without one. */
function tableOfContents(site: SiteFiles, byPosition: readonly string[]): Set<string> {
  const pages = new Set(site.pages);
  const listed = new Set<string>();
  const add = (path: string) => {
    if (pages.has(path)) listed.add(path);
  };
  for (const [path, text] of site.texts)
    if (/(?:^|\/)SUMMARY\.md$/.test(path)) for (const p of summaryPages(path, text)) add(p);
  if (site.mkdocs) for (const p of mkdocsPages(site.mkdocs.text)) add(site.mkdocs.prefix + p);
  if (site.mintlify !== undefined)
    for (const name of mintlifyPages(site.mintlify))
      for (const p of site.pages) if (withoutExtension(p) === name) add(p);
  for (const root of site.sphinxRoots ?? []) for (const p of toctreePages(root, site)) add(p);
  if (site.vitepress !== undefined) for (const p of vitepressPages(site.vitepress, site.pages)) add(p);
  for (const instance of site.docusaurus ?? [])
    for (const p of docusaurusPages(instance, site.texts, byPosition)) add(p);
  return listed;
}

/**
 * A Docusaurus instance's sidebars: a page's doc id is its path inside the instance's docs folder, or its front
 * matter's `id:` last; a page outside that folder is another instance's.
 */
function docusaurusPages(
  docusaurus: DocusaurusSidebars,
  texts: ReadonlyMap<string, string>,
  pages: readonly string[],
): string[] {
  const { top, docsPath } = docusaurus;
  const docPath = (page: string) => {
    const full = top ? `${top}/${page}` : page;
    if (docsPath === '') return full;
    return full.startsWith(`${docsPath}/`) ? full.slice(docsPath.length + 1) : null;
  };
  const frontMatterId = (page: string) =>
    /^id\s*:\s*['"]?([^'"\n]+?)['"]?\s*$/m.exec(frontMatterOf(texts.get(page) ?? ''))?.[1];
  return sidebarPages(docusaurus.sidebars, pages, docPath, frontMatterId);
}

/** GitBook's SUMMARY.md: the pages its links name, in order, from its folder. */
function summaryPages(path: string, text: string): string[] {
  const folder = path.slice(0, path.lastIndexOf('/') + 1);
  return [...text.matchAll(/\]\(\s*<?([^)\s>#]+\.(?:md|mdx))/gi)].map((m) => joinPath(folder, decodeURI(m[1]!)));
}

/** MkDocs' `nav:`, or undefined. */
function mkdocsNav(text: string): unknown {
  try {
    // MkDocs files carry tags ("!!python/name:…", "!ENV") a plain reader does not know; they are never in `nav`.
    return (parseYaml(text, { logLevel: 'silent' }) as { nav?: unknown } | null)?.nav;
  } catch {
    return undefined;
  }
}

/** A nav entry's page ("guide/setup.md"), or null for a section, a link to another site, or anything else. */
const mkdocsPage = (item: unknown): string | null =>
  typeof item === 'string' && /\.(?:md|mdx|markdown)$/i.test(item) && !/^[a-z]+:\/\//i.test(item)
    ? joinPath('', item)
    : null;

/** MkDocs' `nav:`: strings, `Title: page.md` and `Section: [...]`, nested, in order. */
function mkdocsPages(text: string): string[] {
  const out: string[] = [];
  const walk = (item: unknown): void => {
    const page = mkdocsPage(item);
    if (page !== null) out.push(page);
    else if (Array.isArray(item)) for (const i of item) walk(i);
    else if (item && typeof item === 'object') for (const v of Object.values(item)) walk(v);
  };
  walk(mkdocsNav(text));
  return out;
}

/**
 * The titles MkDocs' `nav:` gives its pages (`- 'What it does': 'guide/whathow.md'`), by path inside the docs folder.
 * MkDocs titles a page by its nav entry first: a page whose headings start at "##" shows it as its name, which its
 * file name ("whathow") is not. A page listed twice keeps its first title.
 */
export function mkdocsTitles(mkdocs: NonNullable<SiteFiles['mkdocs']>): Map<string, string> {
  const titles = new Map<string, string>();
  const walk = (item: unknown): void => {
    if (Array.isArray(item)) for (const i of item) walk(i);
    else if (item && typeof item === 'object')
      for (const [title, value] of Object.entries(item)) {
        const path = mkdocsPage(value);
        if (path === null) walk(value);
        else if (title.trim() && !titles.has(mkdocs.prefix + path)) titles.set(mkdocs.prefix + path, title.trim());
      }
  };
  walk(mkdocsNav(mkdocs.text));
  return titles;
}

/** Mintlify's `navigation`: every `pages` list (groups nest inside them), page names without extension, in order. */
function mintlifyPages(text: string): string[] {
  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch {
    return [];
  }
  const out: string[] = [];
  const walk = (node: unknown, inPages: boolean): void => {
    if (typeof node === 'string') {
      if (inPages) out.push(joinPath('', node));
    } else if (Array.isArray(node)) for (const n of node) walk(n, inPages);
    else if (node && typeof node === 'object')
      for (const [key, value] of Object.entries(node)) walk(value, key === 'pages');
  };
  walk((config as { navigation?: unknown } | null)?.navigation, false);
  return out;
}

/** "guide/setup.rst" → "guide/setup": how toctrees, Mintlify and VitePress name a page. */
export const withoutExtension = (path: string) => path.replace(/\.[^./]+$/, '');

/**
 * VitePress keeps its sidebar in JavaScript: its `link: '/guide/sync'` entries, in the order written. A link names a
 * page from the site's root, which may sit above the folder imported ("/docs/faq/general" for "faq/general.md"): it
 * is the page whose path ends it, the longest such.
 */
function vitepressPages(config: string, pages: readonly string[]): string[] {
  const out: string[] = [];
  for (const m of config.matchAll(/\blink\s*:\s*['"`](\/[^'"`#?]*)/g)) {
    let link = m[1]!.replace(/\.(?:html|md)$/, '').replace(/^\/+/, '');
    if (link === '' || link.endsWith('/')) link += 'index';
    const page = pages
      .filter((p) => {
        const name = withoutExtension(p);
        return link === name || link.endsWith(`/${name}`);
      })
      .sort((a, b) => b.length - a.length)[0];
    if (page) out.push(page);
  }
  return out;
}

/** Sphinx: the root page, then the pages its toctrees list, depth first, as the site's sidebar shows them. */
function toctreePages(root: string, site: SiteFiles): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const rootFolder = root.slice(0, root.lastIndexOf('/') + 1);
  const visit = (page: string, depth: number) => {
    if (seen.has(page) || depth > 20) return;
    seen.add(page);
    out.push(page);
    const folder = page.slice(0, page.lastIndexOf('/') + 1);
    for (const entry of toctreeEntries(site.texts.get(page) ?? '')) {
      const name = entry.startsWith('/') ? joinPath(rootFolder, entry.slice(1)) : joinPath(folder, entry);
      const glob = name.includes('*') ? sphinxPattern(name) : null;
      for (const p of site.pages)
        if (glob ? glob.test(withoutExtension(p)) : p === name || withoutExtension(p) === name) visit(p, depth + 1);
    }
  };
  if (site.pages.includes(root)) visit(root, 0);
  return out;
}

/** The documents a page's `.. toctree::` directives list ("install", "Title <guide/setup>", "guide/*"). */
function toctreeEntries(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)\.\.\s+toctree::/.exec(lines[i]!);
    if (!open) continue;
    const indent = open[1]!.length;
    for (i++; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.trim() === '') continue;
      if (line.length - line.trimStart().length <= indent) {
        i--;
        break;
      }
      const entry = line.trim();
      if (entry.startsWith(':')) continue;
      const target = /<([^>]+)>\s*$/.exec(entry)?.[1] ?? entry;
      if (!/^(?:https?:)?\/\//.test(target) && target !== 'self') out.push(target.trim());
    }
  }
  return out;
}

/** "guide/" + "../faq.md" → "faq.md". */
function joinPath(folder: string, path: string): string {
  const parts: string[] = [];
  for (const part of `${folder}${path.replace(/^\.\//, '')}`.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}
