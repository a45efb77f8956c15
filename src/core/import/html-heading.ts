/**
 * A heading written in HTML on its own line ("<h4>What gets saved?</h4>", "<h3 id="x">Migrating</h3>"), at most three
 * spaces in as any heading: deeper, it is a list item's code ("    ```html" / "    <h2>Sample</h2>").
 */
export const HTML_HEADING = /^ {0,3}<h([1-6])(?:\s[^>]*)?>(.*?)<\/h\1>\s*$/i;
/** How many HTML headings in a row show what headings look like ("<h1>This is a heading 1</h1>", "<h2>…"). */
const HEADING_SAMPLES = 3;

/** Whether line `i`, an HTML heading, sits among at least HEADING_SAMPLES of them on consecutive lines. */
export function amongHeadingSamples(lines: readonly string[], i: number): boolean {
  let from = i;
  let to = i;
  while (from > 0 && HTML_HEADING.test(lines[from - 1]!)) from--;
  while (to + 1 < lines.length && HTML_HEADING.test(lines[to + 1]!)) to++;
  return to - from + 1 >= HEADING_SAMPLES;
}
