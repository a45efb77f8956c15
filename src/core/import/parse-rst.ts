import { endLeadIntoDroppedPicture } from './picture-lead.js';
import { labelled } from './box-label.js';
import { convertRstInline, parsedLiteralLine } from './rst-inline.js';
import { nestHeadings, tabMarked, type FlatHeading, type ParsedDocument } from './section-tree.js';
import { BOXED } from './steps.js';
import {
  ADMONITIONS,
  admonitionLabel,
  afterOptions,
  CODE_DIRECTIVES,
  DIAGRAM_DIRECTIVES,
  HIDDEN_DIRECTIVES,
  joinBoxParagraphs,
  joinGlossaryTerms,
  LAYOUT_DIRECTIVES,
  markTabTitles,
  moreSignatures,
  OBJECT_DIRECTIVES,
  ROLES_ONLY,
  TAB_DIRECTIVES,
  VERSION_NOTES,
} from './rst-directives.js';
import { followsDefinition, joinDefinition, nestedDefinitionsAsList, termText } from './rst-definitions.js';
import { leavesMarkupOpen, preparedLines } from './rst-prepass.js';
import { collectReferences, rstSectionLabels } from './rst-references.js';
import {
  ADORNMENT,
  blank,
  BULLET_ITEM,
  DIRECTIVE,
  FIELD,
  FOOTNOTE,
  FULL_BORDER,
  GRID_BORDER,
  GRID_ROW,
  indentOf,
  inLetterRun,
  LIST_ITEM,
  OPTION,
  opensTable,
  SIMPLE_BORDER,
} from './rst-syntax.js';
import { alignedColumns, cellText, csvRows, gridRows, listTableRows, simpleRows, TABLE_INFO } from './rst-tables.js';

/** A Markdown code fence's opening line, its language after it ("```bash"). */
const MARKDOWN_FENCE = /^\s*```([\w+-]*)\s*$/;
const CLOSING_FENCE = /^\s*```\s*$/;
/** The line written where a tab with titles of its own ends (see tabHolders in parseRst). */
const TAB_END = '\u0003/tab\u0003';

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

/** One option of an option list: "-f", "--full-screen", "--log-level LEVEL", "--color=<color>", "/V". */
const OPTION_NAME = String.raw`(?:--?[A-Za-z0-9][\w-]*|\+[A-Za-z0-9]|/[A-Za-z0-9]\w*)(?:[ =](?:<[^>]+>|[A-Za-z][\w-]*))?`;
/**
 * An option list's item: its options ("-f, --full-screen"), then its description after two spaces or more, or on the
 * lines below, indented deeper.
 */
const OPTION_ITEM = new RegExp(String.raw`^(\s*)(${OPTION_NAME}(?:, ${OPTION_NAME})*)(?:\s{2,}(\S.*))?$`);

/**
 * How Pygments names a few languages by their usual short names: what sphinx-tabs shows on a code tab that names no
 * tab of its own. Any other language shows as written, capitalised ("bash" → "Bash").
 */
const LEXER_NAMES: Record<string, string> = {
  py: 'Python',
  js: 'JavaScript',
  javascript: 'JavaScript',
  ts: 'TypeScript',
  typescript: 'TypeScript',
  sh: 'Bash',
  powershell: 'PowerShell',
  ps1: 'PowerShell',
  bat: 'Batchfile',
  cmd: 'Batchfile',
  json: 'JSON',
  yaml: 'YAML',
  cpp: 'C++',
  csharp: 'C#',
};

export function parseRst(
  text: string,
  sectionTitles: ReadonlyMap<string, string> = new Map(),
  docTitle?: (target: string) => string | undefined,
): ParsedDocument {
  const lines = preparedLines(text);
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
  /** The markers' indentation of the items open in that list, its own first: how deep a nested item stands. */
  let itemIndents: number[] = [];
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
    // Code that shows a Markdown fence of its own (a guide to writing Markdown: "```" / "function test()" / "```") is
    // fenced with more backticks than it holds, as CommonMark nests them: fenced with three, its first "```" closed
    // the block, and the rest of the sample showed as text.
    const inner = Math.max(0, ...body.map((l) => /^\s*(`{3,})(?=[^`]*$)/.exec(l)?.[1]?.length ?? 0));
    const fence = '`'.repeat(Math.max(3, inner + 1));
    out.push(
      '',
      ...[`${fence}${lang}`, ...body.map((l) => l.replace(/\t/g, '        ').slice(cut)), fence].map((l) => pad + l),
      '',
    );
  };
  /**
   * A table's rows, each cell's markup read like any text's, in a code block with the columns aligned. Whether it had
   * anything to show: a table of pictures alone (Blender's rows of figures) shows nothing.
   */
  const emitTable = (rows: string[][]): boolean => {
    const cells = rows.map((row) => row.map((cell) => cellText(cell, inline)));
    emitCode(alignedColumns(cells), TABLE_INFO);
    return cells.some((row) => row.some((cell) => cell !== ''));
  };

  let i = 0;
  /** The line just after the last title's adornment. */
  let afterTitle = -1;
  /**
   * The text (a section's, or the preamble) each tab with titles of its own was written in, innermost last: a
   * sphinx-inline-tabs tab with ":parse-titles:" ("Web browser" / "Desktop app" in its "Web/Desktop" tab). When the tab
   * ends (its TAB_END line), the reading goes back there: read on, the next tab ("Mobile", no title of its own) was
   * shown at the end of "Desktop app", the previous tab's last section.
   */
  const tabHolders: string[][] = [];
  while (i < lines.length) {
    if (lines[i]!.trim() === TAB_END) {
      const holder = tabHolders.pop();
      if (holder !== undefined && holder !== out) {
        out = holder;
        out.push('');
        listIndent = -1;
        optionIndent = -1;
      }
      i++;
      continue;
    }
    // "a." in a run of letters is read as "a)", the letter item the list reader knows.
    if (inLetterRun(lines, i)) lines[i] = lines[i]!.replace(/^(\s*[a-zA-Z])\./, '$1)');
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

    // A Markdown code fence written in a reST page ("```" alone, a command, "```" alone) is code, as its writer meant
    // it. Docutils reads no title there (an overline of three is too short for one), and read as a title's overline
    // and underline, the command became an empty section's heading and was lost.
    const fence = blank(lines[i - 1]) ? MARKDOWN_FENCE.exec(line) : null;
    if (fence) {
      const column = indentOf(line);
      let close = i + 1;
      while (
        close < lines.length &&
        !(CLOSING_FENCE.test(lines[close]!) && indentOf(lines[close]!) === column) &&
        (blank(lines[close]) || indentOf(lines[close]!) >= column)
      )
        close++;
      if (close < lines.length && CLOSING_FENCE.test(lines[close]!) && close > i + 1) {
        emitCode(lines.slice(i + 1, close), fence[1]);
        i = close + 1;
        continue;
      }
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
        if (!emitTable(gridRows(lines.slice(i, end)))) endLeadIntoDroppedPicture(out, lines, end);
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
      // ".. default-role:: ref" sets the role of `text` written without one, from here on; without a name, it is
      // docutils' own again.
      if (name === 'default-role') refs.defaultRole = arg || undefined;
      else if (name === 'csv-table' || name === 'list-table') {
        // A table written as CSV or as a list of lists: its rows, columns aligned in a code block (as a grid table
        // is kept), under its title.
        const header = body.map((l) => /^\s*:header:\s*(.+)$/.exec(l)?.[1]).find(Boolean);
        const rows = name === 'csv-table' ? csvRows(content, header) : listTableRows(content);
        // Its title names what it shows: over a table of pictures alone (".. list-table:: Bended mesh." over two
        // figures) it named nothing the member sees, a step of its own. Such a table is a picture, dropped.
        const title = out.length;
        if (arg) out.push('', inline(arg), '');
        if (!emitTable(rows)) {
          out.splice(title);
          endLeadIntoDroppedPicture(out, lines, end);
        }
      } else if (name === 'math') {
        // A formula (".. math::" over "r = \sqrt{x^2 + y^2}\\") is LaTeX, which Discord cannot draw: its source, in
        // a code block as written. Read as text, its lines ran together and its backslashes went. A formula may stand on
        // the directive's line too.
        const formula = afterOptions(body);
        emitCode(arg ? [arg, ...formula.map((l) => l.trim())] : formula);
      } else if (CODE_DIRECTIVES.has(name)) {
        // A parsed-literal's markup is read (its substitutions, links and emphasis), unlike a code block's. Its text may
        // start on the directive's line (".. parsed-literal:: $HOME/.config/blender/|BLENDER_VERSION|/"): a path that
        // was lost, read as the name of a language.
        if (name === 'parsed-literal') {
          const text = afterOptions(body);
          emitCode((arg ? [arg, ...text.map((l) => l.trim())] : text).map((l) => parsedLiteralLine(l, refs)));
        } else emitCode(afterOptions(body), arg);
      } else if (name === 'code-tab') {
        // A sphinx-tabs code tab (".. code-tab:: bash" over "pip install foo") holds code in the language its argument
        // names first, in a tab named by the rest of the argument, else by that language. Read as a tab's text, its
        // commands ran on as one sentence ("**bash:** pip install foo foo --init").
        const [lang = '', ...tab] = arg.split(/\s+/);
        const named = tab.join(' ') || LEXER_NAMES[lang.toLowerCase()] || lang.replace(/^\w/, (c) => c.toUpperCase());
        out.push('', `${listIndent >= 0 ? '   ' : ''}${inline(named)}:`);
        emitCode(afterOptions(body), lang);
      } else if (name === 'image' || DIAGRAM_DIRECTIVES.has(name) || /\|\s+image::/.test(rest)) {
        // The picture (or diagram) cannot be shown, but where it pointed to may matter: keep it as a link so the
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
          ? admonitionLabel(name, arg)
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
        const titled = TAB_DIRECTIVES.has(name) && arg !== '' && markTabTitles(text, arg);
        if (name === 'glossary') joinGlossaryTerms(text);
        const first = text.findIndex((l) => !blank(l));
        // A box that opens on its own label (".. note::" over "**Tip:**", ".. note:: **WARNING:** Use at your own
        // risk") says what it is in the author's word: a second label before it read "**Note:** **Tip:**".
        const ownLabel = boxed && first >= 0 && BOXED.test(text[first]!.trim());
        if (label && first >= 0 && !ownLabel && tabMarked(text[first]!).qualifier === undefined) {
          // On a line of text the label leads it; before a list, a figure or code it stands alone, so they stay
          // what they are. Standing alone over a figure or code it is plain: a bold line of its own would read as a
          // sub-heading, and the rest of the section would become a topic titled "Important".
          // A definition's term ("Guide title" over its indented text) is bold itself: the label stands apart from it.
          // Over the list the box holds it is the box's header line, bold as the Markdown reader writes one (mdx.ts):
          // right over the list, it is no sub-heading, and a title ("How to create a backup") names the topic
          // (sections-to-topics.ts, LIST_HEADER). Plain, it was neither bold like a label nor an alias.
          const term = !blank(text[first + 1]) && indentOf(text[first + 1]!) > indentOf(text[first]!);
          if (LIST_ITEM.test(text[first]!)) text.splice(first, 0, `${pad}**${labelled(label)}**`);
          else if (DIRECTIVE.test(text[first]!) || /::\s*$/.test(text[first]!) || term)
            text.splice(first, 0, `${pad}${labelled(label)}`, '');
          else text[first] = text[first]!.replace(/^(\s*)/, `$1**${labelled(label)}** `);
        }
        // A version note without text (".. versionadded:: 1.2.16" under an option) is a sentence of its own in Sphinx,
        // "New in version 1.2.16." in italics: with nothing for its label to lead, the version went missing.
        if (VERSION_NOTES[name] && arg && first < 0) text.push(`${pad}*${label}.*`);
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
        // A tab whose titles opened sections of its own ends where its text does: what follows (the next tab, with no
        // title of its own, or the page's text after the tabs) is the section's that holds the tabs again.
        if (titled) tabHolders.push(out);
        lines.splice(i, end - i, '', ...argLine, ...text, ...(titled ? ['', `${pad}${TAB_END}`] : []), '');
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
    const prev = lines[i - 1];
    // A definition list's term: a line right above its more indented definition ("Admin" / "   An admin is…"), at the
    // margin or in a list item's text ("2. Pick a page:" over "   General" over "      The language and theme.").
    const term =
      !item &&
      !FIELD.test(line) &&
      (prev === undefined || blank(prev) || followsDefinition(lines, i)) &&
      !blank(next) &&
      indentOf(next!) > indent &&
      !/::\s*$/.test(line) &&
      !DIRECTIVE.test(next!);
    // A definition list holding another in a definition is the bullet list of terms it reads as: read again as one.
    if (term && nestedDefinitionsAsList(lines, i)) continue;
    // The next term of a list written without blank lines between its items ("New Project" / "   Clear…" /
    // "Open Project…" / "   Load…"): docutils starts a new item there, so it is a paragraph of its own, not words
    // run on into the definition above.
    if (term && prev !== undefined && !blank(prev)) out.push('');
    // A definition of several paragraphs is one item in docutils: its paragraphs run on under the term.
    if (term) joinDefinition(lines, i);
    let emitted: string;
    if (item) {
      const marker = item[2]!;
      const ordered = /\d|#|[a-zA-Z]\)/.test(marker) && !/^[-*+•‣⁃]$/.test(marker);
      const nested = listIndent >= 0 && indent > listIndent;
      if (!nested) {
        listIndent = indent;
        itemIndents = [indent];
      }
      // A list nested in a nested list ("- Choose a disk:" over "  - Internal") stands three spaces deeper for each
      // level, as blocks.ts reads nesting from Markdown: all at one depth, the third level read as more items of the
      // second.
      while (itemIndents.length > 1 && indent < itemIndents.at(-1)!) itemIndents.pop();
      if (indent > itemIndents.at(-1)!) itemIndents.push(indent);
      const under = '   '.repeat(itemIndents.length - 1);
      // A list that resumes ("4. Repeat steps 1-3") keeps its number; "#." counts from 1, a letter by its place in the
      // alphabet ("b)" is 2: a nested list of letters read "1." on every line).
      const letter = /^\(?([a-zA-Z])\)/.exec(marker)?.[1]?.toLowerCase();
      const number = /^\(?(\d+)/.exec(marker)?.[1] ?? String(letter ? letter.charCodeAt(0) - 96 : 1);
      if (!nested) lastNumber = /^\d+[.)]$/.test(marker) ? Number(number) : 0;
      emitted = `${under}${ordered ? `${number}.` : '-'} ${item[3] ?? ''}`;
    } else if (listIndent >= 0) {
      emitted = `   ${term ? termText(line.trim()) : line.trim()}`;
    } else {
      const field = FIELD.exec(line);
      // A field list's name (":Appearance: Dark or light") and a term lead their text, as a box's label does; block
      // quotes and definition bodies: the indentation is layout, not code, in Discord.
      emitted = field
        ? !field[2]?.trim() && opensTable(lines.slice(i + 1).find((l) => !blank(l)))
          ? `${field[1]!.trim()}:`
          : `**${field[1]!.trim()}:** ${(field[2] ?? '').trim()}`.trim()
        : term
          ? termText(line.trim())
          : line.trim();
      // A bold paragraph in a block quote ("    **// action:command**" in a quoted passage) is the quote's emphasis, no
      // title in docutils; read at the margin it was a sub-heading that took the rest of the page. Marked as the quote
      // it is, it stays a bold line of the text.
      if (
        !field &&
        !term &&
        indent > 0 &&
        blank(prev) &&
        blank(next) &&
        /^\*\*[^*]+\*\*$/.test(emitted) &&
        quoted(lines, i)
      )
        emitted = `> ${emitted}`;
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
    // Each field of a list is its own line (":Type: list" / ":Default: []"), not one run-on paragraph. Under a term
    // ("``pluginload``" over "   :Parameters: …" / "   :Description: …") the fields are its definition: set apart, the
    // second was a step of its own that no longer said which term it describes.
    if (listIndent < 0 && !item && FIELD.test(line) && !blank(next) && FIELD.test(next!) && !underTerm(lines, i))
      out.push('');
    i++;
    if (literal) {
      let j = i;
      while (j < lines.length && blank(lines[j])) j++;
      if (j < lines.length && indentOf(lines[j]!) > indent) {
        // In a list item ("7. Build the client::") the block is indented past the item's text, and what stands at
        // the text's column after it (a note, "The binary will appear in ``bin``.") is the item's again, not code.
        // A block indented less than the text is still read as the item's code, as its writer meant it.
        const text = item ? indentOf(line) + item[0].length - item[1]!.length - (item[3] ?? '').length : indent;
        const floor = indentOf(lines[j]!) > text ? text : indent;
        let end = j;
        while (end < lines.length && (blank(lines[end]) || indentOf(lines[end]!) > floor)) end++;
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
 * Whether the indented line at `i` is in a block quote: the text it is indented under is followed by a blank line. A
 * definition's text (or an object's description) starts right under its term.
 */
function quoted(lines: readonly string[], i: number): boolean {
  const indent = indentOf(lines[i]!);
  let k = i - 1;
  while (k >= 0 && (blank(lines[k]) || indentOf(lines[k]!) >= indent)) k--;
  return k < 0 || blank(lines[k + 1]);
}

/**
 * Whether the field at `i` is in a term's definition: the lines above it, up to a shallower one with no blank line
 * between, are deeper lines of its list, and that shallower line is text (the term), not a field, item or directive.
 */
function underTerm(lines: readonly string[], i: number): boolean {
  const indent = indentOf(lines[i]!);
  let k = i - 1;
  while (k >= 0 && !blank(lines[k]) && indentOf(lines[k]!) >= indent) k--;
  const term = lines[k];
  return (
    !blank(term) && indentOf(term!) < indent && !FIELD.test(term!) && !LIST_ITEM.test(term!) && !DIRECTIVE.test(term!)
  );
}
