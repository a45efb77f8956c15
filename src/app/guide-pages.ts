import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { docusaurusExclude, isExcluded } from '../core/import/docusaurus-exclude.js';
import {
  type DocsInstance,
  docsInstances,
  versionedFolders,
  type VersionsLeftOut,
} from '../core/import/docusaurus-instances.js';
import type { GuideFile } from '../core/import/import-guide.js';
import {
  includedFiles,
  includePath,
  includeTargets,
  inlinePartials,
  inlineRstIncludes,
  importedPartials,
  partialTargets,
  SITE_ROOT,
} from '../core/import/partials.js';
import { type SiteStrings, stringTable, withTranslateText } from '../core/import/translate-tags.js';
import {
  type DocusaurusSidebars,
  mkdocsTitles,
  type SiteFiles,
  siteOrder,
  withoutExtension,
} from '../core/import/site-order.js';
import {
  execFiles,
  framed,
  isSphinxPage,
  type SphinxSources,
  sphinxFrame,
  sphinxSources,
  withExecFiles,
} from '../core/import/sphinx-conf.js';

/** The pages of a docs folder: a docs folder's .txt files are robots.txt and requirements.txt, not pages. */
export const PAGE_EXTENSIONS = new Set(['.md', '.mdx', '.markdown', '.rst', '.rest']);
/** A reStructuredText page, which `.. include::` and conf.py concern. */
const isRst = (path: string) => /\.(?:rst|rest)$/i.test(path);
/** How many folders above a single guide file its includes and conf.py may come from. */
const FOLDERS_ABOVE = 3;

/**
 * The folders an import may read from besides the guide's own: `dir` and up to FOLDERS_ABOVE above it, nearest first,
 * where a docs tree keeps its site config, conf.py and shared snippets. Never the filesystem's top: a guide never
 * reaches into the rest of the machine.
 */
function nearFolders(dir: string): string[] {
  const out = [resolve(dir)];
  for (let parent = dirname(out[0]!); out.length <= FOLDERS_ABOVE && dirname(parent) !== parent; ) {
    out.push(parent);
    parent = dirname(parent);
  }
  return out;
}
/** Pages that open their folder. */
const FIRST_PAGES = new Set(['index', '_index', 'readme']);

/** A guide kept as a folder: its pages, and what of its site the import left out that the admin is told of. */
export interface GuideSite {
  pages: GuideFile[];
  /** A versioned Docusaurus site's old versions, by instance; empty when none was left out. */
  versionsLeftOut: VersionsLeftOut[];
}

/** The pages of a guide kept as a folder (see readGuideSite). */
export async function readGuidePages(dir: string): Promise<GuideFile[]> {
  return (await readGuideSite(dir)).pages;
}

/**
 * Every page of a guide kept as a folder (a docs site), in reading order: path order, part by part, a folder's
 * index or README page first, numbered names in number order ("2-sync" before "10-backup"). Names starting with
 * "." or "_" (drafts, partials, build folders) and node_modules are left out, but a partial a page imports is written
 * into the page where its tag stands. `fileName` is the page's path inside the folder, with "/" between parts.
 */
export async function readGuideSite(dir: string): Promise<GuideSite> {
  const all = (await readdir(dir, { recursive: true }))
    .map((e) => e.split(sep).join('/'))
    .filter((p) => !p.split('/').some((part) => part.startsWith('.') || part === 'node_modules'));
  const read = async (f: string) => [f, await readFile(join(dir, f), 'utf8')] as [string, string];
  // A Sphinx folder's conf.py may give every page a prolog and an epilog (substitutions such as |product|), and says
  // which of its files are pages at all: its own source suffixes too (Mayan EDMS writes its reST pages as ".txt").
  const confs = new Map<string, string>();
  for (const c of all.filter((p) => p === 'conf.py' || p.endsWith('/conf.py')))
    confs.set(c, await withSharedConf(dir, c, await readFile(join(dir, c), 'utf8')));
  const projects = sphinxProjects(confs);
  const sphinxSuffix = sphinxSuffixes(projects);
  const files = all.filter((p) => PAGE_EXTENSIONS.has(extname(p).toLowerCase()) || sphinxSuffix(p));
  const texts = new Map(await Promise.all(files.map(read)));
  const rstPage = (f: string) => isRst(f) || sphinxSuffix(f);
  const rst = [...texts].filter(([f]) => rstPage(f));
  const included = includedFiles(new Map(rst));
  // A file a page's `.. include::` names is read too, whatever it is called ("feedback.txt", "x.inc", Mixxx's
  // "shortcuts.rstext"): docutils reads any; other files are not (not every robots.txt in the folder).
  for (const [f, text] of await Promise.all(all.filter((p) => !texts.has(p) && included.has(p)).map(read)))
    texts.set(f, text);
  // So is a file a Markdown page's include tag names, whatever it is: MkDocs' include-markdown writes a site's
  // "docker-compose.yml" into the code fence where `{% include "…" %}` stands. Left unread, the tag showed instead.
  const named = new Set([...texts].flatMap(([f, t]) => partialTargets(f, t)));
  for (const [f, text] of await Promise.all(all.filter((p) => !texts.has(p) && named.has(p)).map(read)))
    texts.set(f, text);
  const conf = confs.has('conf.py') ? 'conf.py' : [...confs.keys()].sort()[0];
  const frame = sphinxFrame(conf ? confs.get(conf)! : '');
  const sphinxPage = sphinxPages(projects);
  // "_" names are partials (Docusaurus) or build folders (Sphinx), and a file another page includes or imports is read
  // there: not pages, but a page may write them in. Hugo's "_index.md" is a section's own page.
  const docusaurus = await docusaurusSite(dir);
  const top = await withSitePartials(docusaurus, dir, texts);
  const partials = importedPartials(texts);
  const excluded = docusaurusExcluded(docusaurus, dir);
  const versions = await docusaurusVersions(docusaurus, dir);
  // A folder that is the site's top holds those partials itself: they are no pages either.
  if (top === '')
    for (const p of [...partials]) if (p.startsWith(`${SITE_ROOT}/`)) partials.add(p.slice(SITE_ROOT.length + 1));
  const candidates = files
    .filter(
      (p) =>
        !p.split('/').some((part) => part.startsWith('_') && !/^_index\.md$/i.test(part)) &&
        !included.has(p) &&
        !partials.has(p) &&
        !excluded(p) &&
        sphinxPage(p),
    )
    // GitBook's SUMMARY.md is the site's table of contents: a list of the other pages.
    .filter((p) => !/(?:^|\/)SUMMARY\.md$/.test(p));
  const pages = candidates.filter((p) => leftOutVersion(versions, p) === null).sort(byReadingOrder);
  const navigation = await siteNavigation(dir, all, texts, confs);
  const sidebars = await docusaurusSidebars(docusaurus, dir);
  // A repository with mkdocs.yml at its top builds its site from docs_dir only: README.md, AGENTS.md and the rest
  // beside it are about the repository, not help (unless docs_dir holds no page, a setting the import misread).
  const docsDir = navigation.files.mkdocs?.prefix;
  const inDocs = docsDir ? pages.filter((p) => p.startsWith(docsDir)) : pages;
  const site = { pages: inDocs.length > 0 ? inDocs : pages, texts: new Map([...texts, ...navigation.texts]) };
  const navTitles = navigation.files.mkdocs ? mkdocsTitles(navigation.files.mkdocs) : new Map<string, string>();
  const strings = [...texts.values()].some((t) => t.includes('<Translate')) ? await siteStrings(docusaurus) : new Map();
  const ordered = siteOrder({ ...site, ...navigation.files, docusaurus: sidebars }).map((fileName) => {
    const text = texts.get(fileName)!;
    const navTitle = navTitles.get(fileName);
    return {
      fileName: asCurrentDocs(versions, fileName),
      ...(navTitle !== undefined && { navTitle }),
      text: rstPage(fileName)
        ? framed(inlineRstIncludes(fileName, text, texts), frame)
        : withTranslateText(inlinePartials(fileName, text, texts), strings),
    };
  });
  return { pages: ordered, versionsLeftOut: versionsLeftOut(versions, candidates) };
}

/** A Docusaurus site's top holds its config; a docs folder sits at it or below it. */
const DOCUSAURUS_CONFIG = /^docusaurus\.config\.(?:js|cjs|mjs|ts|mts)$/;

/** The Docusaurus site a folder is, or sits in (one of nearFolders): its top, its config's text and its docs instances. */
interface DocusaurusSite {
  root: string;
  config: string;
  /** Read from the config once: its versions and its sidebars files are both found by instance. */
  instances: DocsInstance[];
}

async function docusaurusSite(dir: string): Promise<DocusaurusSite | null> {
  for (const root of nearFolders(dir)) {
    const names = await readdir(root).catch(() => [] as string[]);
    const config = names.find((n) => DOCUSAURUS_CONFIG.test(n));
    if (config === undefined) continue;
    const text = await readFile(join(root, config), 'utf8').catch(() => '');
    return { root, config: text, instances: docsInstances(text) };
  }
  return null;
}

/** The folder's path from the site's top: "" at it, "docs" below it. */
const fromSiteTop = (site: DocusaurusSite, dir: string) => relative(site.root, resolve(dir)).split(sep).join('/');

/**
 * The partials the folder's pages import from the site's top ("@site/snippets/reverse-proxy.mdx"), read from the
 * Docusaurus site the folder is or sits in into `texts` under their "@site/" names, and the partials those import,
 * three levels at most. Left out, a "## Reverse proxy" section holding only the partial's tag lost all its text.
 * Returns the folder's path from the site's top, or null outside a site or when no page imports from its top.
 */
async function withSitePartials(
  site: DocusaurusSite | null,
  dir: string,
  texts: Map<string, string>,
): Promise<string | null> {
  const wanted = () =>
    [...texts].flatMap(([f, t]) => partialTargets(f, t)).filter((p) => p.startsWith(`${SITE_ROOT}/`) && !texts.has(p));
  if (site === null || wanted().length === 0) return null;
  const tried = new Set<string>();
  for (let depth = 0; depth < 3; depth++) {
    const next = wanted().filter((p) => !tried.has(p));
    for (const p of next) {
      tried.add(p);
      const found = await readFile(join(site.root, p.slice(SITE_ROOT.length + 1)), 'utf8').catch(() => null);
      if (found !== null) texts.set(p, found);
    }
  }
  return fromSiteTop(site, dir);
}

/**
 * Whether a page is one the Docusaurus site the folder is or sits in leaves out by its config's `exclude` (see
 * docusaurus-exclude.ts). A partial a page imports is still written into that page.
 */
function docusaurusExcluded(site: DocusaurusSite | null, dir: string): (path: string) => boolean {
  if (site === null) return () => false;
  const exclude = docusaurusExclude(site.config);
  const top = fromSiteTop(site, dir);
  return exclude === null ? () => false : (path) => isExcluded(exclude, top, path);
}

/**
 * The string tables of the Docusaurus site the folder is or sits in (src/translations/*.json, its default language's:
 * "android-values.json", not "android-values-fr.json"), which its <Translate ids="…"/> tags show (see
 * translate-tags.ts). Empty outside a site or when it has none.
 */
async function siteStrings(site: DocusaurusSite | null): Promise<SiteStrings> {
  const strings = new Map<string, Map<string, string>>();
  if (site === null) return strings;
  const folder = join(site.root, 'src', 'translations');
  const names = (await readdir(folder).catch(() => [] as string[]))
    .filter((n) => n.endsWith('.json') && !/-[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?\.json$/.test(n))
    .sort();
  for (const name of names) {
    const table = stringTable(await readFile(join(folder, name), 'utf8').catch(() => ''));
    if (table !== null) strings.set(name.slice(0, -'.json'.length), table);
  }
  return strings;
}

/** A Docusaurus docs instance's versions, as an import of its site's top serves them. */
interface InstanceVersions {
  /** Where its old versions sit: "versioned_docs", "community_versioned_docs". */
  folder: string;
  /** Its current docs' folder: "docs". */
  current: string;
  /** The version served in place of the current docs, its `lastVersion` ("2.26"); undefined when they are served. */
  served?: string;
}

/**
 * The versions of each docs instance of the site, when the folder imported is the site's top (a folder inside
 * versioned_docs, or inside docs/, is imported as it is). Read with the current docs, every old version
 * (versioned_docs/version-2.25/…) made each topic once more (Halo's 2.22 to 2.26 made 885 of its 1,069 pages, five
 * "使用 Docker 部署" in a row), so the current docs are served, which the maintainers edit; but a `lastVersion` that
 * names a version kept in versioned_docs is what visitors see by default, docs/ then being the unreleased "next",
 * and that version is served instead. "current" names the docs folder; Docusaurus' own default when the config names
 * none (its newest version) is not read here.
 */
async function docusaurusVersions(site: DocusaurusSite | null, dir: string): Promise<InstanceVersions[]> {
  if (site === null || fromSiteTop(site, dir) !== '') return [];
  const isFolder = (path: string) =>
    stat(join(site.root, path)).then(
      (s) => s.isDirectory(),
      () => false,
    );
  const out: InstanceVersions[] = [];
  for (const instance of site.instances) {
    const folder = versionedFolders(instance).docs;
    const last = instance.lastVersion;
    const served = last !== undefined && last !== 'current' && (await isFolder(`${folder}/version-${last}`));
    out.push({ folder, current: instance.path, ...(served && { served: last }) });
  }
  return out;
}

/** A page the import leaves out: an old version's ("version-2.25"), or the current docs' (null) a version stands in for. */
interface LeftOutPage {
  version: string | null;
}

/** Whether the import leaves a page out as another version than the one served (see docusaurusVersions); null if not. */
function leftOutVersion(instances: readonly InstanceVersions[], path: string): LeftOutPage | null {
  for (const instance of instances) {
    if (path.startsWith(`${instance.folder}/`)) {
      const version = path.slice(instance.folder.length + 1).split('/')[0]!;
      return version === `version-${instance.served}` ? null : { version };
    }
    if (instance.served !== undefined && path.startsWith(`${instance.current}/`)) return { version: null };
  }
  return null;
}

/**
 * A served version's page named as the current docs' page it stands in for ("versioned_docs/version-2.26/x.md" →
 * "docs/x.md"), once its partials are written in: a title its folders tell apart read "扩展点 (…, Developer guide,
 * Version 2, Versioned docs)" where the current docs' read "(…, Developer guide, Docs)".
 */
function asCurrentDocs(instances: readonly InstanceVersions[], path: string): string {
  for (const instance of instances) {
    const folder = `${instance.folder}/version-${instance.served}/`;
    if (instance.served !== undefined && path.startsWith(folder))
      return `${instance.current}/${path.slice(folder.length)}`;
  }
  return path;
}

/**
 * What the report says of each instance's versions: the old versions left out, oldest first ("2.9" before "2.10"),
 * with their pages, and the version served in place of the current docs.
 */
function versionsLeftOut(instances: readonly InstanceVersions[], pages: readonly string[]): VersionsLeftOut[] {
  const byNumber = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });
  return instances.flatMap((instance) => {
    const left = pages.map((p) => leftOutVersion([instance], p)).filter((l) => l !== null);
    const old = left.filter((l) => l.version !== null);
    const versions = [...new Set(old.map((l) => l.version!))].sort(byNumber);
    if (versions.length === 0 && instance.served === undefined) return [];
    const nextPages = left.length - old.length;
    const served =
      instance.served === undefined ? {} : { served: { version: instance.served, next: instance.current, nextPages } };
    return [{ folder: instance.folder, versions, pages: old.length, ...served }];
  });
}

/** The sidebars file Docusaurus reads for the preset's docs when its config names none. */
const DEFAULT_SIDEBARS = ['sidebars.js', 'sidebars.ts', 'sidebars.mjs', 'sidebars.cjs', 'sidebars.json'];

/**
 * The sidebars files of the Docusaurus site the folder is or sits in, to order each docs instance's pages by (see
 * docusaurus-instances.ts and docusaurus-sidebars.ts): each instance's `sidebarPath` (for the preset's, when the
 * config names none, sidebars.js or .ts at the site's top), and each old version's
 * (versioned_sidebars/version-2.25-sidebars.json orders versioned_docs/version-2.25/). A file that is missing or
 * cannot be read leaves its pages in their positions' order.
 */
async function docusaurusSidebars(site: DocusaurusSite | null, dir: string): Promise<DocusaurusSidebars[]> {
  if (site === null) return [];
  const top = fromSiteTop(site, dir);
  const read = (name: string) => {
    const path = resolve(site.root, name);
    // Only a file inside the site: the config names it, and an import reads nothing beyond the site.
    return relative(site.root, path).startsWith('..') ? null : readFile(path, 'utf8').catch(() => null);
  };
  const out: DocusaurusSidebars[] = [];
  for (const instance of site.instances) {
    const names = instance.sidebarPath ? [instance.sidebarPath] : instance.id === 'default' ? DEFAULT_SIDEBARS : [];
    for (const name of names) {
      const sidebars = await read(name);
      if (sidebars === null) continue;
      out.push({ sidebars, top, docsPath: instance.path });
      break;
    }
    const versioned = versionedFolders(instance);
    for (const file of (await readdir(join(site.root, versioned.sidebars)).catch(() => [] as string[])).sort()) {
      const version = /^(version-.+)-sidebars\.json$/.exec(file)?.[1];
      const sidebars = version === undefined ? null : await read(`${versioned.sidebars}/${file}`);
      if (sidebars !== null) out.push({ sidebars, top, docsPath: `${versioned.docs}/${version}` });
    }
  }
  return out;
}

/**
 * A conf.py with the Python files it runs as its own code written in (`exec(open("../shared.conf.py").read())`), read
 * from its folder as Sphinx does, and only near the docs folder (up to three folders above it); a file that cannot be
 * read leaves its line.
 */
async function withSharedConf(dir: string, conf: string, text: string): Promise<string> {
  const folder = join(dir, conf, '..');
  const near = nearFolders(dir).at(-1)!;
  const read = new Map<string, string>();
  for (const f of execFiles(text).filter((p) => p.endsWith('.py'))) {
    const path = resolve(folder, f);
    if (relative(near, path).startsWith('..')) continue;
    const found = await readFile(path, 'utf8').catch(() => null);
    if (found !== null) read.set(f, found);
  }
  return read.size === 0 ? text : withExecFiles(text, (f) => read.get(f) ?? null);
}

/** The top index.rst of a folder with no conf.py: a Sphinx manual's part, whose toctree orders its pages. */
const SUB_MANUAL_ROOT = /^index\.(?:rst|rest)$/i;

/**
 * What a docs folder keeps about its site's order (see site-order.ts): Docusaurus' `_category_` files, mkdocs.yml (in
 * the folder, or above it when the folder is its `docs_dir`), each Sphinx project's root page (or the folder's
 * index.rst), Mintlify's docs.json, VitePress' config.
 */
async function siteNavigation(
  dir: string,
  all: readonly string[],
  texts: ReadonlyMap<string, string>,
  confs: ReadonlyMap<string, string>,
): Promise<{
  texts: Map<string, string>;
  files: Pick<SiteFiles, 'mkdocs' | 'sphinxRoots' | 'mintlify' | 'vitepress'>;
}> {
  const categories = all.filter((p) => /(?:^|\/)_category_\.(?:json|ya?ml)$/.test(p));
  const read = new Map(
    await Promise.all(categories.map(async (p) => [p, await readFile(join(dir, p), 'utf8')] as const)),
  );
  // mkdocs.yml names pages from its docs_dir ("docs" unless it says otherwise): the folder itself when the file is
  // above it, a sub-folder when the folder imported is the repository.
  let mkdocs: SiteFiles['mkdocs'];
  const inside = await readFile(join(dir, 'mkdocs.yml'), 'utf8').catch(() => null);
  const above = inside === null ? await readFile(join(dir, '..', 'mkdocs.yml'), 'utf8').catch(() => null) : null;
  if (inside !== null) {
    const docsDir = /^docs_dir:\s*['"]?([^'"\n#]+?)['"]?\s*(?:#.*)?$/m.exec(inside)?.[1] ?? 'docs';
    mkdocs = { text: inside, prefix: `${docsDir.replace(/^\.\/|\/$/g, '')}/` };
  } else if (above !== null) mkdocs = { text: above, prefix: '' };
  const projectRoots = [...confs].flatMap(([conf, text]) => {
    const folder = conf.slice(0, -'conf.py'.length);
    const root = /^(?:master_doc|root_doc)\s*=\s*['"]([^'"]+)['"]/m.exec(text)?.[1] ?? 'index';
    return [...texts.keys()].filter((p) => withoutExtension(p) === `${folder}${root}`);
  });
  // One part of a Sphinx manual imported on its own ("doc/user", its conf.py above the folder) has no conf.py to name
  // its root, but its index.rst lists its pages in a toctree, in the order the site shows them.
  const sphinxRoots = projectRoots.length > 0 ? projectRoots : [...texts.keys()].filter((p) => SUB_MANUAL_ROOT.test(p));
  const mintlify =
    (await readFile(join(dir, 'docs.json'), 'utf8').catch(() => null)) ??
    (await readFile(join(dir, 'mint.json'), 'utf8').catch(() => null));
  const vitepress = await vitepressConfig(dir);
  return {
    texts: read,
    files: {
      ...(mkdocs ? { mkdocs } : {}),
      sphinxRoots,
      ...(mintlify !== null ? { mintlify } : {}),
      ...(vitepress !== null ? { vitepress } : {}),
    },
  };
}

/**
 * VitePress' config (the folder's .vitepress/, or one up to two folders above, where a site keeps its docs in a
 * sub-folder): its script files, those naming the sidebar first, joined. Null when there is none.
 */
async function vitepressConfig(dir: string): Promise<string | null> {
  for (const up of ['.', '..', join('..', '..')]) {
    const folder = join(dir, up, '.vitepress');
    const files = await readdir(folder, { recursive: true }).catch(() => null);
    if (!files) continue;
    const scripts = files
      .map((f) => f.split(sep).join('/'))
      .filter((f) => /\.(?:[cm]?[jt]s)$/.test(f) && !/(?:^|\/)(?:theme|node_modules|cache|dist)\//.test(f))
      .sort((a, b) => Number(!/sidebar/i.test(a)) - Number(!/sidebar/i.test(b)) || a.localeCompare(b));
    const texts = await Promise.all(scripts.map((f) => readFile(join(folder, f), 'utf8').catch(() => '')));
    return texts.join('\n');
  }
  return null;
}

/** Each Sphinx project of the folder (a repository may keep several manuals), nearest first for a file below it. */
type SphinxProjects = ReadonlyArray<{ folder: string; sources: SphinxSources }>;
function sphinxProjects(confs: ReadonlyMap<string, string>): SphinxProjects {
  return [...confs]
    .map(([path, text]) => ({ folder: path.slice(0, -'conf.py'.length), sources: sphinxSources(text) }))
    .sort((a, b) => b.folder.length - a.folder.length);
}

/** The Sphinx project a file sits in: the one of the nearest conf.py above it (projects come nearest first). */
const projectOf = (projects: SphinxProjects, path: string) => projects.find((p) => path.startsWith(p.folder));

/**
 * Whether a file is a page of the Sphinx project it sits in, by the nearest conf.py above it; a file in no Sphinx
 * project is a page.
 */
function sphinxPages(projects: SphinxProjects): (path: string) => boolean {
  return (path) => {
    const project = projectOf(projects, path);
    return !project || isSphinxPage(path.slice(project.folder.length), project.sources);
  };
}

/**
 * Whether a file is a page by a suffix its Sphinx project names besides the usual ones (source_suffix = '.txt'): read
 * as reStructuredText, as Sphinx reads it.
 */
function sphinxSuffixes(projects: SphinxProjects): (path: string) => boolean {
  return (path) => {
    const ext = extname(path).toLowerCase();
    const suffixes = projectOf(projects, path)?.sources.suffixes ?? [];
    return !PAGE_EXTENSIONS.has(ext) && suffixes.includes(ext);
  };
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

/**
 * A single reStructuredText guide file with the files its `.. include::` lines name written in, read from beside it
 * (two levels deep at most, as partials are); an include from the docs' top ("/includes/note.rst") is looked for in
 * the folders above the file. An include that cannot be read stays, and the import reports it.
 */
export async function withIncludes(path: string, text: string): Promise<string> {
  // Paths as the includes resolve them: the file's own path from the filesystem's top, without the leading "/".
  const name = resolve(path).split(sep).join('/').replace(/^\/+/, '');
  const dirs = name.split('/').slice(0, -1);
  if (!isRst(path)) return withPartials(name, dirs, text);
  const frame = sphinxFrame((await readNearest(dirs, 'conf.py')) ?? '');
  if (!text.includes('include::')) return framed(text, frame);
  const files = await withNearbyFiles(name, dirs, text, (read) => includedFiles(read));
  // "/includes/note.rst" is read from the docs' top, which is one of the file's folders.
  for (const f of includeTargets(text).filter((p) => p.startsWith('/'))) {
    const path = includePath(name, f);
    const found = files.has(path) ? null : await readNearest(dirs, path);
    if (found !== null) files.set(path, found);
  }
  return framed(inlineRstIncludes(name, text, files), frame);
}

/**
 * A single Markdown page with the partials it imports (`import Docker from './tab/Docker.md'`) written where their tags
 * stand, read from beside it (its folder and the three above it, three levels of partials at most), as a folder import
 * writes them; without them a Docusaurus page that is mostly partials imported as headings with no text.
 */
async function withPartials(name: string, dirs: readonly string[], text: string): Promise<string> {
  const files = await withNearbyFiles(name, dirs, text, (read) => [...read].flatMap(([f, t]) => partialTargets(f, t)));
  return files.size === 1 ? text : inlinePartials(name, text, files);
}

/**
 * The guide file `name` with the files it names (`wanted`: includes or partials, by path from the filesystem's top)
 * read in, and those they name, three levels at most. Only files near the guide are read (its folder and the three
 * above it, where a docs tree keeps them): a guide file never reaches into the rest of the machine.
 */
async function withNearbyFiles(
  name: string,
  dirs: readonly string[],
  text: string,
  wanted: (read: ReadonlyMap<string, string>) => Iterable<string>,
): Promise<Map<string, string>> {
  const files = new Map([[name, text]]);
  const near = `${nearFolders(`/${dirs.join('/')}`)
    .at(-1)!
    .slice(1)}/`;
  const tried = new Set<string>();
  for (let depth = 0; depth < 3; depth++) {
    const next = [...wanted(files)].filter((f) => f.startsWith(near) && !files.has(f) && !tried.has(f));
    if (next.length === 0) break;
    for (const f of next) {
      tried.add(f);
      const found = await readFile(`/${f}`, 'utf8').catch(() => null);
      if (found !== null) files.set(f, found);
    }
  }
  return files;
}

/**
 * `path` read from the nearest of the folders `dirs` names (the file's own, then up to three above it, where a docs
 * tree keeps its conf.py and includes), or null.
 */
async function readNearest(dirs: readonly string[], path: string): Promise<string | null> {
  for (const folder of nearFolders(`/${dirs.join('/')}`)) {
    const found = await readFile(join(folder, path), 'utf8').catch(() => null);
    if (found !== null) return found;
  }
  return null;
}
