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
