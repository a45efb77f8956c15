import { parseRst } from './parse-rst.js';
import type { Section } from './section-tree.js';
import { FenceTracker } from '../knowledge/fences.js';

/**
 * MyST's "```{eval-rst}" fence holds reStructuredText, which Sphinx reads as reST: its ".. note::", "#." lists, grid
 * tables and ":guilabel:`…`" roles. Read as the page's Markdown, members saw ".. note:: …", "#. Open :guilabel:`…`"
 * and "+----+" borders as steps. The reST reader reads it; its lines (Discord Markdown) are written back in place, its
 * headings as Markdown headings under the heading the fence stands under (`level`).
 */
export function evalRstMarkdown(
  content: readonly string[],
  level: number,
  titles: ReadonlyMap<string, string>,
): string[] {
  const doc = parseRst(content.join('\n'), titles);
  const out = ['', ...asMarkdown(doc.preamble)];
  const section = (s: Section) => {
    out.push('', `${'#'.repeat(Math.min(6, level + s.level))} ${s.title}`, '', ...asMarkdown(s.lines));
    s.children.forEach(section);
  };
  doc.sections.forEach(section);
  return [...out, ''];
}

/**
 * The reST reader's lines as the Markdown reader reads them back: an angle bracket in text ("press <Enter>") would be
 * read as an HTML tag and lost, so it is written as its entity, which the Markdown reader shows as "<" again. Code is
 * left as written.
 */
function asMarkdown(lines: readonly string[]): string[] {
  const fences = new FenceTracker();
  return lines.map((l) => (fences.isCode(l) ? l : l.replace(/(`+)[\s\S]*?\1|</g, (m) => (m === '<' ? '&lt;' : m))));
}
