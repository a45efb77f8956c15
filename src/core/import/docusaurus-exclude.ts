import { docsInstances } from './docusaurus-instances.js';
import { sphinxPattern } from './sphinx-conf.js';

/**
 * The files a Docusaurus site leaves out of its docs: its config's `exclude: ["**\/partials/**"]` (Unraid's docs keep
 * the text their pages import under "partials/" folders, and a few no page imports any more). Docusaurus builds no
 * page of them; imported as pages, they reached members as topics of a fragment each ("Parity swap what", "Static").
 * Its default (names starting with "_") the folder reader leaves out already.
 */
export interface DocusaurusExclude {
  /** The docs plugin's folder, from the site's top ("docs" unless its `path:` says otherwise). */
  docsPath: string;
  patterns: RegExp[];
}

/** The string literals of every `exclude: [...]` in a docusaurus.config file, as patterns; null when it has none. */
export function docusaurusExclude(config: string): DocusaurusExclude | null {
  const globs = [...config.matchAll(/\bexclude\s*:\s*\[([^\]]*)\]/g)].flatMap(([, list]) =>
    [...list!.matchAll(/(['"`])((?:(?!\1)[^\\\n])*)\1/g)].map((m) => m[2]!),
  );
  if (globs.length === 0) return null;
  return {
    // The preset's docs, the first instance: the patterns are matched from its folder.
    docsPath: docsInstances(config)[0]!.path,
    patterns: globs.flatMap(expandBraces).map(sphinxPattern),
  };
}

/**
 * Whether the page at `path` (from the folder imported, which sits at `top` from the site's top) is excluded: the
 * patterns are matched from the docs folder, as Docusaurus does.
 */
export function isExcluded(exclude: DocusaurusExclude, top: string, path: string): boolean {
  const full = top ? `${top}/${path}` : path;
  const fromDocs = full.startsWith(`${exclude.docsPath}/`) ? full.slice(exclude.docsPath.length + 1) : full;
  return exclude.patterns.some((p) => p.test(fromDocs));
}

/** A glob's "{a,b}" alternatives, each as a glob of its own ("**\/_*.{md,mdx}" → "**\/_*.md", "**\/_*.mdx"). */
function expandBraces(glob: string): string[] {
  const m = /\{([^{}]*)\}/.exec(glob);
  if (!m) return [glob];
  return m[1]!
    .split(',')
    .flatMap((alt) => expandBraces(glob.slice(0, m.index) + alt + glob.slice(m.index + m[0].length)));
}
