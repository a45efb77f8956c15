import { FenceTracker } from '../knowledge/fences.js';
import { capitalise, labelled } from './box-label.js';
import { SAYS_ALL, STATEMENT, sentenceBox } from './sentence-box.js';

/**
 * GitHub alerts ("> [!NOTE]") and Obsidian callouts ("> [!info]+ Sync limits", any type, folded or not), nested in
 * another's quote too ("> > [!todo] Yes!, they can."): the quote marks, the type and the title.
 */
export const CALLOUT = /^(\s*>(?:\s*>)*\s*)\[!([a-z][\w-]*)\][+-]?\s*(.*?)\s*$/i;

/** How many quotes deep a line stands: "> > [!todo]" is two. */
export const quoteDepth = (line: string) => (/^(?:\s*>)*/.exec(line)![0].match(/>/g) ?? []).length;

/** Whether the box opened on line `at` holds any text: its quoted lines, as deep as it or deeper, up to the quote's end. */
export function boxHoldsText(lines: readonly string[], at: number): boolean {
  const depth = quoteDepth(lines[at]!);
  for (let i = at + 1; i < lines.length && quoteDepth(lines[i]!) >= depth; i++)
    if (/\S/.test(lines[i]!.replace(/^(?:\s*>)*/, ''))) return true;
  return false;
}

/**
 * A callout nested in another's quote ("> > [!todo] Yes!, they can.", "> > [!warning] Careful" over "> > Do not…"), as
 * the line of the outer box it is. Over text of its own, a title that is a sentence is the first of the box's
 * sentences, led by the type when it is a statement, and any other title, or the type, leads that text as a box's
 * label does ("**Careful:**"); holding
 * nothing, its title is shown as a box that says all in it is. Null when nothing of it is shown (no title, no text).
 * Read as text, members saw the marker: "Can callouts be nested? [!todo] Yes!, they can."
 */
export function nestedCallout(lines: readonly string[], at: number): string | null {
  const [, quotes, type, title] = CALLOUT.exec(lines[at]!)!;
  const sentence = title !== undefined && SAYS_ALL.test(title);
  if (boxHoldsText(lines, at)) {
    if (!sentence) return `${quotes}**${labelled(title || capitalise(type!))}**`;
    // A statement keeps its box's type ("**Warning:** Careful with the cable."), a question is asked (sentence-box.ts).
    return quotes + (STATEMENT.test(title) ? sentenceBox(capitalise(type!), title) : title);
  }
  if (!title) return null;
  return quotes + (sentence ? sentenceBox(capitalise(type!), title) : title);
}

/**
 * Follows fenced code inside quotes ("> ```md" … "> ```"), where "> > [!note]" is an example of the syntax, shown as
 * written, not a box. A line that is not quoted ends the quote, and any block in it.
 */
export class QuotedCode {
  private fences = new FenceTracker();

  /** Whether this line is code inside a quote: the quote's fenced block, or a fence of it. */
  isCode(line: string): boolean {
    if (!/^\s*>/.test(line)) {
      this.fences = new FenceTracker();
      return false;
    }
    return this.fences.isCode(line.replace(/^(?:\s*>\s?)+/, ''));
  }
}
