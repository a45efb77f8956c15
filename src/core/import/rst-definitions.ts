import { joinBoxParagraphs } from './rst-directives.js';
import { blank, DIRECTIVE, FIELD, indentOf, LIST_ITEM } from './rst-syntax.js';

/**
 * reStructuredText's definition lists ("Sync folder" over its indented definition): a term leads its definition, bold
 * with a colon (termText), and a definition list held in a definition is written as the bullet list it reads as.
 */

/**
 * A definition list's term as it leads its definition: bold, with a colon. A term that carries its own colon ("Reason:")
 * takes no second one; one written bold ("**Report Display**") is bold once ("****Report Display**:**" showed its
 * stars). A question ("Why is access denied?") ends on its question mark: "?:" read as a typo. A full stop after the
 * term ("Unindent :kbd:`Shift-Tab`.") gives way to the colon, which "Shift-Tab.:" showed beside it; an ellipsis stays.
 * Icons before the words ("|service_new| **Create a new service:**", OpenLP's buttons) stay outside the bold, where
 * they drop out: inside it the term showed "** **Create a new service:**:**". A term bold only in part ("**Tips:**
 * Natron") keeps its own marks, which a second pair around it ("****Tips:** Natron:**") ran together.
 */
export function termText(written: string): string {
  const icons = /^(?:\|[^|\s][^|]*\|\s+)*/.exec(written)![0];
  const words = written.slice(icons.length);
  const colon = (t: string) => t.replace(/:$|(?<!\.)\.$/, '').replace(/[^?!]$/, '$&:');
  if (words && /\*\*/.test(words) && !/^\*\*([^*]+?)\*\*(:?)$/.test(words))
    return `${icons}${/[:?!]\**$/.test(words) ? words : colon(words)}`;
  if (!words) return `**${colon(written)}**`;
  return `${icons}**${colon(words.replace(/^\*\*([^*]+?)\*\*(:?)$/, '$1$2'))}**`;
}

/**
 * Whether the line at `i` follows, with no blank line between, the definition of a term at its own indentation
 * ("Open Project..." right under "   Clear the node graph." under "New Project"): in reST the items of a definition
 * list need no blank line between them, so it is the list's next term. The definition may hold several paragraphs.
 */
export function followsDefinition(lines: readonly string[], i: number): boolean {
  const indent = indentOf(lines[i]!);
  if (i === 0 || blank(lines[i - 1]) || indentOf(lines[i - 1]!) <= indent) return false;
  // Back over the definition above, which may run to several paragraphs, to the line it defines.
  let k = i - 1;
  while (k >= 0 && (blank(lines[k]) || indentOf(lines[k]!) > indent)) k--;
  if (k < 0 || indentOf(lines[k]!) !== indent || blank(lines[k + 1]) || indentOf(lines[k + 1]!) <= indent) return false;
  // That line is a term itself: it opens the list after a blank line, or follows a definition in turn.
  const above = lines[k - 1];
  return (
    !FIELD.test(lines[k]!) &&
    !LIST_ITEM.test(lines[k]!) &&
    !DIRECTIVE.test(lines[k]!) &&
    !/::\s*$/.test(lines[k]!) &&
    (above === undefined || blank(above) || followsDefinition(lines, k))
  );
}

/** The line past the definition of the term at `term`: its more indented lines and the blank lines among and after them. */
function definitionEnd(lines: readonly string[], term: number): number {
  const indent = indentOf(lines[term]!);
  let end = term + 1;
  while (end < lines.length && (blank(lines[end]) || indentOf(lines[end]!) > indent)) end++;
  return end;
}

/**
 * A definition of several paragraphs ("User configuration" / "   Where it is kept." / "   **Default:** …") is one item in
 * docutils: its paragraphs, joined in place, run on under the term at `term`, as a box's paragraphs do. Read apart, its
 * later paragraphs were steps of their own that no longer said which term they describe ("3. **Default:** …").
 */
export function joinDefinition(lines: string[], term: number): void {
  const end = definitionEnd(lines, term);
  const definition = lines.slice(term + 1, end);
  joinBoxParagraphs(definition, indentOf(lines[term + 1]!));
  lines.splice(term + 1, end - term - 1, ...definition);
}

/** A definition list's entry: its term's line, and the line past its definition (and the blank lines after it). */
interface Entry {
  term: number;
  end: number;
}

/**
 * Whether line `k` has a term's shape: text with its definition right under it, a few spaces deeper; not a field, an
 * item, a directive or a paragraph opening a literal block ("Run this::"). A line one space deeper, or far deeper, is
 * the text above it wrapped where that text began (an option's description: "--resource-path PATH" over "Top-level
 * directory where Mixxx will look for" over "its resource files." at the column the description started at).
 */
function termShaped(lines: readonly string[], k: number): boolean {
  const line = lines[k];
  const next = lines[k + 1];
  if (blank(line) || blank(next)) return false;
  const deeper = indentOf(next!) - indentOf(line!);
  if (deeper < 2 || deeper > 8) return false;
  return (
    !FIELD.test(line!) &&
    !LIST_ITEM.test(line!) &&
    !DIRECTIVE.test(line!) &&
    !/::\s*$/.test(line!) &&
    !DIRECTIVE.test(next!)
  );
}

/** The entries of the definition list whose first term is at `from`: the terms at its indentation, one after another. */
function entries(lines: readonly string[], from: number): Entry[] {
  const indent = indentOf(lines[from]!);
  const list: Entry[] = [];
  for (let term = from; ; ) {
    const end = definitionEnd(lines, term);
    list.push({ term, end });
    if (end >= lines.length || indentOf(lines[end]!) !== indent || !termShaped(lines, end)) return list;
    term = end;
  }
}

/**
 * The definition lists at the margin of the definition in lines `from` to `to`: a term opening its text ("Load a
 * draft" right over "Existing ticket" over its own text), or a paragraph of its own.
 */
function nestedLists(lines: readonly string[], from: number, to: number): Entry[][] {
  const first = lines.slice(from, to).findIndex((l) => !blank(l));
  if (first < 0) return [];
  const margin = indentOf(lines[from + first]!);
  const lists: Entry[][] = [];
  for (let k = from + first; k < to; k++) {
    if (indentOf(lines[k]!) !== margin || !(k === from + first || blank(lines[k - 1])) || !termShaped(lines, k))
      continue;
    const list = entries(lines, k);
    lists.push(list);
    k = list.at(-1)!.end - 1;
  }
  return lists;
}

/** Whether the definition in lines `from` to `to` holds a bullet or numbered list at its margin ("- Language"). */
function holdsList(lines: readonly string[], from: number, to: number): boolean {
  const first = lines.slice(from, to).findIndex((l) => !blank(l));
  if (first < 0) return false;
  const margin = indentOf(lines[from + first]!);
  return lines.slice(from + first, to).some((l) => indentOf(l) === margin && LIST_ITEM.test(l));
}

/**
 * A definition list that holds another in a definition, from its first term at `from`, written in place as a bullet
 * list of bold terms, each nested under the term whose definition holds it. Docutils shows the inner list indented
 * under its term; read as terms over paragraphs, every term became a step of its own, the inner ones numbered beside
 * the outer ("3. **Language:**" after "2. **General:**"), and an inner term right under its outer one ran on into the
 * outer's text ("**Load a draft:** Existing ticket In the ticket detail view…"). So is a list of several terms one of
 * whose definitions holds a bullet or numbered list ("General" over "Options:" over "- Language", "- Theme"; then
 * "Sync"): read as terms over paragraphs, that list, the section's first, was taken for its steps, the terms above it
 * its intro and the terms after it its notes. Written as a list, the inner list stays under its term. Whether it did:
 * a list without one inside is left as it is, its terms over paragraphs, and so is a single term over its list, which
 * reads as the lead-in of the list it is.
 */
export function nestedDefinitionsAsList(lines: string[], from: number): boolean {
  const list = entries(lines, from);
  const holds = ({ term, end }: Entry) =>
    nestedLists(lines, term + 1, end).length > 0 || (list.length > 1 && holdsList(lines, term + 1, end));
  if (!list.some(holds)) return false;
  const asItems = (entries: readonly Entry[]) => {
    // From the last entry up: joining a definition's paragraphs takes out lines below the entries still to write.
    for (const { term, end } of [...entries].reverse()) {
      for (const nested of nestedLists(lines, term + 1, end).reverse()) asItems(nested);
      // A definition of several paragraphs is one item, its paragraphs run on, as the reader joins a term's.
      joinDefinition(lines, term);
      lines[term] = `${' '.repeat(indentOf(lines[term]!))}- ${termText(lines[term]!.trim())}`;
    }
  };
  asItems(list);
  return true;
}
