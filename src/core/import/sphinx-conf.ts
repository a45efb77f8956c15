/**
 * Sphinx adds `rst_prolog` before and `rst_epilog` after every page (both set in the docs' conf.py). Manuals keep
 * their product names there (".. |product| replace:: Carbonio"), so a page read without them loses those words,
 * headings included. Only plain string literals are read: a value Python computes (a format, a join) is skipped.
 */
export function sphinxFrame(confPy: string): { prolog: string; epilog: string } {
  const value = (name: string): string => {
    const m = new RegExp(
      String.raw`^${name}\s*=\s*[rRuU]?(?:"""([\s\S]*?)"""|'''([\s\S]*?)'''|"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)')\s*$`,
      'm',
    ).exec(confPy);
    if (!m) return '';
    const triple = m[1] ?? m[2];
    if (triple !== undefined) return triple;
    return (m[3] ?? m[4] ?? '').replace(/\\n/g, '\n').replace(/\\(.)/g, '$1');
  };
  return { prolog: value('rst_prolog'), epilog: value('rst_epilog') };
}

/** A reStructuredText page as Sphinx reads it: the prolog before it, the epilog after it. */
export function framed(page: string, frame: { prolog: string; epilog: string }): string {
  const [prolog, epilog] = [frame.prolog.trim(), frame.epilog.trim()];
  return `${prolog ? `${prolog}\n\n` : ''}${page}${epilog ? `\n\n${epilog}\n` : ''}`;
}
