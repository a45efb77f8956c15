/**
 * Sphinx adds `rst_prolog` before and `rst_epilog` after every page (both set in the docs' conf.py). Manuals keep
 * their product names there (".. |product| replace:: Carbonio"), so a page read without them loses those words,
 * headings included. Sphinx also reads every page in conf.py's `default_role`: the prolog opens with it. Only string
 * literals are read, and a literal formatted with one other the conf.py sets plainly (Blender's
 * `"""… |BLENDER_VERSION| replace:: %s …""" % blender_version`, over `blender_version = '3.5'`): any other value
 * Python computes (a join, a call) is skipped.
 */
export function sphinxFrame(confPy: string): { prolog: string; epilog: string } {
  const quoted = String.raw`[rRuU]?(?:"""([\s\S]*?)"""|'''([\s\S]*?)'''|"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)')`;
  const literal = (m: RegExpExecArray): string => {
    const triple = m[1] ?? m[2];
    if (triple !== undefined) return triple;
    return (m[3] ?? m[4] ?? '').replace(/\\n/g, '\n').replace(/\\(.)/g, '$1');
  };
  /** A name's value when the conf.py sets it to a literal, or a literal formatted with such a name (`% name`). */
  const value = (name: string, formatted: boolean): string | undefined => {
    const format = formatted ? String.raw`(?:\s*%\s*\(?\s*([A-Za-z_]\w*)\s*,?\s*\)?)?` : '';
    const m = new RegExp(String.raw`^${name}\s*=\s*${quoted}${format}\s*$`, 'm').exec(confPy);
    if (!m) return undefined;
    const text = literal(m);
    if (m[5] === undefined) return text;
    // One "%s" filled with a name set plainly; any other conversion ("%(x)s", "%d") is Python's to compute.
    const arg = value(m[5], false);
    const slots = [...text.matchAll(/%(.|$)/gs)].map((c) => c[1]).filter((c) => c !== '%');
    if (arg === undefined || slots.length !== 1 || slots[0] !== 's') return undefined;
    return text.replace(/%(%|s)/g, (_m, c: string) => (c === '%' ? '%' : arg));
  };
  // conf.py's default_role (Tryton's 'ref') is the role of `text` written without one on every page, as a
  // ".. default-role::" line before the page would make it: it goes first in the prolog, so a page's own line still wins.
  const role = value('default_role', false)?.trim();
  const prolog = value('rst_prolog', true) ?? '';
  return {
    prolog: role && /^[\w:+-]+$/.test(role) ? `.. default-role:: ${role}\n\n${prolog}` : prolog,
    epilog: value('rst_epilog', true) ?? '',
  };
}

/** A reStructuredText page as Sphinx reads it: the prolog before it, the epilog after it. */
export function framed(page: string, frame: { prolog: string; epilog: string }): string {
  const [prolog, epilog] = [frame.prolog.trim(), frame.epilog.trim()];
  return `${prolog ? `${prolog}\n\n` : ''}${page}${epilog ? `\n\n${epilog}\n` : ''}`;
}

/**
 * Which files of a Sphinx project are pages, as its conf.py says. Sphinx reads only files with a source suffix
 * (`.rst` unless conf.py names others, or an extension such as MyST adds `.md`) and skips `exclude_patterns`: a docs
 * repository's README.md and CONTRIBUTING.md, beside index.rst, are how to build the docs, not help for members.
 * `suffixes` is null when conf.py computes them (nothing is left out then).
 */
export interface SphinxSources {
  suffixes: string[] | null;
  excluded: RegExp[];
}

/**
 * The files a conf.py runs as its own code (`exec(open("../shared.conf.py").read())`), by the path written, from the
 * conf.py's folder (Sphinx runs conf.py there). A project with one conf.py per language keeps its settings in the
 * shared file (AndroidAPS: `myst_parser` is named only there), so without it the project's .md pages are not its pages.
 */
export function execFiles(confPy: string): string[] {
  const code = confPy.replace(/^\s*#.*$/gm, '');
  return [...code.matchAll(/\bexec\s*\(\s*(?:compile\s*\(\s*)?open\s*\(\s*[rRuU]?(['"])([^'"\n]+)\1/g)].map(
    (m) => m[2]!,
  );
}

/** conf.py with each file it runs as code (`execFiles`) written where it runs it; `read` gives null for one it lacks. */
export function withExecFiles(confPy: string, read: (path: string) => string | null): string {
  return confPy.replace(
    /^.*\bexec\s*\(\s*(?:compile\s*\(\s*)?open\s*\(\s*[rRuU]?(['"])([^'"\n]+)\1.*$/gm,
    (line, _q, path: string) => read(path) ?? line,
  );
}

/** Extensions that make Sphinx read Markdown pages. */
const MARKDOWN_EXTENSIONS = /['"](?:myst_parser|myst_nb|recommonmark)['"]/;

export function sphinxSources(confPy: string): SphinxSources {
  // Comment lines, and comments after a value, say nothing ("#    'sphinx.ext.autodoc',").
  const code = confPy.replace(/^\s*#.*$/gm, '').replace(/(?<=['"\])},])\s+#[^'"\n]*$/gm, '');
  const suffix = assigned(code, 'source_suffix');
  let suffixes: string[] | null = ['.rst'];
  if (suffix !== null) {
    const literal = /^(?:[[({]|['"])/.test(suffix.trim());
    suffixes = literal ? quoted(suffix).filter((s) => s.startsWith('.')) : null;
    if (suffixes?.length === 0) suffixes = null;
  }
  if (suffixes && MARKDOWN_EXTENSIONS.test(code) && !suffixes.includes('.md')) suffixes.push('.md');
  const excluded = [...code.matchAll(/^exclude_patterns\s*\+?=\s*/gm)].flatMap((m) =>
    quoted(bracketed(code, m.index + m[0].length)).map(sphinxPattern),
  );
  return { suffixes: suffixes?.map((s) => s.toLowerCase()) ?? null, excluded };
}

/** Whether `path` (from the conf.py's folder, "/" between parts) is a page of that Sphinx project. */
export function isSphinxPage(path: string, sources: SphinxSources): boolean {
  const lower = path.toLowerCase();
  if (sources.suffixes && !sources.suffixes.some((s) => lower.endsWith(s))) return false;
  // A pattern names a page or a folder ("_build", "drafts/*"): a page in an excluded folder is excluded too.
  const parts = path.split('/');
  const prefixes = parts.map((_, i) => parts.slice(0, i + 1).join('/'));
  return !sources.excluded.some((re) => prefixes.some((p) => re.test(p)));
}

/** The value assigned to `name` at the start of a line, brackets and all, or null. */
function assigned(code: string, name: string): string | null {
  const m = new RegExp(`^${name}\\s*=\\s*`, 'm').exec(code);
  return m ? bracketed(code, m.index + m[0].length) : null;
}

/** The Python value starting at `from`: up to its closing bracket when it opens one, else to the line's end. */
function bracketed(code: string, from: number): string {
  const open = code[from];
  if (open !== '[' && open !== '{' && open !== '(') {
    const end = code.indexOf('\n', from);
    return code.slice(from, end === -1 ? undefined : end);
  }
  let depth = 0;
  let quote: string | null = null;
  for (let i = from; i < code.length; i++) {
    const c = code[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if ('[{('.includes(c)) depth++;
    else if (']})'.includes(c) && --depth === 0) return code.slice(from, i + 1);
  }
  return code.slice(from);
}

/** The string literals in a Python value. */
const quoted = (value: string): string[] =>
  [...value.matchAll(/(['"])((?:(?!\1)[^\\\n]|\\.)*)\1/g)].map((m) => m[2]!.replace(/\\(.)/g, '$1'));

/**
 * A Sphinx pattern (`exclude_patterns`, a `:glob:` toctree's entries) as a regular expression, as Sphinx matches them:
 * `**` crosses folders, `*` and `?` do not.
 */
export function sphinxPattern(pattern: string): RegExp {
  const glob = pattern.replace(/^\.\//, '');
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      // "**/" also matches no folder at all ("**/_*.rst" names "_a.rst" at the top).
      if (glob[i + 2] === '/') {
        re += '(?:.*/)?';
        i += 2;
      } else {
        re += '.*';
        i++;
      }
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}
