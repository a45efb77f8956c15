import { ADORNMENT, blank, indentOf, LINE_BLOCK, LIST_ITEM } from './rst-syntax.js';

/**
 * A reST page's lines made ready for the parser: what is not text dropped, and what the parser reads one line at a
 * time joined.
 */

/** The page's lines, each step below applied in turn. */
export function preparedLines(text: string): string[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  for (let top = lines.findIndex((l) => !blank(l)); top >= 0 && FILE_WIDE_FIELD.test(lines[top]!); )
    lines.splice(top, 1);
  readLineBlocks(lines);
  // Sphinx's generated pages ("* :ref:`genindex`", "* :ref:`search`", the "Indices and tables" a new project starts
  // with) are the website's, not the guide's: a list of them made a topic of "1. genindex 2. modindex".
  for (let k = lines.length - 1; k >= 0; k--) if (GENERATED_PAGE_ITEM.test(lines[k]!)) lines.splice(k, 1);
  // An anonymous target in its short form ("__ https://demo.tryton.org/model/sale.sale", under the substitution that
  // "|Sales --> Sales|__" reads) is markup, as its long form ".. __: url" is: read as text, it became a step of its own,
  // "__ https://…". It opens explicit markup as ".. " does: after a blank line or another block of it.
  for (let k = lines.length - 1; k >= 0; k--)
    if (ANONYMOUS_TARGET.test(lines[k]!) && (blank(lines[k - 1]) || EXPLICIT_MARKUP.test(lines[k - 1]!)))
      lines.splice(k, 1);
  joinWrappedMarkup(lines);
  numberAutoFootnotes(lines);
  return lines;
}

/** The short form of an anonymous hyperlink target: "__ url". */
const ANONYMOUS_TARGET = /^\s*__ +\S+\s*$/;
/** A line of explicit markup (a directive, comment, target or substitution definition), or another short target. */
const EXPLICIT_MARKUP = /^\s*(?:\.\.\s|__ +\S)/;

/** Sphinx's file-wide metadata, a field list at the very top of a page (":orphan:", ":tocdepth: 2"): not text. */
const FILE_WIDE_FIELD = /^:[\w-]+:(?:\s.*)?$/;

/** The most lines one role or link is read across (a menu path wraps once or twice at 80 columns). */
const MAX_WRAPPED_LINES = 3;
/**
 * Whether a line leaves inline markup open: an odd number of ``literal`` marks, or of single backticks besides them.
 * A title's adornment of backticks ("``````````" under "Cloudflare") is no markup, nor is a Markdown code fence ("```bash").
 */
export const leavesMarkupOpen = (l: string) => {
  if (ADORNMENT.test(l) || /^\s*```[\w+-]*\s*$/.test(l)) return false;
  const doubles = (l.match(/``/g) ?? []).length;
  const singles = (l.match(/`/g) ?? []).length - 2 * doubles;
  return doubles % 2 === 1 || singles % 2 === 1 || SUBSTITUTION_OPEN.test(l);
};
/**
 * A substitution reference wrapped at the line's end ("select Reset Search |Reset" / "Search| to clear it"): an icon
 * left unread shows as "|Reset Search|". A table row or a line block ("| text") starts with its bar, and is no such
 * line.
 */
const SUBSTITUTION_OPEN = /^(?!\s*[|+]).*(?:^|[\s(])\|[^|\s`][^|`]*$/;

/** A list item naming one of Sphinx's generated pages: the general index, the module index, the search page. */
const GENERATED_PAGE_ITEM = /^\s*[-*+•]\s+:(?:std:)?(?:ref|doc):`(?:genindex|modindex|py-modindex|search)`\s*$/;

/**
 * Line blocks ("| The *Map Viewer* shows…" / "  it is a panel…" / "| By default…"): each "|" line, with the indented
 * lines that continue it, is a line of its own; left as they were, the bars showed and the first line read as a term.
 */
function readLineBlocks(lines: string[]): void {
  for (let i = 0; i < lines.length; i++) {
    const start = LINE_BLOCK.exec(lines[i]!);
    if (!start || !blank(lines[i - 1])) continue;
    const indent = start[1]!.length;
    const out: string[] = [];
    let j = i;
    for (; j < lines.length && !blank(lines[j]); j++) {
      const bar = LINE_BLOCK.exec(lines[j]!);
      if (bar && bar[1]!.length === indent) out.push(start[1]! + (bar[2] ?? '').trim(), '');
      else if (indentOf(lines[j]!) > indent && out.length > 0) out[out.length - 2] += ` ${lines[j]!.trim()}`;
      else break;
    }
    if (j < lines.length && !blank(lines[j])) continue;
    lines.splice(i, j - i, ...out);
    i += out.length - 1;
  }
}

/**
 * Sphinx sources wrap at 80 columns, and a role or link wraps with them (":menuselection:`Preferences --> Decks -->"
 * on one line, "Speed --> Reset on track load`." on the next). The inline converter reads one line at a time, so such
 * a line takes the rest of its paragraph's lines until the markup closes.
 */
function joinWrappedMarkup(lines: string[]): void {
  for (let i = 0; i < lines.length; i++) {
    for (let joined = 0; joined < MAX_WRAPPED_LINES && leavesMarkupOpen(lines[i]!); joined++) {
      const next = lines[i + 1];
      // The paragraph ends at a blank line, a shallower line, a directive, a title's adornment or a list item.
      if (blank(next) || indentOf(next!) < indentOf(lines[i]!) || /^\s*\.\.\s/.test(next!)) break;
      const joined = `${lines[i]!.replace(/\s+$/, '')} ${next!.trim()}`;
      // A list item's marker starts no list inside a paragraph, as docutils reads it: a link's text wrapped before its
      // number ("`Sound Layer (part" / "1) <https://…>`__") goes on, closed on that line. Read as a list, the link's
      // text was lost and the item showed "`__".
      if (ADORNMENT.test(next!) || (LIST_ITEM.test(next!) && leavesMarkupOpen(joined))) break;
      lines[i] = joined;
      lines.splice(i + 1, 1);
    }
  }
}

const AUTO_FOOTNOTE = /^(\s*\.\.\s+)\[#([\w.-]*)\](?=\s|$)/;
const MANUAL_FOOTNOTE = /^\s*\.\.\s+\[(\d+)\](?=\s|$)/;

/**
 * Auto-numbered footnotes ("[#resiliosync]_" … ".. [#resiliosync] text", or "[#]_" … ".. [#] text") shown as docutils
 * shows them, numbered "[1]", "[2]" in the order the footnotes are written, skipping numbers a manual footnote
 * takes; kept as written, a member read "[#resiliosync]". Labelled references find their footnote by label;
 * anonymous ones take the anonymous footnotes in order. In place.
 */
function numberAutoFootnotes(lines: string[]): void {
  if (!lines.some((l) => AUTO_FOOTNOTE.test(l))) return;
  const taken = new Set(lines.flatMap((l) => MANUAL_FOOTNOTE.exec(l)?.[1] ?? []).map(Number));
  const byLabel = new Map<string, number>();
  const anonymous: number[] = [];
  let next = 0;
  lines.forEach((line, i) => {
    const m = AUTO_FOOTNOTE.exec(line);
    if (!m) return;
    do next++;
    while (taken.has(next));
    if (m[2]) byLabel.set(m[2].toLowerCase(), next);
    else anonymous.push(next);
    lines[i] = `${m[1]}[${next}]${line.slice(m[0].length)}`;
  });
  let k = 0;
  for (let i = 0; i < lines.length; i++)
    lines[i] = lines[i]!.replace(/\[#([\w.-]*)\]_/g, (whole, label: string) => {
      const n = label ? byLabel.get(label.toLowerCase()) : anonymous[k++];
      return n === undefined ? whole : `[${n}]_`;
    });
}
