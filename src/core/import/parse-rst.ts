import { endLeadIntoDroppedPicture } from './picture-lead.js';
import { convertRstInline, refName, type RstReferences } from './rst-inline.js';
import { markTab, nestHeadings, tabMarked, type FlatHeading, type ParsedDocument } from './section-tree.js';
import { BOXED } from './steps.js';

/**
 * reStructuredText → section tree with Discord-markdown lines.
 *
 * Titles follow the docutils rules: a line of text underlined (and optionally overlined) with one
 * repeated punctuation character. Levels are not fixed per character: the first style met is level
 * 1, the next new one level 2, and so on; an overlined style differs from the underline-only style
 * of the same character. Everything Discord cannot show (toctree, images, comments, substitution
 * definitions, raw HTML) is dropped; literal blocks become fenced code so their lines are never
 * mistaken for headings later.
 */

const ADORNMENT = /^([!-/:-@[-`{-~])\1+\s*$/;
const DIRECTIVE = /^(\s*)\.\.(?:\s+(.*))?$/;
/** `.. [1] text`, `.. [#note] text`, `.. [*] text`, `.. [CIT2002] text`: footnotes and citations. */
const FOOTNOTE = /^\s*\.\.\s+\[([^\]\s]+)\]\s+(.*)$/;
const LIST_ITEM = /^(\s*)([-*+•‣⁃]|\d+[.)]|#\.|\(?[a-zA-Z]\)|\(\d+\))\s+(.*)$/;
const BULLET_ITEM = /^\s*[-*+•‣⁃]\s+/;
const OPTION = /^\s*:[\w-]+:/;
/** A field list's line: ":Appearance: Dark or light" (a role, ":kbd:`Ctrl`", has a backtick after its name). */
const FIELD = /^\s*:([^:`\s][^:`]*):(?:\s+(.*))?$/;
const ADMONITIONS = new Set([
  'note',
  'tip',
  'hint',
  'important',
  'warning',
  'caution',
  'attention',
  'danger',
  'error',
  'seealso',
  'admonition',
]);
const CODE_DIRECTIVES = new Set(['code-block', 'code', 'sourcecode', 'highlight', 'parsed-literal']);
const GRID_BORDER = /^\s*\+(?:[-=]+\+)+\s*$/;
const GRID_ROW = /^\s*[|+].*[|+]\s*$/;
/** A simple table's border: columns of "=" separated by spaces ("=====  ======"). */
const SIMPLE_BORDER = /^\s*=+(?: +=+)+\s*$/;
/** A simple table's last border written the table's full width, without column gaps. */
const FULL_BORDER = /^\s*={3,}\s*$/;
/** sphinx-tabs and sphinx-design tabs: the directive's argument names the tab. */
const TAB_DIRECTIVES = new Set(['tab', 'group-tab', 'code-tab', 'tab-item']);
/**
 * Directives whose argument is for the build, not the reader: a condition ("only:: html"), a column count
 * ("grid:: 2"), a CSS class ("container:: cfloat-left"). Their content is read; the argument is not.
 */
const LAYOUT_DIRECTIVES = new Set([
  // A figure's argument is its picture's path; its legend, below its caption, is text. So is a thumbnail's
  // (sphinxcontrib-images).
  'figure',
  'thumbnail',
  'only',
  'grid',
  'grid-item',
  'container',
  'div',
  'rst-class',
  'cssclass',
  'tab-set',
  'tabs',
  'card-carousel',
]);
/**
 * Sphinx's object descriptions (".. data:: LOCAL_GROUPS", ".. option:: --verbose", ".. confval:: theme", a domain's
 * ".. py:function:: sync(path)"): the argument names what the text below it describes, as a definition list's term does.
 */
const OBJECT_DIRECTIVES = new Set([
  'data',
  'option',
  'cmdoption',
  'envvar',
  'confval',
  'setting',
  'describe',
  'object',
  'function',
  'class',
  'method',
  'attribute',
  'property',
  'exception',
  'decorator',
  'macro',
  'directive',
  'role',
  'event',
]);
/** Version notes: "New in version 26: Links can carry a label." */
const VERSION_NOTES: Record<string, string> = {
  versionadded: 'New in version',
  versionchanged: 'Changed in version',
  deprecated: 'Deprecated since version',
};
/**
 * Directives whose content a reader never sees as text (navigation, file inclusion, markup for the build).
 * Any other directive (glossary, versionadded, only, tab, option, topic, rubric, list-table, …) wraps text
 * a member may need: its argument and content are read as if they stood there unwrapped.
 */
const HIDDEN_DIRECTIVES = new Set([
  'toctree',
  'contents',
  'raw',
  'include',
  'literalinclude',
  'index',
  'meta',
  'default-role',
  'role',
  'title',
  'sectnum',
  'header',
  'footer',
  'target-notes',
  'class',
  'highlight',
  'currentmodule',
  'module',
  'automodule',
  'autoclass',
  'autofunction',
  'tabularcolumns',
  'cssclass',
  'rst-class',
  // Sphinx settings for the rest of the page ("default-domain:: stconf" made a topic out of the word "stconf").
  'default-domain',
  'highlightlang',
  'sectionauthor',
  'moduleauthor',
  'codeauthor',
  'program',
  'py:module',
  'py:currentmodule',
  'autosummary',
  'autodata',
  'automethod',
  'autoattribute',
  'autoexception',
  // Notes for the writers (shown only when the build asks for them), and diagram sources.
  'todo',
  'todolist',
  'spelling:word-list',
  'graphviz',
  'digraph',
  'mermaid',
  'plantuml',
  // A page's tags for the site's index ("tags:: educator, how-to" led every Open edX page's summary), and videos.
  'tags',
  'youtube',
  'vimeo',
  'video',
]);

const indentOf = (l: string) => /^\s*/.exec(l)![0].replace(/\t/g, '        ').length;
const blank = (l: string | undefined) => l === undefined || l.trim() === '';

/** A line of roles and nothing else (":doc:`setup`", ":ref:`Setup <setup>`,", ":ref:`a`, :ref:`b`"). */
const ROLES_ONLY = /^\s*(?::[\w:+-]+:`[^`]+`[\s,]*)+$/;

/** An option line (":alt: A camera", ":linenos:"); ":doc:`setup`" opening a see-also's list is a role, not one. */
const DIRECTIVE_OPTION = /^\s*:[\w-]+:(?=\s|$)/;

/**
 * A directive's body past its options: the field list right under the directive line (":alt: A camera", a value
 * wrapped onto deeper lines), up to the first blank line, at whatever indentation the page uses (three spaces or four).
 * A field list further down is the directive's text.
 */
function afterOptions(body: readonly string[]): string[] {
  let k = 0;
  while (
    k < body.length &&
    !blank(body[k]) &&
    (DIRECTIVE_OPTION.test(body[k]!) || (k > 0 && indentOf(body[k]!) > indentOf(body[0]!)))
  )
    k++;
  return body.slice(k);
}

/**
 * An object description's names after its first: the lines right under the directive, up to a blank line or an option
 * (".. mixxx:control:: [ChannelN],cue_play" over "[SamplerN],cue_play"), one signature a line.
 */
function moreSignatures(body: readonly string[]): string[] {
  const end = body.findIndex((l) => blank(l) || DIRECTIVE_OPTION.test(l));
  return body.slice(0, end < 0 ? body.length : end).map((l) => l.trim());
}

/** Definitions the inline converter needs, gathered before conversion so forward references work. */
/** A label set on its own line (`.. _sync-conflicts:`), naming what follows it. */
const LABEL = /^\.\.\s+_([^:`]+|`[^`]+`):\s*$/;

/**
 * A title as plain words, for a reference to it: its markup goes, a role's name with it ("`The config.py File`:index:",
 * as pgAdmin titles every page, showed as "The config.py File:index:").
 */
const plainTitle = (title: string) =>
  title
    .replace(/:[\w:+-]+:`([^`]*)`|`([^`]*)`:[\w:+-]+:/g, (_m, a?: string, b?: string) => a ?? b ?? '')
    .replace(/[`*]/g, '')
    .trim();

/**
 * The section labels of a reST page with the titles they stand above (`.. _webdav:` then "Accessing files using
 * WebDAV" underlined): :ref:`webdav` shows that title. Read from every page of a folder before any is parsed, since
 * a page refers to its neighbours' sections.
 */
export function rstSectionLabels(text: string): Map<string, string> {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const titles = new Map<string, string>();
  lines.forEach((l, i) => {
    const label = LABEL.exec(l);
    if (!label) return;
    let j = i + 1;
    while (j < lines.length && (blank(lines[j]) || LABEL.test(lines[j]!))) j++;
    // An overlined title ("=====" / "Title" / "=====") or an underlined one ("Title" / "-----").
    const overlined = ADORNMENT.test(lines[j] ?? '') && ADORNMENT.test(lines[j + 2] ?? '');
    const title = overlined ? lines[j + 1] : ADORNMENT.test(lines[j + 1] ?? '') ? lines[j] : undefined;
    // Shown as plain words: the title's own markup ("Using ``webdav``") is not the reference's.
    if (title && !blank(title)) titles.set(refName(label[1]!.replace(/`/g, '')), plainTitle(title));
  });
  return titles;
}

/**
 * A reST page's title, its first section title (overlined or underlined, at the margin): what Sphinx shows for a
 * :doc: naming the page. Plain words, as for a :ref:'s section title.
 */
export function rstPageTitle(text: string): string | undefined {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  for (let j = 0; j + 1 < lines.length; j++) {
    const [l, next] = [lines[j]!, lines[j + 1]!];
    const overlined = ADORNMENT.test(l) && !blank(next) && !ADORNMENT.test(next) && ADORNMENT.test(lines[j + 2] ?? '');
    const underlined =
      !blank(l) &&
      indentOf(l) === 0 &&
      !ADORNMENT.test(l) &&
      blank(lines[j - 1]) &&
      ADORNMENT.test(next) &&
      next.trim().length >= Math.min(4, l.trim().length);
    const title = overlined ? next : underlined ? l : undefined;
    if (title) return plainTitle(title);
  }
  return undefined;
}

function collectReferences(lines: readonly string[], sectionTitles: ReadonlyMap<string, string>): RstReferences {
  const targets = new Map<string, string>();
  const substitutions = new Map<string, string>();
  lines.forEach((l, i) => {
    const t = /^\s*\.\.\s+_([^:]+|`[^`]+`):\s*(\S+)\s*$/.exec(l);
    if (t) targets.set(refName((t[1] ?? '').replace(/`/g, '')), t[2] ?? '');
    const s = /^\s*\.\.\s+\|([^|]+)\|\s+replace::\s*(.*)$/.exec(l);
    if (s) substitutions.set(refName(s[1] ?? ''), s[2] ?? '');
    // An icon in the text ("click the |share| icon") reads as its alt text, given on an option line below it.
    const image = /^\s*\.\.\s+\|([^|]+)\|\s+image::/.exec(l);
    if (image) {
      for (let j = i + 1; j < lines.length && OPTION.test(lines[j]!); j++) {
        const alt = /^\s*:alt:\s*(.+)$/.exec(lines[j]!)?.[1]?.trim();
        if (alt) substitutions.set(refName(image[1] ?? ''), alt);
      }
    }
  });
  return { targets, substitutions, sectionTitles };
}

/** Sphinx's file-wide metadata, a field list at the very top of a page (":orphan:", ":tocdepth: 2"): not text. */
const FILE_WIDE_FIELD = /^:[\w-]+:(?:\s.*)?$/;

/** The most lines one role or link is read across (a menu path wraps once or twice at 80 columns). */
const MAX_WRAPPED_LINES = 3;
/**
 * Whether a line leaves inline markup open: an odd number of ``literal`` marks, or of single backticks besides them.
 * A title's adornment of backticks ("``````````" under "Cloudflare") is no markup.
 */
const leavesMarkupOpen = (l: string) => {
  if (ADORNMENT.test(l)) return false;
  const doubles = (l.match(/``/g) ?? []).length;
  const singles = (l.match(/`/g) ?? []).length - 2 * doubles;
  return doubles % 2 === 1 || singles % 2 === 1 || SUBSTITUTION_OPEN.test(l);
};
/**
 * A substitution reference wrapped at the line's end ("select Reset Search |Reset" / "Search| to clear it"): an icon
 * left unread shows as "|Reset Search|". A table row or a line block ("| text") starts with its bar, and is no such
 * line.
 */
const SUBSTITUTION_OPEN = /^(?!\s*[|+]).*(?:^|[\s(])\|[^|\s`][^|`]*$/;

/** A list item naming one of Sphinx's generated pages: the general index, the module index, the search page. */
const GENERATED_PAGE_ITEM = /^\s*[-*+•]\s+:(?:std:)?(?:ref|doc):`(?:genindex|modindex|py-modindex|search)`\s*$/;

/** One option of an option list: "-f", "--full-screen", "--log-level LEVEL", "--color=<color>", "/V". */
const OPTION_NAME = String.raw`(?:--?[A-Za-z0-9][\w-]*|\+[A-Za-z0-9]|/[A-Za-z0-9]\w*)(?:[ =](?:<[^>]+>|[A-Za-z][\w-]*))?`;
/**
 * An option list's item: its options ("-f, --full-screen"), then its description after two spaces or more, or on the
 * lines below, indented deeper.
 */
const OPTION_ITEM = new RegExp(String.raw`^(\s*)(${OPTION_NAME}(?:, ${OPTION_NAME})*)(?:\s{2,}(\S.*))?$`);

/**
 * Whether a line opens a table. A field whose value is a table (":range:" over a table of values, a blank line between or not) names it plainly, as
 * a box's label over a list does: in bold on a line of its own over the table's code block, it read as a sub-heading,
 * and the table with the rest of the section (the next controls) became a topic titled "range". A field's name alone
 * over paragraphs (":Appearance:", a blank line, its text) still heads them.
 */
const opensTable = (line: string | undefined) =>
  line !== undefined && (SIMPLE_BORDER.test(line) || GRID_BORDER.test(line));

/** A line of a line block: "| text", or a lone "|" for an empty line. */
const LINE_BLOCK = /^(\s*)\|(?: (.*))?$/;

/**
 * Line blocks ("| The *Map Viewer* shows…" / "  it is a panel…" / "| By default…"): each "|" line, with the indented
 * lines that continue it, is a line of its own; left as they were, the bars showed and the first line read as a term.
 */
function readLineBlocks(lines: string[]): void {
  for (let i = 0; i < lines.length; i++) {
    const start = LINE_BLOCK.exec(lines[i]!);
    if (!start || !blank(lines[i - 1])) continue;
    const indent = start[1]!.length;
    const out: string[] = [];
    let j = i;
    for (; j < lines.length && !blank(lines[j]); j++) {
      const bar = LINE_BLOCK.exec(lines[j]!);
      if (bar && bar[1]!.length === indent) out.push(start[1]! + (bar[2] ?? '').trim(), '');
      else if (indentOf(lines[j]!) > indent && out.length > 0) out[out.length - 2] += ` ${lines[j]!.trim()}`;
      else break;
    }
    if (j < lines.length && !blank(lines[j])) continue;
    lines.splice(i, j - i, ...out);
    i += out.length - 1;
  }
}

/**
 * Sphinx sources wrap at 80 columns, and a role or link wraps with them (":menuselection:`Preferences --> Decks -->"
 * on one line, "Speed --> Reset on track load`." on the next). The inline converter reads one line at a time, so such
 * a line takes the rest of its paragraph's lines until the markup closes.
 */
function joinWrappedMarkup(lines: string[]): void {
  for (let i = 0; i < lines.length; i++) {
    for (let joined = 0; joined < MAX_WRAPPED_LINES && leavesMarkupOpen(lines[i]!); joined++) {
      const next = lines[i + 1];
      // The paragraph ends at a blank line, a shallower line, a directive, a title's adornment or a list item.
      if (blank(next) || indentOf(next!) < indentOf(lines[i]!) || /^\s*\.\.\s/.test(next!)) break;
      if (ADORNMENT.test(next!) || LIST_ITEM.test(next!)) break;
      lines[i] = `${lines[i]!.replace(/\s+$/, '')} ${next!.trim()}`;
      lines.splice(i + 1, 1);
    }
  }
}

const AUTO_FOOTNOTE = /^(\s*\.\.\s+)\[#([\w.-]*)\](?=\s|$)/;
const MANUAL_FOOTNOTE = /^\s*\.\.\s+\[(\d+)\](?=\s|$)/;

/**
 * Auto-numbered footnotes ("[#resiliosync]_" … ".. [#resiliosync] text", or "[#]_" … ".. [#] text") shown as docutils
 * shows them, numbered "[1]", "[2]" in the order the footnotes are written, skipping numbers a manual footnote
 * takes; kept as written, a member read "[#resiliosync]". Labelled references find their footnote by label;
 * anonymous ones take the anonymous footnotes in order. In place.
 */
function numberAutoFootnotes(lines: string[]): void {
  if (!lines.some((l) => AUTO_FOOTNOTE.test(l))) return;
  const taken = new Set(lines.flatMap((l) => MANUAL_FOOTNOTE.exec(l)?.[1] ?? []).map(Number));
  const byLabel = new Map<string, number>();
  const anonymous: number[] = [];
  let next = 0;
  lines.forEach((line, i) => {
    const m = AUTO_FOOTNOTE.exec(line);
    if (!m) return;
    do next++;
    while (taken.has(next));
    if (m[2]) byLabel.set(m[2].toLowerCase(), next);
    else anonymous.push(next);
    lines[i] = `${m[1]}[${next}]${line.slice(m[0].length)}`;
  });
  let k = 0;
  for (let i = 0; i < lines.length; i++)
    lines[i] = lines[i]!.replace(/\[#([\w.-]*)\]_/g, (whole, label: string) => {
      const n = label ? byLabel.get(label.toLowerCase()) : anonymous[k++];
      return n === undefined ? whole : `[${n}]_`;
    });
}

export function parseRst(
  text: string,
  sectionTitles: ReadonlyMap<string, string> = new Map(),
  docTitle?: (target: string) => string | undefined,
): ParsedDocument {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  for (let top = lines.findIndex((l) => !blank(l)); top >= 0 && FILE_WIDE_FIELD.test(lines[top]!); )
    lines.splice(top, 1);
  readLineBlocks(lines);
  // Sphinx's generated pages ("* :ref:`genindex`", "* :ref:`search`", the "Indices and tables" a new project starts
  // with) are the website's, not the guide's: a list of them made a topic of "1. genindex 2. modindex".
  for (let k = lines.length - 1; k >= 0; k--) if (GENERATED_PAGE_ITEM.test(lines[k]!)) lines.splice(k, 1);
  joinWrappedMarkup(lines);
  numberAutoFootnotes(lines);
  const refs = {
    ...collectReferences(lines, new Map([...sectionTitles, ...rstSectionLabels(text)])),
    abbreviations: new Set<string>(),
    ...(docTitle ? { docTitle } : {}),
  };
  const warnings: string[] = [];
  const styles: string[] = [];
  const flat: FlatHeading[] = [];
  const preamble: string[] = [];
  let out = preamble;
  /** Indentation of the list marker we are inside, or -1: deeper lines continue the item. */
  let listIndent = -1;
  /** The number of the last item of a numbered list at `listIndent` (0 for a bullet list). */
  let lastNumber = 0;
  /** Indentation of the option list being read, or -1: its next item may follow the last one's text unspaced. */
  let optionIndent = -1;
  const inline = (l: string) => convertRstInline(l.trim(), refs);

  const startSection = (title: string, style: string, qualifier?: string) => {
    if (!styles.includes(style)) styles.push(style);
    // Each section is a topic of its own: it spells out its abbreviations again.
    refs.abbreviations.clear();
    const lines: string[] = [];
    flat.push({ title: inline(title), level: styles.indexOf(style) + 1, lines, ...(qualifier ? { qualifier } : {}) });
    out = lines;
    listIndent = -1;
    optionIndent = -1;
  };

  /** Lines after a directive that belong to it: its options and anything indented deeper. */
  const directiveExtent = (from: number, baseIndent: number): number => {
    let j = from;
    let inOptions = true;
    while (j < lines.length) {
      const l = lines[j]!;
      if (blank(l)) {
        inOptions = false;
        j++;
        continue;
      }
      if (indentOf(l) > baseIndent || (inOptions && OPTION.test(l))) {
        j++;
        continue;
      }
      break;
    }
    while (j > from && blank(lines[j - 1])) j--;
    return j;
  };

  /** Emit lines as a fenced code block, removing their common indentation; inside a list item it stays in the item. */
  const emitCode = (body: string[], lang = '') => {
    while (body.length > 0 && blank(body[body.length - 1])) body.pop();
    while (body.length > 0 && blank(body[0])) body.shift();
    if (body.length === 0) return;
    const cut = Math.min(...body.filter((l) => !blank(l)).map(indentOf));
    const pad = listIndent >= 0 ? '   ' : '';
    out.push(
      '',
      ...[`\`\`\`${lang}`, ...body.map((l) => l.replace(/\t/g, '        ').slice(cut)), '```'].map((l) => pad + l),
      '',
    );
  };
  /** A table's rows, each cell's markup read like any text's, in a code block with the columns aligned. */
  const emitTable = (rows: string[][]) =>
    emitCode(alignedColumns(rows.map((row) => row.map((cell) => cellText(cell, inline)))));

  let i = 0;
  /** The line just after the last title's adornment. */
  let afterTitle = -1;
  while (i < lines.length) {
    const line = lines[i]!;
    const next = lines[i + 1];
    const after = lines[i + 2];
    // Leaving a list: a non-blank line no deeper than the list's marker that is not another item. Unless the numbers
    // resume after it ("1. Download the key." / ``wget …`` at the margin / "2. Install it."): the command or note
    // between goes with the step above, indented into it, so the procedure stays one list and "2." no closing note.
    if (listIndent >= 0 && !blank(line) && indentOf(line) <= listIndent && !LIST_ITEM.test(line)) {
      const resumes = resumedItem(lines, i, listIndent, lastNumber + 1);
      if (resumes > i) {
        for (let k = i; k < resumes; k++) if (!blank(lines[k])) lines[k] = `${' '.repeat(listIndent + 3)}${lines[k]}`;
        continue;
      }
      listIndent = -1;
    }

    // Overline + title + underline of the same character.
    const over = ADORNMENT.exec(line);
    if (
      over &&
      !blank(next) &&
      !ADORNMENT.test(next!) &&
      after !== undefined &&
      ADORNMENT.exec(after)?.[1] === over[1]
    ) {
      startSection(next!, `o${over[1]}`);
      i += 3;
      afterTitle = i;
      continue;
    }
    // A grid table ("+----+----+" borders, "| a  | b  |" rows) only reads with its columns aligned: its cells, their
    // markup read like any text's, go to a code block with the columns aligned, as a list-table's do.
    if (GRID_BORDER.test(line)) {
      let end = i + 1;
      while (end < lines.length && (GRID_BORDER.test(lines[end]!) || GRID_ROW.test(lines[end]!))) end++;
      if (end - i >= 3) {
        emitTable(gridRows(lines.slice(i, end)));
        i = end;
        continue;
      }
    }
    // A simple table ("=====  =====" borders around and under its header) reads only with its columns aligned too:
    // it ends at a border followed by a blank line (or the end), with at least two borders seen.
    if (SIMPLE_BORDER.test(line)) {
      let end = i + 1;
      let borders = 1;
      // The last border may run the table's full width without column gaps ("=====…" under the rows, as OPNsense
      // writes it): followed by a blank line it still closes the table, which would otherwise take the next section.
      const closes = (k: number) =>
        SIMPLE_BORDER.test(lines[k]!) ||
        (FULL_BORDER.test(lines[k]!) && (k + 1 >= lines.length || blank(lines[k + 1])));
      while (end < lines.length) {
        const isBorder = closes(end);
        end++;
        // A table in a definition's or an option's text also ends where that text does, at a shallower line.
        const ends = end >= lines.length || blank(lines[end]) || indentOf(lines[end]!) < indentOf(line);
        if (isBorder && ++borders >= 2 && ends) break;
      }
      if (borders >= 2 && closes(end - 1)) {
        emitTable(simpleRows(lines.slice(i, end)));
        i = end;
        continue;
      }
    }
    // Title + underline: the text must start a paragraph (blank line before it), or follow the title just read
    // ("Conversion\n----------\nWhat formats…?\n~~~~~~~~~~~~~~": docutils takes both as titles).
    const under = next === undefined ? null : ADORNMENT.exec(next);
    if (
      under &&
      !blank(line) &&
      indentOf(line) === 0 &&
      !ADORNMENT.test(line) &&
      (blank(lines[i - 1]) || i === afterTitle) &&
      // After a blank line, text at the margin has left any list: "2. Create an OTP" over its underline is a title.
      (listIndent < 0 || blank(lines[i - 1])) &&
      // "2. Choose a Storage Location" over its underline is a title, as docutils reads it: an enumerated item
      // needs a blank or indented line after it. A bullet line is never one.
      !BULLET_ITEM.test(line)
    ) {
      // A title inside a tab carries the tab's name (marked where the tab's text is read in, below).
      const { text: written, qualifier } = tabMarked(line);
      const title = written.trim();
      const short = next!.trim().length < title.length;
      if (!short || next!.trim().length >= 4) {
        if (short)
          warnings.push(
            `line ${i + 2}: the underline of "${title}" is shorter than the title (accepted, as docutils does)`,
          );
        startSection(title, `u${under[1]}`, qualifier);
        i += 2;
        afterTitle = i;
        continue;
      }
    }
    // A lone adornment line is a transition (horizontal rule): nothing to show in Discord. Docutils wants four
    // characters or more: a lone "::" opens a literal block (read below), it is no rule.
    if (over && line.trim().length >= 4 && blank(lines[i - 1]) && blank(next)) {
      i++;
      continue;
    }

    // A footnote or citation (".. [1] If you prefer Theora…") is prose the section carries, not markup: kept as
    // "[1] text" where it stands, its indented continuation lines joined to it.
    const note = FOOTNOTE.exec(line);
    if (note) {
      const end = directiveExtent(i + 1, indentOf(line));
      const text = [note[2]!, ...lines.slice(i + 1, end)].map((l) => l.trim()).filter(Boolean);
      out.push('', inline(`[${note[1]}] ${text.join(' ')}`), '');
      listIndent = -1;
      i = end;
      continue;
    }

    const dir = DIRECTIVE.exec(line);
    if (dir) {
      const base = indentOf(line);
      const rest = dir[2] ?? '';
      const end = directiveExtent(i + 1, base);
      const body = lines.slice(i + 1, end);
      // A directive indented into a list item (".. note::" under "3. Add the repository.", or one at the margin that
      // the numbers resume after, indented into the step above) is part of that item: the list goes on past it. Reset,
      // the note left the list at the margin and the next item ("4. Install the app.") came out as loose text.
      const inItem = listIndent >= 0 && base > listIndent;
      const leavesList = () => {
        if (!inItem) listIndent = -1;
      };
      const named = /^(?:\|[^|]+\|\s+)?([\w:-]+)::\s*(.*)$/.exec(rest);
      const name = named?.[1]?.toLowerCase() ?? '';
      const arg = named?.[2]?.trim() ?? '';
      // Past the options, roles alone at the body's margin (":doc:`setup`" in a see-also list of pages, or
      // ":ref:`a`," / ":ref:`b`") name pages the member cannot open from Discord: dropped, a description below them
      // kept. Only where they open a paragraph: a role that merely starts a wrapped line ("then select" /
      // ":guilabel:`Continue` to allow…") is the paragraph's text.
      let roles = false;
      const content = afterOptions(body).filter((l, k, all) => {
        roles = ROLES_ONLY.test(l) && indentOf(l) <= base + 3 && (blank(all[k - 1]) || roles);
        return !roles;
      });
      if (name === 'csv-table' || name === 'list-table') {
        // A table written as CSV or as a list of lists: its rows, columns aligned in a code block (as a grid table
        // is kept), under its title.
        const header = body.map((l) => /^\s*:header:\s*(.+)$/.exec(l)?.[1]).find(Boolean);
        const rows = name === 'csv-table' ? csvRows(content, header) : listTableRows(content);
        if (arg) out.push('', inline(arg), '');
        emitTable(rows);
      } else if (CODE_DIRECTIVES.has(name)) {
        emitCode(afterOptions(body), name === 'parsed-literal' ? '' : arg);
      } else if (name === 'image' || /\|\s+image::/.test(rest)) {
        // The picture cannot be shown, but where it pointed to may matter: keep it as a link so the
        // allowlist decides whether it stays.
        const target = body.map((l) => /^\s*:target:\s*(\S+)/.exec(l)?.[1]).find(Boolean);
        const alt = body.map((l) => /^\s*:alt:\s*(.+)$/.exec(l)?.[1]?.trim()).find(Boolean);
        if (target) out.push('', `[${alt ?? 'Link'}](${target})`, '');
        else if (!/\|/.test(rest)) endLeadIntoDroppedPicture(out, lines, end);
      } else if (
        name !== '' &&
        !HIDDEN_DIRECTIVES.has(name) &&
        !/\|/.test(rest) &&
        // "only:: latex" text is for the printed manual; "only:: html" is the website's, the one members read.
        !(name === 'only' && !/\bhtml\b/.test(arg))
      ) {
        // Read the wrapped text in place, one level shallower: its paragraphs, lists and nested directives.
        const inner = content.filter((l) => !blank(l));
        const cut = inner.length > 0 ? Math.min(...inner.map(indentOf)) : 0;
        const pad = ' '.repeat(base);
        const text = content.map((l) => (blank(l) ? '' : pad + l.replace(/\t/g, '        ').slice(cut)));
        // A box ("Tip"), a tab's name ("Android") and a version note label the text they wrap. A note's argument is
        // its first words ("… note:: Sync stops when …"); a generic admonition's is its title.
        const boxed = ADMONITIONS.has(name);
        const label = boxed
          ? name === 'admonition'
            ? arg
            : name === 'seealso'
              ? 'See also'
              : name[0]!.toUpperCase() + name.slice(1)
          : TAB_DIRECTIVES.has(name)
            ? arg
            : VERSION_NOTES[name] && arg
              ? `${VERSION_NOTES[name]} ${arg}`
              : '';
        if (boxed && name !== 'admonition' && arg) text.unshift(pad + arg);
        // A bold line in a box is the box's emphasis ("**At the moment only Okta is supported.**"), not a sub-heading:
        // read in place, one level shallower, it would take the rest of the section. The box says it is important.
        if (boxed)
          for (let k = 0; k < text.length; k++)
            if (blank(text[k - 1]) && blank(text[k + 1]))
              text[k] = text[k]!.replace(/^(\s*)\*\*([^*]+)\*\*\s*$/, '$1$2');
        // Inside a list item the box's paragraphs are already lines of that item, kept together under it.
        if ((boxed || VERSION_NOTES[name]) && !inItem) joinBoxParagraphs(text, base);
        if (TAB_DIRECTIVES.has(name) && arg) markTabTitles(text, arg);
        if (name === 'glossary') joinGlossaryTerms(text);
        const first = text.findIndex((l) => !blank(l));
        // A box that opens on its own label (".. note::" over "**Tip:**", ".. note:: **WARNING:** Use at your own
        // risk") says what it is in the author's word: a second label before it read "**Note:** **Tip:**".
        const ownLabel = boxed && first >= 0 && BOXED.test(text[first]!.trim());
        if (label && first >= 0 && !ownLabel && tabMarked(text[first]!).qualifier === undefined) {
          // On a line of text the label leads it; before a list, a figure or code it stands alone, so they stay
          // what they are. Standing alone it is plain: a bold line of its own would read as a sub-heading, and the
          // box's list and the rest of the section would become a topic titled "Important".
          // A definition's term ("Guide title" over its indented text) is bold itself: the label stands apart from it.
          const term = !blank(text[first + 1]) && indentOf(text[first + 1]!) > indentOf(text[first]!);
          if (LIST_ITEM.test(text[first]!) || DIRECTIVE.test(text[first]!) || /::\s*$/.test(text[first]!) || term)
            text.splice(first, 0, `${pad}${label}:`, '');
          else text[first] = text[first]!.replace(/^(\s*)/, `$1**${label}:** `);
        }
        // A figure's caption, its first paragraph ("Backlog: Plan your releases"), names a picture the member does
        // not see: it goes with the picture (kept, it became a step or a topic of its own). A legend after it is
        // text like any other and stays. A figure left with nothing is a picture alone.
        if (name === 'figure' || name === 'thumbnail') {
          const first = text.findIndex((l) => !blank(l));
          if (first >= 0 && !LIST_ITEM.test(text[first]!) && !DIRECTIVE.test(text[first]!)) {
            let past = first;
            while (past < text.length && !blank(text[past])) past++;
            text.splice(first, past - first);
          }
          if (text.every(blank)) endLeadIntoDroppedPicture(out, lines, end);
        }
        // An object's name leads its description as a term leads its definition ("**LOCAL_GROUPS:** Whether…"): on a
        // line of its own, it was a step of its own, apart from what it names. A domain's directive
        // (".. mixxx:control::", ".. rst:role::") describes an object too, whatever the domain calls it. The lines
        // right under the first, before a blank line, are more names of the same object (one signature a line), as
        // Sphinx reads them: they join the term, not the text.
        const object = (OBJECT_DIRECTIVES.has(name.split(':').pop()!) || name.includes(':')) && arg !== '';
        const signatures = object ? moreSignatures(body) : [];
        let opens = text.findIndex((l) => !blank(l));
        if (signatures.length > 0 && opens >= 0) {
          text.splice(opens, signatures.length);
          opens = text.findIndex((l) => !blank(l));
        }
        if (object && opens >= 0 && !DIRECTIVE.test(text[opens]!) && !LIST_ITEM.test(text[opens]!)) {
          const names = [arg, ...signatures].join(', ');
          const term = `${pad}${/[*_`|\\<]/.test(names) ? `\`\`${names.replace(/`/g, '')}\`\`` : names}`;
          const body = text.slice(opens).map((l) => (blank(l) ? '' : `    ${l}`));
          lines.splice(i, end - i, '', term, ...body, '');
          leavesList();
          continue;
        }
        const argLine = arg && !label && !boxed && !LAYOUT_DIRECTIVES.has(name) ? [`${pad}${arg}`, ''] : [];
        lines.splice(i, end - i, '', ...argLine, ...text, '');
        leavesList();
        continue;
      }
      // toctree, contents, raw, include, comments, substitution and target definitions: dropped. An include still
      // here names a file the import could not read (a single page imported alone): its text is missing, so say so.
      if (name === 'include')
        warnings.push(
          `line ${i + 1}: ".. include:: ${arg}" was not read (import the folder that holds it to write it in)`,
        );
      leavesList();
      i = end;
      continue;
    }

    if (blank(line)) {
      out.push('');
      i++;
      continue;
    }

    const indent = indentOf(line);
    // Inline markup may run onto the next line of its paragraph ("run ``syncthing\n--paths`` to see"): read the
    // two lines as one, so the literal or role is converted whole rather than left with stray backticks.
    if (
      leavesMarkupOpen(line) &&
      !blank(next) &&
      !ADORNMENT.test(next!) &&
      !DIRECTIVE.test(next!) &&
      !LIST_ITEM.test(next!)
    ) {
      lines.splice(i, 2, `${line.trimEnd()} ${next!.trim()}`);
      continue;
    }

    // An option list ("--log-level LEVEL   Set the verbosity…"): each item's options lead its description, in code as
    // a member types them, the way a definition's term leads its text. Read as prose, the options and descriptions of
    // the whole list ran on as one paragraph.
    const option = listIndent < 0 ? OPTION_ITEM.exec(line) : null;
    const described = option?.[3] !== undefined || (!blank(next) && indentOf(next!) > indent);
    if (option && described && (blank(lines[i - 1]) || indent === optionIndent)) {
      optionIndent = indent;
      const description = option[3] === undefined ? [] : [`${option[1]}    ${option[3]}`];
      lines.splice(i, 1, '', `${option[1]}\`\`${option[2]}\`\``, ...description);
      continue;
    }

    const item = LIST_ITEM.exec(line);
    let emitted: string;
    if (item) {
      const marker = item[2]!;
      const ordered = /\d|#|[a-zA-Z]\)/.test(marker) && !/^[-*+•‣⁃]$/.test(marker);
      const nested = listIndent >= 0 && indent > listIndent ? '   ' : '';
      if (!nested) listIndent = indent;
      // A list that resumes ("4. Repeat steps 1-3") keeps its number; "#." and letters count from 1.
      const number = /^\(?(\d+)/.exec(marker)?.[1] ?? '1';
      if (!nested) lastNumber = /^\d+[.)]$/.test(marker) ? Number(number) : 0;
      emitted = `${nested}${ordered ? `${number}.` : '-'} ${item[3] ?? ''}`;
    } else if (listIndent >= 0) {
      emitted = `   ${line.trim()}`;
    } else {
      const field = FIELD.exec(line);
      const prev = lines[i - 1];
      // A definition list's term: a line right above its more indented definition ("Admin" / "   An admin is…").
      const term =
        !field &&
        (prev === undefined || blank(prev) || followsDefinition(lines, i)) &&
        !blank(next) &&
        indentOf(next!) > indent &&
        !/::\s*$/.test(line) &&
        !DIRECTIVE.test(next!);
      // A field list's name (":Appearance: Dark or light") and a term lead their text, as a box's label does; block
      // quotes and definition bodies: the indentation is layout, not code, in Discord.
      // The next term of a list written without blank lines between its items ("New Project" / "   Clear…" /
      // "Open Project…" / "   Load…"): docutils starts a new item there, so it is a paragraph of its own, not words
      // run on into the definition above.
      if (term && prev !== undefined && !blank(prev)) out.push('');
      emitted = field
        ? !field[2]?.trim() && opensTable(lines.slice(i + 1).find((l) => !blank(l)))
          ? `${field[1]!.trim()}:`
          : `**${field[1]!.trim()}:** ${(field[2] ?? '').trim()}`.trim()
        : term
          ? // A term that carries its own colon ("Reason:") takes no second one; one written bold ("**Report
            // Display**") is bold once ("****Report Display**:**" showed its stars). A question ("Why is access
            // denied?") ends on its question mark: "?:" read as a typo.
            `**${line
              .trim()
              .replace(/^\*\*([^*]+?)\*\*(:?)$/, '$1$2')
              .replace(/:$/, '')
              .replace(/[^?!]$/, '$&:')}**`
          : line.trim();
    }
    // A paragraph ending in "::" introduces a literal block.
    const literal = /::\s*$/.test(emitted);
    // "Text::" shows as "Text:", "Text ::" as "Text", and a lone "::" shows nothing (docutils rules).
    if (literal)
      emitted = /^\s*::\s*$/.test(emitted)
        ? ''
        : /\s::\s*$/.test(emitted)
          ? emitted.replace(/\s+::\s*$/, '')
          : emitted.replace(/::\s*$/, ':');
    const lead = /^(\s*(?:[-]|\d+\.)?\s*)/.exec(emitted)![0];
    if (emitted.trim()) out.push(lead + inline(emitted.slice(lead.length)));
    // Each field of a list is its own line (":Type: list" / ":Default: []"), not one run-on paragraph.
    if (listIndent < 0 && !item && FIELD.test(line) && !blank(next) && FIELD.test(next!)) out.push('');
    i++;
    if (literal) {
      let j = i;
      while (j < lines.length && blank(lines[j])) j++;
      if (j < lines.length && indentOf(lines[j]!) > indent) {
        let end = j;
        while (end < lines.length && (blank(lines[end]) || indentOf(lines[end]!) > indent)) end++;
        emitCode(lines.slice(j, end));
        i = end;
      }
    }
  }
  const sections = nestHeadings(flat);
  return { preamble, sections, warnings };
}

/**
 * Where a numbered list resumes at `number` ("2. Install it.") after the text at `from`, which left the list at
 * `indent` ("``wget …``" or a note at the margin): the line of that item, or -1. Only text, literals and directives
 * may stand between, under no title; a lead-in right above the item ("If the copy fails:" / "4. Unmount the disk.")
 * opens another branch, which stays a list of its own.
 */
function resumedItem(lines: readonly string[], from: number, indent: number, number: number): number {
  if (number < 2 || !blank(lines[from - 1])) return -1;
  for (let k = from; k < lines.length; k++) {
    const l = lines[k]!;
    if (blank(l) || indentOf(l) > indent) continue;
    if (ADORNMENT.test(l) || ADORNMENT.test(lines[k + 1] ?? '')) return -1;
    const item = LIST_ITEM.exec(l);
    if (!item) continue;
    if (indentOf(l) !== indent || item[2] !== `${number}.` || !blank(lines[k - 1])) return -1;
    let above = k - 1;
    while (above > from && blank(lines[above])) above--;
    return /:\**\s*$/.test(lines[above]!) && !/::\s*$/.test(lines[above]!) ? -1 : k;
  }
  return -1;
}

/**
 * A box's paragraphs (a tip, a note, a version note) read as one: its label leads only the first, so a second paragraph
 * left apart was a step of its own or loose text after the box, no longer marked as the tip it is. The blank lines
 * between its plain paragraphs at `indent` go, and they run on as one paragraph under the label. Stops at anything
 * else (a list, a literal block, a nested directive, a field, a line block, a term over its definition), which keeps
 * its own form. In place.
 */
function joinBoxParagraphs(text: string[], indent: number): void {
  const plain = (l: string) =>
    !blank(l) &&
    indentOf(l) === indent &&
    !LIST_ITEM.test(l) &&
    !DIRECTIVE.test(l) &&
    !FIELD.test(l) &&
    !LINE_BLOCK.test(l) &&
    !ADORNMENT.test(l) &&
    !opensTable(l);
  /** The end of the plain paragraph at `k`, or -1 when it is something else. */
  const paragraphEnd = (k: number) => {
    let end = k;
    while (end < text.length && !blank(text[end])) if (!plain(text[end++]!)) return -1;
    return end;
  };
  let start = text.findIndex((l) => !blank(l));
  if (start < 0) return;
  let end = paragraphEnd(start);
  while (end > 0 && !/::\s*$/.test(text[end - 1]!)) {
    let next = end;
    while (next < text.length && blank(text[next])) next++;
    if (next >= text.length || paragraphEnd(next) < 0) return;
    // A one-line paragraph without closing punctuation is the box's title ("Copying ticket hook and number" over
    // "To copy the ticket hook…"): a colon keeps it from running on into the sentence after it.
    if (end === start + 1 && !/[.!?:;,]["'”’)*_`]*\s*$/.test(text[start]!)) text[start] = `${text[start]!.trimEnd()}:`;
    text.splice(end, next - end);
    start = end;
    end = paragraphEnd(start);
  }
}

/**
 * Whether the line at `i` follows, with no blank line between, the definition of a term at its own indentation
 * ("Open Project..." right under "   Clear the node graph." under "New Project"): in reST the items of a definition
 * list need no blank line between them, so it is the list's next term. The definition may hold several paragraphs.
 */
function followsDefinition(lines: readonly string[], i: number): boolean {
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

/**
 * A table cell's text, its markup read. A cell of several lines (a csv-table's quoted cell) is one line in the table:
 * its lines are joined, a line block's or a list's items ("| Hidden lines", "* Anonymous bind") set apart by
 * semicolons; an empty line-block line, a picture, an item that was only a picture, and a label left pointing at pictures alone
 * ("**Toolbar:**" over an icon) go.
 */
function cellText(cell: string, inline: (l: string) => string): string {
  const raw: { text: string; item: boolean }[] = [];
  let options = false;
  for (const line of cell.split('\n')) {
    // A picture in a cell (".. figure:: a.webp" and its ":width:" lines): nothing to show in Discord.
    options = /^\.\.\s+(?:figure|image)::/.test(line) || (options && DIRECTIVE_OPTION.test(line));
    if (options) continue;
    const item = /^(?:\||[-*+•])(?:\s+(.*))?$/.exec(line);
    // A line that opens no item continues the one above: a role or a literal wrapped there is read whole.
    if (item || raw.length === 0) raw.push({ text: item ? (item[1] ?? '') : line, item: item !== null });
    else raw.at(-1)!.text += ` ${line}`;
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
    .map((p) => ({ ...p, text: restore(plainCell(inline(protect(p.text)))) }))
    .filter((p) => p.text !== '');
  const ends = (t: string) => /[:.;!?]\**$/.test(t);
  while (parts.length > 1 && /:\**$/.test(parts.at(-1)!.text) && parts.at(-1)!.text.split(/\s+/).length <= 3)
    parts.pop();
  return parts.reduce((all, p, k) => (k === 0 ? p.text : `${all}${p.item && !ends(all) ? ';' : ''} ${p.text}`), '');
}

/** A table cell as plain text in a code block: inline markup's backticks and stars would show as written. */
const plainCell = (cell: string) => cell.replace(/[`*]/g, '').trim();

/**
 * A tab's text with titles (sphinx-inline-tabs ":parse-titles:"): each title carries the tab's name, which tells it from
 * the same title in the next tab, and the first one moves up to where the tab opens, so the tab's words before it are
 * read under it rather than at the end of the previous tab's last section.
 */
function markTabTitles(text: string[], tab: string): void {
  const isTitle = (k: number) =>
    !blank(text[k]) && !ADORNMENT.test(text[k]!) && ADORNMENT.test(text[k + 1] ?? '') && blank(text[k - 1]);
  let first = -1;
  for (let k = 0; k < text.length; k++)
    if (isTitle(k)) {
      if (first < 0) first = k;
      text[k] = markTab(text[k]!, tab);
    }
  if (first > 0 && text.slice(0, first).some((l) => !blank(l))) text.unshift('', ...text.splice(first, 2), '');
}

/**
 * A glossary entry may name its term several ways, one per line ("API" / "Application Program Interface" over the
 * definition): Sphinx shows each as a term of the same definition. Read apart, the first was a line of text and the
 * second the term ("API Application Program Interface An API is…", no term shown): they are one term line, "API,
 * Application Program Interface". In place.
 */
function joinGlossaryTerms(text: string[]): void {
  for (let k = 0; k < text.length; k++) {
    if (blank(text[k]) || !blank(text[k - 1])) continue;
    let end = k + 1;
    while (end < text.length && !blank(text[end]) && indentOf(text[end]!) === indentOf(text[k]!)) end++;
    if (end === k + 1 || blank(text[end]) || indentOf(text[end]!) <= indentOf(text[k]!)) continue;
    const names = text.slice(k, end).map((l) => l.trim());
    text.splice(k, end - k, text[k]!.replace(/\S.*$/, names.join(', ')));
  }
}

/**
 * A grid table's rows, each cell's lines kept (see `cellText`): columns are where the "+" of its borders stand (the
 * border with the most of them: a title row spanning the table's width may come first). A cell spanning several
 * columns runs to the next "|" its line has where a column ends.
 */
function gridRows(table: readonly string[]): string[][] {
  const border = table.filter((l) => GRID_BORDER.test(l)).reduce((a, b) => (count(b) > count(a) ? b : a));
  const stops = [...border].flatMap((c, k) => (c === '+' ? [k] : []));
  const rows: string[][] = [];
  let row: string[] | null = null;
  for (const l of table) {
    if (GRID_BORDER.test(l)) {
      if (row) rows.push(row);
      row = null;
      continue;
    }
    row ??= stops.slice(1).map(() => '');
    for (let k = 0; k + 1 < stops.length; ) {
      let end = k + 1;
      while (end + 1 < stops.length && !/[|+]/.test(l[stops[end]!] ?? '')) end++;
      const text = l.slice(stops[k]! + 1, stops[end]).trim();
      if (text) row[k] = row[k] ? `${row[k]}\n${text}` : text;
      k = end;
    }
  }
  if (row) rows.push(row);
  return rows;
}
/** How many "+" a grid table's border has. */
const count = (border: string) => border.split('+').length - 1;

/**
 * A simple table's rows: columns start where the first border's "=" runs start (the last runs to the line's end); a
 * line with nothing in the first column continues the row above, its cells' lines kept (see `cellText`).
 */
function simpleRows(table: readonly string[]): string[][] {
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
function csvRows(content: readonly string[], header: string | undefined): string[][] {
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

/** A list-table's rows: "* - a" opens a row, "- b" adds a cell, deeper lines continue the cell. */
function listTableRows(content: readonly string[]): string[][] {
  const rows: string[][] = [];
  for (const line of content) {
    const opens = /^\s*\*\s+-\s+(.*)$/.exec(line);
    const cell = /^\s*-\s+(.*)$/.exec(line);
    if (opens) rows.push([opens[1]!]);
    else if (cell && rows.length > 0) rows[rows.length - 1]!.push(cell[1]!);
    else if (line.trim() !== '' && rows.length > 0) {
      const row = rows[rows.length - 1]!;
      row[row.length - 1] = `${row[row.length - 1]} ${line.trim()}`;
    }
  }
  return rows;
}

/** Rows as lines, each column padded to its widest cell. */
function alignedColumns(rows: readonly string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, c) => (widths[c] = Math.max(widths[c] ?? 0, [...cell].length)));
  return rows.map((row) =>
    row
      .map((cell, c) => (c === row.length - 1 ? cell : cell + ' '.repeat(widths[c]! - [...cell].length)))
      .join('  ')
      .trimEnd(),
  );
}
