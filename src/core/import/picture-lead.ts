/**
 * Guides lead into their screenshots: "click the split button under the article:" and then the picture. The import
 * drops pictures (Discord shows none), which would leave the sentence pointing at nothing with its colon, so the
 * colon becomes a full stop. A colon that may also lead into what follows the picture (a list, code, a table) stays.
 */

/** A list item (Markdown, or reStructuredText's "#."): its indent. */
const ITEM = /^(\s*)(?:[-*+•]|\d{1,3}[.)]|#\.)\s/;
/**
 * A line opening what a colon may lead into besides a picture: a list item, a code fence, a table (reStructuredText's
 * too: a table or code directive).
 */
const LED_INTO =
  /^\s*(?:(?:[-*+•]|\d{1,3}[.)]|#\.)\s|```|~~~|\||\+-|\.\.\s+(?:csv-table|list-table|table|code-block|code|sourcecode)::)/;
/** A reStructuredText comment (".. actual image size 260px"): nothing a reader sees, so not what follows the picture. */
const COMMENT = /^\.\.\s+(?![_[|]|\S+::)/;
/** A sentence of a few words ending on one colon ("looks like this:"); a label ("Tip:", "**Note:**") is not. */
const LEAD_IN = /^(?=\s*(?:\S+\s+){3}\S)(.*[^:\s*])\s*:\s*$/;

/**
 * After a picture is dropped: `out` holds the section's lines so far (Discord Markdown), and the source goes on at
 * `source[from]`. Changes the last line of `out` in place when it led into the picture.
 */
export function endLeadIntoDroppedPicture(out: string[], source: readonly string[], from: number): void {
  let k = out.length - 1;
  while (k >= 0 && out[k]!.trim() === '') k--;
  if (k < 0) return;
  const line = out[k]!;
  const lead = LEAD_IN.exec(line);
  if (!lead) return;
  const own = ITEM.exec(line);
  let n = from;
  while (n < source.length && (source[n]!.trim() === '' || COMMENT.test(source[n]!))) n++;
  const next = source[n];
  if (next !== undefined && LED_INTO.test(next)) {
    // A step that ends on its screenshot is followed by the next step, which it does not lead into.
    const following = ITEM.exec(next);
    if (!own || !following || following[1]!.length > own[1]!.length) return;
  }
  // A label closing a longer line ("…where you can answer it. Example:") names the picture alone: it goes with it.
  const marker = own?.[0] ?? '';
  const sentences = lead[1]!.slice(marker.length).split(/(?<=[.!?])\s+(?=[A-Z])/);
  const last = sentences.at(-1)!;
  if (sentences.length > 1 && last.split(/\s+/).length < 3) out[k] = marker + sentences.slice(0, -1).join(' ');
  else out[k] = `${lead[1]}.`;
}
