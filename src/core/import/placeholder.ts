/**
 * Placeholder sections: a heading the authors kept for later, with nothing under it but "TODO", "TBD" or "Coming
 * soon". Shown to a member, such a topic would be one step reading "TODO"; the importer treats its text as absent
 * (the section is skipped, or lists its sub-sections like any section without text of its own) and says so in its
 * report, so a question about it goes to staff and to the "what to write next" list.
 */

/** A whole text that says only "not written yet", in any case: "TODO", "tbd.", "Coming soon!", "(work in progress)". */
const WHOLE =
  /^[([]?\s*(?:todo|tbd|tba|fixme|wip|coming\s+soon|work\s+in\s+progress|under\s+construction|to\s+be\s+(?:written|added|done|completed|documented|continued)|(?:this\s+(?:section|page)\s+is\s+)?(?:empty|a\s+stub|not\s+written\s+yet)|documentation\s+coming\s+soon)\s*[)\]]?\s*[.!:…]*\s*$/i;

/**
 * A note to the authors: "TODO: describe the zoom levels", "FIXME - screenshots". Capitals only, so a feature
 * named "Todo" ("Todo lists keep…") stays content; one short line only.
 */
const NOTE_TO_AUTHORS = /^(?:TODO|FIXME|TBD|WIP)\b\s*[:\-–—]/;

/** What a section's own text says when it is only a placeholder ("TODO"), else null. */
export function placeholderText(lines: readonly string[]): string | null {
  const text = lines
    .map((l) => l.replace(/[*_`>]/g, '').trim())
    .filter((l) => l !== '')
    .join(' ');
  if (text === '') return null;
  if (WHOLE.test(text)) return text;
  return NOTE_TO_AUTHORS.test(text) && text.length <= 120 && !/[.!?]\s+\S/.test(text) ? text : null;
}
