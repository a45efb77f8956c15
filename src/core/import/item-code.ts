import { FenceTracker } from '../knowledge/fences.js';

/**
 * Indented code inside a list item, fenced. MkDocs sites (Python-Markdown) write a step's snippet as an indented
 * block under the step ("1. ensure you run a supported system" / blank / "        $ hostnamectl"). The readers after
 * this one know a list item's code only by its fence: unfenced, its lines were the item's text, run together into one
 * ("$ hostnamectl ... Operating System: …"), its "<username>" read as an HTML tag and its addresses removed as a
 * sentence's. Fenced at the block's own indent, it stays the item's code, as the site shows it.
 */

/** A list item's line: where its marker stands and where its text starts ("1. ensure…" → 0 and 3). */
function itemColumns(line: string): { marker: number; text: number } | null {
  const m = /^( *)([-*+•]|\d{1,9}[.)])( +)\S/.exec(line);
  if (!m) return null;
  // Five spaces or more after the marker are the text's own indent (CommonMark): the text starts one space in.
  const gap = m[3]!.length > 4 ? 1 : m[3]!.length;
  return { marker: m[1]!.length, text: m[1]!.length + m[2]!.length + gap };
}

const indentOf = (line: string) => /^ */.exec(line)![0].length;
const blank = (line: string | undefined) => line === undefined || line.trim() === '';
const HEADING = /^#{1,6}(?:\s|$)/;

/**
 * How far in a code block inside `item` starts: four columns past the item's text, as CommonMark reads it, and never
 * less than eight, as Python-Markdown reads an item's text four spaces in and its code eight. A picture six spaces
 * under "- live map" is the item's, not code.
 */
const codeColumn = (item: { text: number }) => Math.max(item.text, 4) + 4;

export function withItemCodeFenced(lines: readonly string[]): string[] {
  const out: string[] = [];
  const fences = new FenceTracker(true);
  /** The open items, outermost first: the list's item, then the items nested in it. */
  let open: Array<{ marker: number; text: number }> = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (fences.isCode(line) || blank(line)) {
      out.push(line);
      continue;
    }
    const indent = indentOf(line);
    // Indented code cannot break into a paragraph: it follows a blank line.
    const inside = blank(lines[i - 1]) ? [...open].reverse().find((o) => o.marker < indent) : undefined;
    if (inside && indent >= codeColumn(inside)) {
      let end = i;
      while (end < lines.length && (blank(lines[end]) || indentOf(lines[end]!) >= codeColumn(inside))) end++;
      while (blank(lines[end - 1])) end--;
      const code = lines.slice(i, end);
      const pad = ' '.repeat(Math.min(...code.filter((l) => !blank(l)).map(indentOf)));
      out.push(`${pad}\`\`\``, ...code, `${pad}\`\`\``);
      i = end - 1;
      continue;
    }
    const item = itemColumns(line);
    if (item) open = [...open.filter((o) => o.marker < item.marker), item];
    // Text at the margin after a blank line, or a heading, ends the list; a line right under an item's goes on with it.
    else if (indent === 0 && (blank(lines[i - 1]) || HEADING.test(line))) open = [];
    out.push(line);
  }
  return out;
}
