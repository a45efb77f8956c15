/**
 * The docs a Docusaurus site builds: the classic preset's `docs: { … }` and each `@docusaurus/plugin-content-docs`
 * plugin with its own `id`, `path` and `sidebarPath` (CrowdSec keeps its console and CTI docs in "unversioned/",
 * listed by sidebarsUnversioned.ts). Each instance's pages are ordered by its own sidebars file; read from the first
 * one only, an instance's pages came after the others in path order. The config is JavaScript and is never run: only
 * the literal values of each options object's own keys are read (`path: 'community'`, `sidebarPath:
 * require.resolve('./sidebarsCommunity.js')`); the nested `versions: { current: { path: '/next' } }` are not its
 * folder.
 */
export interface DocsInstance {
  /** "default" for the preset's docs (and a plugin without an `id`). */
  id: string;
  /** The docs folder from the site's top, "docs" unless `path:` says otherwise. */
  path: string;
  /** The sidebars file as the config names it, from the site's top; undefined when it names none. */
  sidebarPath?: string;
  /**
   * The version visitors see by default, as the config's `lastVersion: '2.26'` names it ("current" for the docs
   * folder itself); undefined when it names none or not as a literal.
   */
  lastVersion?: string;
}

const DEFAULT_ID = 'default';

/** Where an options object opens: the preset's `docs: {`, or a docs plugin's `['@docusaurus/plugin-content-docs', {`. */
const INSTANCE_OPTIONS = /\bdocs\s*:\s*\{|(['"`])(?:@docusaurus\/plugin-)?content-docs\1\s*\)?\s*,\s*\{/g;

const SIDEBAR_PATH = /\bsidebarPath['"]?\s*:\s*(?:require\.resolve\(\s*)?(['"`])([^'"`\n]+)\1/g;

/** The site's docs instances, the preset's first, then each plugin's in the order the config names them. */
export function docsInstances(config: string): DocsInstance[] {
  const named = new Map<string, Map<string, string>>([[DEFAULT_ID, new Map()]]);
  for (const m of config.matchAll(INSTANCE_OPTIONS)) {
    const keys = ownKeys(config, m.index + m[0].length - 1);
    const id = keys.get('id') ?? DEFAULT_ID;
    // themeConfig's `docs: { sidebar: { … } }` names neither key: the first object that names one gives it.
    const given = named.get(id) ?? new Map<string, string>();
    for (const key of ['path', 'sidebarPath', 'lastVersion'])
      if (keys.has(key) && !given.has(key)) given.set(key, keys.get(key)!);
    named.set(id, given);
  }
  // Preset options kept in a variable (`docs: docsOptions`) open no object here: the preset's sidebars file is then the
  // first `sidebarPath` no plugin names.
  const claimed = new Set([...named.values()].map((given) => given.get('sidebarPath')));
  const loose = [...config.matchAll(SIDEBAR_PATH)].map((m) => m[2]!).find((path) => !claimed.has(path));
  if (!named.get(DEFAULT_ID)!.has('sidebarPath') && loose !== undefined)
    named.get(DEFAULT_ID)!.set('sidebarPath', loose);
  return [...named].map(([id, given]) => ({
    id,
    path: (given.get('path') ?? 'docs').replace(/^\.\/|\/$/g, ''),
    ...(given.has('sidebarPath') && { sidebarPath: given.get('sidebarPath')! }),
    ...(given.has('lastVersion') && { lastVersion: given.get('lastVersion')! }),
  }));
}

/**
 * Where an instance keeps its old versions, from the site's top: `versioned_docs/version-2.25/` with
 * `versioned_sidebars/version-2.25-sidebars.json`, prefixed by the id for any other instance
 * ("community_versioned_docs/").
 */
export function versionedFolders(instance: DocsInstance): { docs: string; sidebars: string } {
  const prefix = instance.id === DEFAULT_ID ? '' : `${instance.id}_`;
  return { docs: `${prefix}versioned_docs`, sidebars: `${prefix}versioned_sidebars` };
}

/**
 * The old versions of one docs instance that an import of the site left out, for its report: read along with the
 * current docs, every topic came once per version kept, and unnamed, an admin who serves version 2.25 did not know it
 * was there to import instead.
 */
export interface VersionsLeftOut {
  /** The folder the versions sit in, from the folder imported: "versioned_docs", "community_versioned_docs". */
  folder: string;
  /** The versions' folders in it, oldest first: "version-2.22", "version-2.23". */
  versions: string[];
  /** How many pages they hold. */
  pages: number;
  /**
   * The version served in place of the current docs, the site's `lastVersion` ("2.26"), and the current docs' folder
   * it leaves out (the unreleased "next": "docs"), with how many pages that holds.
   */
  served?: { version: string; next: string; nextPages: number };
}

/** A string literal, or a comment (whose braces are no braces): whichever the scan meets first. */
const TOKEN = /\/\/[^\n]*|\/\*[\s\S]*?\*\/|(['"`])(?:\\.|(?!\1)[^\\])*\1|[{}[\]]/g;

/**
 * The keys the object opening at `open` has itself, with their string values (`require.resolve('…')` read as its
 * argument); the keys of the objects and lists nested in it are not its own.
 */
function ownKeys(config: string, open: number): Map<string, string> {
  let own = '';
  let depth = 0;
  let from = open;
  TOKEN.lastIndex = open;
  for (let m = TOKEN.exec(config); m !== null; m = TOKEN.exec(config)) {
    const token = m[0];
    if (token === '{' || token === '[') {
      if (depth === 1) own += config.slice(from, m.index);
      depth++;
    } else if (token === '}' || token === ']') {
      depth--;
      if (depth === 0) {
        own += config.slice(from, m.index);
        break;
      }
      if (depth === 1) from = m.index + 1;
    }
  }
  const keys = new Map<string, string>();
  for (const k of own.matchAll(
    /(?:^|[\s,{])['"]?(\w+)['"]?\s*:\s*(?:require\.resolve\(\s*)?(['"`])((?:(?!\2)[^\\\n$])+)\2/g,
  ))
    if (!keys.has(k[1]!)) keys.set(k[1]!, k[3]!);
  return keys;
}
