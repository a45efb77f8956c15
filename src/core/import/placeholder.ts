import { FenceTracker } from '../knowledge/fences.js';

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

/** A note to the authors in brackets, whatever follows the word: "(TODO add screenshot)", "[FIXME link the FAQ]". */
const BRACKETED_NOTE = /^[([]\s*(?:TODO|FIXME|TBD|WIP)\b[^()[\]]*[)\]]\s*[.!]?$/;

/** Text as a reader sees it, without the emphasis, code or quote marks around it. */
const bare = (lines: readonly string[]) =>
  lines
    .map((l) => l.replace(/[*_`>]/g, '').trim())
    .filter((l) => l !== '')
    .join(' ');

/** Whether a text is only a note to the authors: "TODO: describe the zoom levels", "(TODO add screenshot)". */
const isNoteToAuthors = (text: string) =>
  BRACKETED_NOTE.test(text) || (NOTE_TO_AUTHORS.test(text) && text.length <= 120 && !/[.!?]\s+\S/.test(text));

/** What a section's own text says when it is only a placeholder ("TODO"), else null. */
export function placeholderText(lines: readonly string[]): string | null {
  const text = bare(lines);
  if (text === '') return null;
  return WHOLE.test(text) || isNoteToAuthors(text) ? text : null;
}

/**
 * A section's lines without the paragraphs among them that are notes to the authors ("(TODO add screenshot)" after a
 * step, "(TODO write me)" atop a page): shown to a member, such a note was a step of its own, or the topic's summary.
 * The notes are returned too, for the report. Code is kept as written.
 */
export function withoutNotesToAuthors(lines: readonly string[]): { lines: string[]; notes: string[] } {
  const kept: string[] = [];
  const notes: string[] = [];
  const fences = new FenceTracker(true);
  lines.forEach((line, i) => {
    const alone = (lines[i - 1] ?? '').trim() === '' && (lines[i + 1] ?? '').trim() === '';
    const text = bare([line]);
    if (!fences.isCode(line) && alone && /^\S/.test(line) && isNoteToAuthors(text)) notes.push(text);
    else kept.push(line);
  });
  return { lines: kept, notes };
}
