import { ATX } from './atx-heading.js';
import { gitbookSteppers } from './gitbook-stepper.js';
import { amongHeadingSamples, HTML_HEADING } from './html-heading.js';
import { convertMarkdownInline, HARD_BREAK } from './markdown-inline.js';
import { withoutObsidianComments } from './obsidian-comments.js';
import { withItemCodeFenced } from './item-code.js';
import { endLeadIntoDroppedPicture } from './picture-lead.js';
import { closingFence, FENCE, FenceTracker, ITEM_FENCE } from '../knowledge/fences.js';
import { mdxToMarkdown } from './mdx.js';
import { mystToMarkdown } from './myst.js';
import { withTranslateText } from './translate-tags.js';
import {
  nestHeadings,
  TAB_ITEM,
  TABS_CLOSE,
  TABS_OPEN,
  tabMarked,
  type FlatHeading,
  type ParsedDocument,
} from './section-tree.js';

/**
 * Markdown → section tree. ATX (`#` … `######`, optional closing #s) and setext (`===`, `---`)
 * headings start sections; fenced code is copied untouched, so a `# comment` inside a shell
 * snippet never becomes a heading. Indented code needs no care: a heading may be indented at
 * most three spaces, so an indented `#` line can never match.
 */

const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const THEMATIC = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const REF_DEF = /^ {0,3}\[([^\]]+)\]:\s*<?(\S+?)>?(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*$/;
/** A footnote's text ("[^1]: Pausing deletes nothing."): Discord has no footnotes, so it becomes a note of its own. */
const FOOTNOTE_DEF = /^ {0,3}\[\^[^\]]+\]:\s*(.*)$/;
/** An HTML tag opened at the end of a line and closed on the next (`<i` / `class="fa fa-bell"></i>`). */
const TAG_OPEN_AT_END = /<[a-z][a-z0-9-]*(?:\s[^<>]*)?$/i;
/** How many following lines an open tag may take to close. */
const MAX_TAG_LINES = 3;
/** A line that cannot be the text of a setext heading: it already means something else. */
const NOT_PARAGRAPH = /^ {0,3}(?:[-*+]\s|\d{1,9}[.)]\s|>|\||#|<)|^\s{4,}/;

/**
 * The line that closes a tag `line` (line `i` as read so far) leaves open at its end: one of the next few, all of
 * them text; -1 if none.
 */
function tagClosingLine(lines: readonly string[], i: number, line: string): number {
  if (!TAG_OPEN_AT_END.test(line)) return -1;
  for (let j = i + 1; j <= i + MAX_TAG_LINES && j < lines.length; j++) {
    const l = lines[j]!;
    if (l.trim() === '' || FENCE.test(l.trimStart()) || l.trimStart().startsWith('#')) return -1;
    if (l.includes('>')) return j;
  }
  return -1;
}

/** A Markdown or HTML picture. */
const PICTURE = /!\[[^\]]*\]\(|<img\b|<figure\b/i;

/** A list item's first line, at most three spaces in. */
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])\s/;

/** A table's delimiter row ("---- | ----", ":--|--:"), with or without its outer pipes. */
const TABLE_DELIMITER = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/;
/** A line opening an HTML paragraph ("<p>", "<p class=…>"), and one ending one ("…</p>"). */
const HTML_P_OPEN = /^\s*<p(?=[\s>])/i;
const HTML_P_CLOSE = /<\/p>\s*$/i;
/** A table row whose cells hold nothing: "| | | |". */
const EMPTY_ROW = /^\s*\|[\s|]*$/;
/** A table row, as withTablePipes leaves it: opening on a pipe. */
const TABLE_ROW = /^\s*\|/;
/** A table's delimiter row with its pipes, of one column or more ("| :---: |"). */
const PIPED_DELIMITER = /^\s*\|(?:\s*:?-+:?\s*\|)+\s*$/;
/** markdown-include's `{!abbreviations.md!}`: a file the site writes in, which the import has not read. */
const INCLUDE_LINE = /^\s*\{!.+!\}\s*$/;

/** markdown-include's lines, outside code, left blank: what they would write in was not read. */
function withoutIncludeLines(lines: readonly string[]): string[] {
  const fences = new FenceTracker();
  return lines.map((l) => (!fences.isCode(l) && INCLUDE_LINE.test(l) ? '' : l));
}

/**
 * GitHub's tables may leave out their outer pipes ("Code | Description" over "---- | ----"); the rest of the import
 * (steps, the one-line-per-row rendering) knows a row by its leading pipe, so such a table gets them. Code blocks are
 * left as written.
 */
function withTablePipes(lines: readonly string[]): string[] {
  const out = [...lines];
  const fences = new FenceTracker();
  for (let i = 0; i < out.length; i++) {
    if (fences.isCode(out[i]!)) continue;
    const next = out[i + 1];
    if (next === undefined || !TABLE_DELIMITER.test(next) || !out[i]!.includes('|') || out[i]!.trim().startsWith('|'))
      continue;
    for (let j = i; j < out.length && out[j]!.trim() !== '' && out[j]!.includes('|'); j++) {
      const row = out[j]!.trim();
      // The row keeps its indent: a table four spaces in under a step is the step's ("1. Fill in:" / "    Field | Value").
      const indent = /^\s*/.exec(out[j]!)![0];
      if (!row.startsWith('|')) out[j] = `${indent}| ${row}${row.endsWith('|') && !row.endsWith('\\|') ? '' : ' |'}`;
    }
  }
  return out;
}

/**
 * Tabs before a line's text, outside fenced code, as the spaces they stand for: CommonMark reads a tab there as
 * reaching the next multiple of four columns. Obsidian indents sub-steps with one tab ("\t1. **Desktop**: …"); read
 * as one character of indent, a sub-step became a step of its own.
 */
function withTabsExpanded(lines: readonly string[]): string[] {
  const fences = new FenceTracker();
  return lines.map((l) => {
    if (fences.isCode(l) || !/^ *\t/.test(l)) return l;
    const lead = /^[ \t]*/.exec(l)![0];
    let width = 0;
    for (const c of lead) width = c === '\t' ? width + 4 - (width % 4) : width + 1;
    return ' '.repeat(width) + l.slice(lead.length);
  });
}

/** An HTML block element a page leaves open on its line; `inside(line)` reads the next line, null once it closed. */
interface HtmlBlock {
  inside(line: string): HtmlBlock | null;
}

/** Block elements a page wraps its text in ("<div id=\"text\">", "<main>", "<footer>"). */
const HTML_BLOCK_OPEN = /^ {0,3}<(div|main|section|article|header|footer|nav|aside|center|p)(?=[\s>])([^>]*)>?/i;

/**
 * The element `line` opens and leaves open, or null. One with Python-Markdown's `markdown` attribute holds Markdown,
 * where indented code is code.
 */
function openHtmlBlock(line: string): HtmlBlock | null {
  const m = HTML_BLOCK_OPEN.exec(line);
  if (!m || /\bmarkdown\b/.test(m[2]!)) return null;
  const name = m[1]!.toLowerCase();
  const opens = new RegExp(`<${name}(?=[\\s>])`, 'gi');
  const closes = new RegExp(`</${name}\\s*>`, 'gi');
  const depthAfter = (depth: number, l: string) =>
    depth + (l.match(opens)?.length ?? 0) - (l.match(closes)?.length ?? 0);
  const block = (depth: number): HtmlBlock | null =>
    depth > 0 ? { inside: (l: string) => block(depthAfter(depth, l)) } : null;
  return block(depthAfter(0, line));
}

/** Where a <br> broke a converted line: its mark stays at the end of the line before. */
const BROKEN = new RegExp(`(?<=${HARD_BREAK})\n`);
/** What stands before a line's text: its indent, quote marks and list marker ("  > - "). */
const LINE_LEAD = /^(\s*(?:>\s?)*)((?:[-*+]|\d{1,9}[.)])\s+)?/;

/**
 * A converted line that a <br> broke ("Open settings␤" / "Then tap Save."): the words after each break go on the
 * item's or the quote's text column, as a line of the same block, not a paragraph at the margin after the list.
 */
function brokenLines(converted: string): string[] {
  const [first = '', ...rest] = converted.split(BROKEN);
  if (rest.length === 0) return [first];
  const lead = LINE_LEAD.exec(first)!;
  const column = lead[1]! + ' '.repeat(lead[2]?.length ?? 0);
  return [first, ...rest.map((l) => column + l)];
}

export function parseMarkdown(text: string): ParsedDocument {
  // A <Translate ids="…"/> whose site strings were not read (a single page imported) shows its ids' words.
  let lines = withTranslateText(text)
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  // Site additions (front matter, MDX, MyST, admonitions, Liquid) become plain Markdown first.
  lines = withTablePipes(
    withItemCodeFenced(withoutIncludeLines(mdxToMarkdown(mystToMarkdown(gitbookSteppers(withTabsExpanded(lines)))))),
  );
  const refs = new Map<string, string>();
  const warnings: string[] = [];
  const flat: FlatHeading[] = [];
  const preamble: string[] = [];
  let out = preamble;
  const fences = new FenceTracker();
  let inComment = false;
  /** Whether an Obsidian comment ("%%" … "%%") opened above is still open. */
  let inObsidianComment = false;

  for (const l of lines) {
    const d = REF_DEF.exec(l);
    if (d && !FOOTNOTE_DEF.test(l)) refs.set((d[1] ?? '').trim().toLowerCase(), d[2] ?? '');
  }

  /** Whether the text above is a list's (its items and their indented lines), where four spaces in is no code. */
  let inList = false;
  /** Whether the lines being read are an indented code block. */
  let indentedCode = false;
  /** What closes the fence open in a list item's text (four spaces in or more), or null. */
  let itemFence: RegExp | null = null;
  /** The HTML block element open above ("<div>" not yet closed), or null. */
  let htmlBlock: HtmlBlock | null = null;

  /** The text (a section's, or the preamble) each open tab group sits in, outermost first. */
  const tabsHolders: string[][] = [];
  /** What closes the fence open inside a block quote ("> ```bash"), or null. */
  let quotedFence: RegExp | null = null;

  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    // What follows a tab group is the text of the section that holds it, after what it said above the tabs; a heading
    // inside a tab took the reading elsewhere.
    if (line === TABS_OPEN) {
      tabsHolders.push(out);
      continue;
    }
    if (line === TABS_CLOSE || line === TAB_ITEM) {
      const holder = line === TAB_ITEM ? tabsHolders.at(-1) : tabsHolders.pop();
      if (holder !== undefined && holder !== out) {
        out = holder;
        out.push('');
      }
      continue;
    }
    // A line back at the margin ends the list item, and a fence the item's text left open with it (CommonMark: a
    // container's end closes its code): left open, a page's next "> note" and "## File operations" were shown as code.
    if (itemFence && /^\S/.test(line) && !itemFence.test(line)) {
      itemFence = null;
      inList = false;
    }
    if (itemFence) {
      // Its closing fence may stand at the margin too ("    ```sh" … "```"): it closes this block, opening none.
      if (itemFence.test(line)) itemFence = null;
      out.push(line);
      continue;
    }
    if (fences.isCode(line)) {
      out.push(line);
      continue;
    }
    // Code inside a quote (a GitHub alert's "> ```bash") is code as written, as blocks.ts reads it: read as text, its
    // "<version>" went as an HTML tag. The quote's end closes it, as CommonMark has it.
    const quoted = /^ {0,3}>\s?(.*)$/.exec(line);
    if (quotedFence && quoted) {
      if (quotedFence.test(quoted[1]!)) quotedFence = null;
      out.push(line);
      continue;
    }
    quotedFence = null;
    const quotedOpen = quoted ? FENCE.exec(quoted[1]!) : null;
    if (quotedOpen) {
      quotedFence = closingFence(quotedOpen[1]!);
      out.push(line);
      continue;
    }
    // Inside an HTML element left open on its line ("<div id=\"text\">" … "</div>"), lines indented for the markup's
    // layout are the element's HTML, as Jekyll (kramdown) and MkDocs read it up to its closing tag: read as indented
    // code, a landing page's "<p>Tusky is a lightweight client…" was shown as a code block, its tags and all.
    // Read at the margin, an "<h1>" among them is still the page's heading.
    if (htmlBlock) {
      htmlBlock = htmlBlock.inside(line);
      line = line.trimStart();
    } else if (!indentedCode && line.trim() !== '') htmlBlock = openHtmlBlock(line);
    // CommonMark's indented code: four spaces in after a blank line, below a paragraph or a heading. Its lines are
    // code as written: read as text, "<Key>abc</Key>" in an XML sample lost its tags as HTML.
    if (line.trim() !== '') {
      const indent = /^ */.exec(line.replace(/\t/g, '    '))![0].length;
      indentedCode = indent >= 4 && !inList && (indentedCode || (lines[i - 1] ?? '').trim() === '');
      if (indentedCode) {
        out.push(line);
        continue;
      }
      if (indent < 4 && LIST_ITEM.test(line)) inList = true;
      else if (indent === 0) inList = false;
      // A fence in a list item's text ("2. Or write it in HTML:" / "    ```html"): its lines are code as written, as
      // blocks.ts reads them. Read as text, a "<h2>Sample</h2>" in it became a heading and its tags were lost.
      const deep = inList ? ITEM_FENCE.exec(line) : null;
      if (deep) {
        itemFence = closingFence(deep[1]!, true);
        out.push(line);
        continue;
      }
    }
    // HTML comments may span lines; what they hold is never meant for readers.
    if (inComment) {
      const end = line.indexOf('-->');
      if (end < 0) continue;
      inComment = false;
      line = line.slice(end + 3);
    }
    const open = line.indexOf('<!--');
    if (open >= 0 && line.indexOf('-->', open) < 0) {
      inComment = true;
      line = line.slice(0, open);
    }
    const commented = withoutObsidianComments(line, inObsidianComment);
    inObsidianComment = commented.open;
    // A line that was all comment is no line of the page: left blank, it would cut the paragraph around it in two.
    if (line.trim() !== '' && commented.line.trim() === '') continue;
    line = commented.line;
    // Wrapped text may break inside a tag; read as one line, the tag is removed whole instead of its tail showing.
    for (let closing = tagClosingLine(lines, i, line); closing > i; closing = tagClosingLine(lines, i, line)) {
      line = [line, ...lines.slice(i + 1, closing + 1).map((l) => l.trim())].join(' ');
      i = closing;
    }
    const footnote = FOOTNOTE_DEF.exec(line);
    if (footnote) {
      if (footnote[1]) out.push('', `Note: ${convertMarkdownInline(footnote[1], refs)}`, '');
      continue;
    }
    if (REF_DEF.test(line)) continue;

    const atx = ATX.exec(line);
    // A run of HTML headings with no text between is a page showing what headings look like ("<h1>This is a heading
    // 1</h1>" … "<h6>…"), not its outline: read as one, the first would take every section after it under it.
    const html = atx || amongHeadingSamples(lines, i) ? null : HTML_HEADING.exec(line);
    if (atx || html) {
      const { text, qualifier } = tabMarked(atx ? (atx[2] ?? '').replace(/^#+$/, '') : html![2]!);
      const title = convertMarkdownInline(text.trim(), refs).trim();
      if (title) {
        out = [];
        flat.push({
          title,
          level: atx ? atx[1]!.length : Number(html![1]),
          lines: out,
          ...(qualifier && { qualifier }),
        });
      }
      continue;
    }
    const next = lines[i + 1];
    const prev = lines[i - 1];
    if (
      next !== undefined &&
      SETEXT.test(next) &&
      line.trim() !== '' &&
      !NOT_PARAGRAPH.test(line) &&
      (prev === undefined || prev.trim() === '' || ATX.test(prev) || SETEXT.test(prev))
    ) {
      out = [];
      flat.push({
        title: convertMarkdownInline(line.trim(), refs),
        level: next.trim().startsWith('=') ? 1 : 2,
        lines: out,
      });
      i++;
      continue;
    }
    if (THEMATIC.test(line)) continue;
    // A <br> in a paragraph or a list item is a line break; in a table row, whose cells share the line, a space. Any
    // line with a pipe may be a row: a table's rows may leave out their outer pipes ("Clock | … | Select…<br>Slowest…").
    const converted = convertMarkdownInline(line, refs, !line.includes('|'));
    // An HTML paragraph opens at its "<p>" and ends at its "</p>", blank line or not: "<p><strong>INTERNET:</strong>
    // …</p>" over "<p><strong>VIBRATE:</strong> …</p>" are two paragraphs, as a browser shows them. Read as lines of
    // one, a page's list of permissions ran together into one step.
    if (HTML_P_OPEN.test(line) && (out.at(-1) ?? '').trim() !== '') out.push('');
    const endsParagraph = HTML_P_CLOSE.test(line);
    // A line that held only HTML (a <div>, an <img>) leaves nothing worth a blank paragraph. A picture leaves the
    // sentence that led into it ("…looks like this:") without its colon.
    if (converted.trim() === '' && line.trim() !== '') {
      if (PICTURE.test(line)) endLeadIntoDroppedPicture(out, lines, i + 1);
      if (endsParagraph && (out.at(-1) ?? '').trim() !== '') out.push('');
      continue;
    }
    // A table row of screenshots side by side ("| ![Android](a.jpg) | | ![iOS](i.jpg) |") is only pipes without them:
    // shown, it read "| | | |". A table left with no row but its header names pictures no longer there: it goes too.
    if (PICTURE.test(line) && EMPTY_ROW.test(converted)) {
      if (
        !TABLE_ROW.test(lines[i + 1] ?? '') &&
        PIPED_DELIMITER.test(out.at(-1) ?? '') &&
        TABLE_ROW.test(out.at(-2) ?? '')
      )
        out.splice(-2, 2);
      continue;
    }
    out.push(...brokenLines(converted).map((l) => l.replace(/\s+$/, '')));
    if (endsParagraph) out.push('');
  }
  if (fences.isOpen) warnings.push('a code block is never closed: everything after its opening ``` was kept as code');
  const noTitleHeading = flat.length > 0 && flat.every((h) => h.level > 1);
  return { preamble, sections: nestHeadings(flat), warnings, ...(noTitleHeading && { noTitleHeading }) };
}
