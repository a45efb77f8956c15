/** The line forms of reStructuredText every part of the reader tells apart: titles, directives, lists, fields. */

export const ADORNMENT = /^([!-/:-@[-`{-~])\1+\s*$/;
export const DIRECTIVE = /^(\s*)\.\.(?:\s+(.*))?$/;
/** `.. [1] text`, `.. [#note] text`, `.. [*] text`, `.. [CIT2002] text`: footnotes and citations. */
export const FOOTNOTE = /^\s*\.\.\s+\[([^\]\s]+)\]\s+(.*)$/;
export const LIST_ITEM = /^(\s*)([-*+•‣⁃]|\d+[.)]|#\.|\(?[a-zA-Z]\)|\(\d+\))\s+(.*)$/;
export const BULLET_ITEM = /^\s*[-*+•‣⁃]\s+/;
export const OPTION = /^\s*:[\w-]+:/;
/** A field list's line: ":Appearance: Dark or light" (a role, ":kbd:`Ctrl`", has a backtick after its name). */
export const FIELD = /^\s*:([^:`\s][^:`]*):(?:\s+(.*))?$/;
export const GRID_BORDER = /^\s*\+(?:[-=]+\+)+\s*$/;
export const GRID_ROW = /^\s*[|+].*[|+]\s*$/;
/** A simple table's border: columns of "=" separated by spaces ("=====  ======"). */
export const SIMPLE_BORDER = /^\s*=+(?: +=+)+\s*$/;
/** A simple table's last border written the table's full width, without column gaps. */
export const FULL_BORDER = /^\s*={3,}\s*$/;
/** A line of a line block: "| text", or a lone "|" for an empty line. */
export const LINE_BLOCK = /^(\s*)\|(?: (.*))?$/;

/**
 * Whether a line opens a table. A field whose value is a table (":range:" over a table of values, a blank line between or not) names it plainly, as
 * a box's label over a list does: in bold on a line of its own over the table's code block, it read as a sub-heading,
 * and the table with the rest of the section (the next controls) became a topic titled "range". A field's name alone
 * over paragraphs (":Appearance:", a blank line, its text) still heads them.
 */
export const opensTable = (line: string | undefined) =>
  line !== undefined && (SIMPLE_BORDER.test(line) || GRID_BORDER.test(line));

/** An option line (":alt: A camera", ":linenos:"); ":doc:`setup`" opening a see-also's list is a role, not one. */
export const DIRECTIVE_OPTION = /^\s*:[\w-]+:(?=\s|$)/;

export const indentOf = (l: string) => /^\s*/.exec(l)![0].replace(/\t/g, '        ').length;
export const blank = (l: string | undefined) => l === undefined || l.trim() === '';

/** A letter enumerator written with a full stop ("a. (32-bit Windows) …"), or with a bracket as LIST_ITEM reads it. */
const LETTER_ITEM = /^(\s*)([a-zA-Z])[.)]\s+\S/;

/**
 * Whether a line is one of a run of letter items written with a full stop ("a. (32-bit Windows) ``HKLM\…``" over
 * "b. (64-bit Windows) ``HKLM\…``"), which docutils reads as a list as it does "a)". Read as text, the items ran on
 * as one line, "a. … b. …". Only a letter with the one before or after it beside it, at its indent (an item's deeper
 * lines between), is taken: a lone "A. Smith wrote" opens a sentence.
 */
export function inLetterRun(lines: readonly string[], i: number): boolean {
  const own = /^\s*[a-zA-Z]\.\s+\S/.test(lines[i] ?? '') ? LETTER_ITEM.exec(lines[i]!) : null;
  if (!own) return false;
  const indent = indentOf(lines[i]!);
  const letter = own[2]!.charCodeAt(0);
  const beside = (step: 1 | -1) => {
    let k = i + step;
    while (k >= 0 && k < lines.length && (blank(lines[k]) || indentOf(lines[k]!) > indent)) k += step;
    const other = LETTER_ITEM.exec(lines[k] ?? '');
    return other !== null && indentOf(lines[k]!) === indent && other[2]!.charCodeAt(0) === letter + step;
  };
  return beside(1) || beside(-1);
}
