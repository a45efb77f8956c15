import { labelled } from './box-label.js';
import { ADMONITIONS, admonitionLabel } from './rst-directives.js';
import { blank, DIRECTIVE_OPTION, FULL_BORDER, GRID_BORDER, indentOf, SIMPLE_BORDER } from './rst-syntax.js';

/**
 * reStructuredText's tables (grid, simple, csv-table, list-table) as rows of cells, and rows as aligned lines for a
 * code block.
 */

/**
 * A table cell's text, its markup read. A cell of several lines (a csv-table's quoted cell) is one line in the table:
 * its lines are joined, a line block's or a list's items ("| Hidden lines", "* Anonymous bind") set apart by
 * semicolons; an empty line-block line, a picture, an item that was only a picture, and a label left pointing at pictures alone
 * ("**Toolbar:**" over an icon) go. A code block in a cell (".. code-block:: md" over "Print *this*.") shows its lines
 * as written, and raw HTML (".. raw:: html" over "<del>old</del>") its text: read as text, a table setting markup
 * beside its result showed the directive's line in every row and lost the very markup it was there to show.
 */
export function cellText(cell: string, inline: (l: string) => string): string {
  const raw: { text: string; item: boolean; literal?: boolean }[] = [];
  let options = false;
  let opened = '';
  let block: 'code' | 'html' | 'hidden' | null = null;
  /** How far in the open picture or box directive stands: lines further in are its own (-1: none open). */
  let pictureAt = -1;
  let boxAt = -1;
  for (const written of cell.split('\n')) {
    // A target in a cell (".. _fig-screw-start:" over the figure it names) and a comment (".." in a row left empty
    // between groups of rows) show nothing: read as text, the figure behind a target showed as written.
    const line = written.trim().replace(CELL_TARGETS, '');
    if (line === '' || CELL_COMMENT.test(line)) continue;
    // A list-table's cell keeps its lines' indentation (a grid table's does not): a figure's caption, indented under
    // it, names the picture the member does not see, and goes with it, as outside a table; text back at a box's own
    // indentation is the cell's again, after the box's words.
    const indent = indentOf(written);
    if (pictureAt >= 0 && indent > pictureAt) continue;
    pictureAt = -1;
    if (boxAt >= 0 && indent <= boxAt) raw.push({ text: '', item: true });
    boxAt = boxAt >= 0 && indent <= boxAt ? -1 : boxAt;
    // A picture in a cell (".. figure:: a.webp" and its ":width:" lines): nothing to show in Discord. Its path may
    // go on on the next line ("figure:: outline_dat/" / "Cusp-Sharp.png"), before the options.
    const picture = /^\.\.\s+(?:figure|image)::/.test(line);
    const path = /\/$/.test(opened) && /^\S+$/.test(line);
    // A box in a cell (".. note::" under the cell's text, its words below it): its label leads its words, a part of
    // its own, as a box's label does outside a table. Read as text, ".. note::" ran on from the cell's words.
    const box = CELL_BOX.exec(line);
    const boxed = box !== null && ADMONITIONS.has(box[1]!);
    const opens = CELL_BLOCK.exec(line);
    // Raw text for other writers (".. raw:: latex") is not on the web page. A box or a picture ends a code block.
    if (opens) block = opens[1] !== 'raw' ? 'code' : /^html\b/i.test(opens[2] ?? '') ? 'html' : 'hidden';
    else if (boxed || picture) block = null;
    options = picture || path || boxed || opens !== null || (options && DIRECTIVE_OPTION.test(line));
    opened = picture ? line : '';
    if (picture) pictureAt = indent;
    if (boxed) boxAt = indent;
    if (boxed)
      raw.push({
        text: `${labelled(admonitionLabel(box[1]!, box[2]!))} ${box[1] === 'admonition' ? '' : box[2]}`,
        item: true,
      });
    if (options) continue;
    if (block === 'code') {
      const last = raw.at(-1);
      if (last?.literal) last.text += ` ${line}`;
      else raw.push({ text: line, item: false, literal: true });
      continue;
    }
    if (block === 'hidden') continue;
    if (block === 'html') {
      const text = line
        .replace(/<[^>]*>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
      if (text !== '') raw.push({ text, item: false });
      continue;
    }
    const item = /^(?:\||[-*+•])(?:\s+(.*))?$/.exec(line);
    // A line that opens no item continues the one above: a role or a literal wrapped there is read whole.
    if (item || raw.length === 0) raw.push({ text: item ? (item[1] ?? '') : line, item: item !== null });
    else raw.at(-1)!.text += raw.at(-1)!.text === '' ? line : ` ${line}`;
  }
  // A backslash escapes the character after it ("C:\\Program Files", "MS Windows\\:"; an escaped space is nothing),
  // except in a literal: the code block the table goes to shows what it is given, so the escapes are read here, after
  // the markup they keep plain.
  const escaped: string[] = [];
  const protect = (t: string) =>
    t
      .split(/(``.+?``)/)
      .map((seg, k) =>
        k % 2 === 1
          ? seg
          : seg.replace(/\\(.)/g, (_m, c: string) => `\uE000${escaped.push(c === ' ' ? '' : c) - 1}\uE001`),
      )
      .join('');
  const restore = (t: string) => t.replace(/\uE000(\d+)\uE001/g, (_m, k: string) => escaped[Number(k)] ?? '');
  const parts = raw
    .map((p) => ({ ...p, text: p.literal ? p.text : restore(plainCell(inline(protect(p.text)))) }))
    .filter((p) => p.text !== '');
  const ends = (t: string) => /[:.;!?]\**$/.test(t);
  while (parts.length > 1 && /:\**$/.test(parts.at(-1)!.text) && parts.at(-1)!.text.split(/\s+/).length <= 3)
    parts.pop();
  return parts.reduce((all, p, k) => (k === 0 ? p.text : `${all}${p.item && !ends(all) ? ';' : ''} ${p.text}`), '');
}

/** A code block (".. code-block:: md", ".. code::", ".. sourcecode::") or raw HTML opening a cell's text. */
const CELL_BLOCK = /^\.\.\s+(code-block|code|sourcecode|raw)::(?:\s+(\S+)|\s*$)/;
/** A directive opening a cell's line (".. note:: Only over Wi-Fi."): its name and argument. */
const CELL_BOX = /^\.\.\s+([\w-]+)::\s*(.*)$/;
/** Targets opening a cell's line (".. _fig-screw-start:"), as many as stand there. */
const CELL_TARGETS = /^(?:\.\.\s+_[^:]+:(?:\s+|$))+/;
/** A comment in a cell: ".." alone, or ".. text" that is no directive, target, footnote or substitution. */
const CELL_COMMENT = /^\.\.(?:\s+(?![_[|])(?![\w:-]+::).*)?$/;

/** A table cell as plain text in a code block: inline markup's backticks and stars would show as written. */
export const plainCell = (cell: string) => cell.replace(/[`*]/g, '').trim();

/**
 * A grid table's rows, each cell's lines kept (see `cellText`): columns are where the "+" of its borders stand (the
 * border with the most of them: a title row spanning the table's width may come first). A cell spanning several
 * columns runs to the next "|" its line has where a column ends. A border crossing only some columns
 * ("+      +    +-----+") closes the cells it crosses: the text under it opens a row of its own, each value on its line
 * ("0 for System Proxy." then "1 for SOCKS5 Proxy."), while a cell it leaves open (a name spanning those rows) keeps
 * its text in the row it opened. Read as a row's text, that border showed as a run of dashes among the values.
 */
export function gridRows(table: readonly string[]): string[][] {
  const border = table.filter((l) => GRID_BORDER.test(l)).reduce((a, b) => (count(b) > count(a) ? b : a));
  const stops = [...border].flatMap((c, k) => (c === '+' ? [k] : []));
  const rows: string[][] = [];
  /** The row each column's open cell belongs to; none after a border that closed it. */
  let owners: (string[] | undefined)[] = stops.slice(1).map(() => undefined);
  for (const written of table) {
    // A row whose closing "|" falls short of the border's last "+" ("|Property to disable   |" under a wider
    // border): the bar ends the row, not a letter of the last cell's text.
    const l = GRID_BORDER.test(written) ? written : written.trimEnd().replace(/\|$/, '');
    if (GRID_BORDER.test(l)) {
      owners = owners.map(() => undefined);
      continue;
    }
    if (PARTIAL_BORDER.test(l)) {
      owners = owners.map((o, k) => (/^[-=]+$/.test(l.slice(stops[k]! + 1, stops[k + 1])) ? undefined : o));
      continue;
    }
    if (owners.some((o) => o === undefined)) {
      const row = stops.slice(1).map(() => '');
      rows.push(row);
      owners = owners.map((o) => o ?? row);
    }
    for (let k = 0; k + 1 < stops.length; ) {
      let end = k + 1;
      while (end + 1 < stops.length && !/[|+]/.test(l[stops[end]!] ?? '')) end++;
      const text = l.slice(stops[k]! + 1, stops[end]).trim();
      const row = owners[k]!;
      if (text) row[k] = row[k] ? `${row[k]}\n${text}` : text;
      k = end;
    }
  }
  return rows;
}
/** A border crossing some of a grid table's columns only, the others left blank for the cells spanning it. */
const PARTIAL_BORDER = /^\s*\+(?:(?:[-=]+|\s+)\+)+\s*$/;
/** How many "+" a grid table's border has. */
export const count = (border: string) => border.split('+').length - 1;

/**
 * A simple table's rows: columns start where the first border's "=" runs start (the last runs to the line's end); a
 * line with nothing in the first column continues the row above, its cells' lines kept (see `cellText`).
 */
export function simpleRows(table: readonly string[]): string[][] {
  const starts = [...table[0]!.matchAll(/=+/g)].map((m) => m.index);
  const rows: string[][] = [];
  for (const l of table) {
    if (SIMPLE_BORDER.test(l) || FULL_BORDER.test(l) || blank(l)) continue;
    const cells = starts.map((from, k) => l.slice(from, starts[k + 1]).trim());
    const last = rows.at(-1);
    if (cells[0] === '' && last) cells.forEach((c, k) => (last[k] = c ? `${last[k]}\n${c}`.trim() : last[k]!));
    else rows.push(cells);
  }
  return rows;
}

/**
 * A csv-table's rows: its header option first, then its content read as CSV, quoted fields unquoted. A quoted field
 * may run over several lines (a description wrapped at 80 columns, a list of lines in one cell): read line by line,
 * its first line's cut lost the rest of the cell, and its other lines became rows of their own. Such a cell keeps its
 * lines, joined when the table is written (see `cellText`).
 */
export function csvRows(content: readonly string[], header: string | undefined): string[][] {
  const records = (text: string): string[][] => {
    const rows: string[][] = [];
    let row: string[] = [];
    let cell = '';
    let quoted = false;
    let started = false;
    for (let k = 0; k < text.length; k++) {
      const c = text[k]!;
      if (quoted) {
        if (c === '"' && text[k + 1] === '"') {
          cell += '"';
          k++;
        } else if (c === '"') quoted = false;
        else cell += c;
      } else if (c === '"' && cell.trim() === '') {
        quoted = true;
        started = true;
        cell = '';
      } else if (c === ',') {
        row.push(cell);
        cell = '';
        started = false;
      } else if (c === '\n') {
        if (row.length > 0 || cell.trim() !== '' || started) row.push(cell);
        if (row.length > 0) rows.push(row);
        row = [];
        cell = '';
        started = false;
      } else cell += c;
    }
    if (row.length > 0 || cell.trim() !== '' || started) row.push(cell);
    if (row.length > 0) rows.push(row);
    return rows;
  };
  const cut = Math.min(...content.filter((l) => l.trim() !== '').map(indentOf));
  const body = content.map((l) => l.replace(/\t/g, '        ').slice(Number.isFinite(cut) ? cut : 0)).join('\n');
  const lines = (cell: string) =>
    cell
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .join('\n');
  return [...(header ? records(header) : []), ...records(body)].map((r) => r.map(lines));
}

/**
 * A list-table's rows: "* - a" opens a row, "- b" adds a cell, deeper lines continue the cell, each a line of it as a
 * grid table's cell keeps them (see `cellText`): a directive there (".. note::", ".. image::") opens a line, read as
 * one. Joined into one line, it ran on from the cell's text as written, and a cell opening on a picture lost its words.
 */
export function listTableRows(content: readonly string[]): string[][] {
  const rows: string[][] = [];
  let column = 0;
  for (const line of content) {
    const opens = /^(\s*\*\s+-\s+)(.*)$/.exec(line);
    const cell = /^(\s*-\s+)(.*)$/.exec(line);
    // Where the cell's text starts: its lines are kept as far in from there as they are written.
    if (opens || (cell && rows.length > 0)) column = (opens ?? cell)![1]!.length;
    if (opens) rows.push([opens[2]!]);
    else if (cell && rows.length > 0) rows[rows.length - 1]!.push(cell[2]!);
    else if (line.trim() !== '' && rows.length > 0) {
      const row = rows[rows.length - 1]!;
      row[row.length - 1] = `${row[row.length - 1]}\n${line.slice(Math.min(column, indentOf(line)))}`;
    }
  }
  return rows;
}

/**
 * What a table's code block opens with after its fence ("```" + TABLE_INFO, over `alignedColumns`' lines): the readers
 * know those lines are a table's rows, and say so, so no one has to guess it from how they line up (aligned command
 * output lines up the same). blocks.ts reads it off into the code block's `table`; a member never sees it.
 */
export const TABLE_INFO = '\u0004table\u0004';

/** Rows as lines, each column padded to its widest cell. */
export function alignedColumns(rows: readonly string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, c) => (widths[c] = Math.max(widths[c] ?? 0, [...cell].length)));
  return rows.map((row) =>
    row
      .map((cell, c) => (c === row.length - 1 ? cell : cell + ' '.repeat(widths[c]! - [...cell].length)))
      .join('  ')
      .trimEnd(),
  );
}
