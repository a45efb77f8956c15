import { ATX } from './atx-heading.js';
import { STEP_LINE } from './pseudo-headings.js';
import { closingFence, FENCE, FenceTracker, ITEM_FENCE } from '../knowledge/fences.js';
import { HARD_BREAK, withoutHardBreak } from './markdown-inline.js';
import { TABLE_INFO } from './rst-tables.js';
import { renderBlock } from './steps.js';

/**
 * A section body cut into the pieces the step builder reasons about. Lines are Discord markdown
 * (both parsers produce it), so one splitter serves every format.
 */
export type Block =
  | { kind: 'para'; text: string }
  /** `start`: the number a numbered list opens with ("4." when a list resumes after a paragraph). */
  | { kind: 'list'; ordered: boolean; items: string[]; start: number }
  /** `table`: a table's rows in columns, as a reader wrote it (see rst-tables.ts' TABLE_INFO), not code to use. */
  | { kind: 'code'; lines: string[]; table?: boolean }
  /** "Step N: title" — `title` is short heading text; `text` a whole step written on one line. */
  | { kind: 'step'; n: number; title: string };

const ITEM = /^(\s{0,3})([-*+•]|\d{1,3}[.)])\s+(.*)$/;
/** A block quote's line ("> text", ">", a GitHub alert's lines once mdx.ts labelled them). */
const QUOTE = /^\s*>/;
/** A quoted line without its quote mark. */
const unquoted = (line: string) => line.replace(/^\s*>\s?/, '');
/** A line that starts a block of its own, so it cannot lazily go on with a quote's paragraph. */
const BLOCK_START = /^\s*(?:[-*+•]\s|\d{1,3}[.)]\s|#|\||`{3,}|~{3,})/;
/** A box's label alone on its line ("**Note:**"), which mdx.ts sets above a box that opens on a list, code or heading. */
const LABEL_ALONE = /^\*\*[^*]+:\*\*$/;

/**
 * Where the quote opening at line `from` ends: at a blank line, or at a line that is neither quoted nor the lazy
 * continuation of the quote's paragraph (CommonMark lets "> Some text" go on, unquoted, on the next line).
 */
function quoteEnd(lines: readonly string[], from: number): number {
  const fences = new FenceTracker();
  let j = from;
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    if (QUOTE.test(line)) {
      fences.isCode(unquoted(line));
      continue;
    }
    const last = unquoted(lines[j - 1]!);
    const lazy = line.trim() !== '' && !fences.isOpen && last.trim() !== '' && !BLOCK_START.test(line);
    if (!lazy || BLOCK_START.test(last) || ATX.test(last)) break;
  }
  return j;
}

/**
 * A quote's lines, read as the Markdown they are (paragraphs, lists, code, a heading): one block that members read as
 * the box, as GitHub shows it. Read as one paragraph, "> [!NOTE]" over "# Before You Start", a paragraph and a list
 * reached members as "**Note:** # Before You Start  Stop your Uptime Kuma and:  - Backup…". A list inside stays the
 * box's text, never the section's steps, and a heading inside is the box's bold lead line, never a topic of its own.
 */
function quoteBlocks(quoted: readonly string[]): Block[] {
  const fences = new FenceTracker();
  const inner = quoted.flatMap((l) => {
    const line = unquoted(l);
    if (fences.isCode(line)) return [line];
    // A heading inside a quote ("> # Before You Start"), which GitHub shows inside the box.
    const heading = ATX.exec(line)?.[2];
    return heading ? ['', `**${heading.replace(/\*\*/g, '')}**`, ''] : [line];
  });
  const blocks = splitBlocks(inner);
  // One paragraph (or one code block) is the quote as it always read; only a list is kept from reading as steps.
  if (blocks.length === 1 && blocks[0]!.kind !== 'list') return blocks;
  if (blocks.length === 0) return [];
  let text = '';
  blocks.forEach((b, k) => {
    const shown = renderBlock(b);
    const previous = blocks[k - 1];
    if (previous === undefined) text = shown;
    // The label leads the box's heading on its line ("**Note:** **Before You Start**"); a bold lead line, or a
    // sentence announcing a list ("Stop your Uptime Kuma and:"), sits right above what it leads.
    else if (previous.kind === 'para' && LABEL_ALONE.test(previous.text) && /^\*\*/.test(shown) && b.kind === 'para')
      text += ` ${shown}`;
    else if (previous.kind === 'para' && (boldLine(previous.text) || (/:$/.test(previous.text) && b.kind === 'list')))
      text += `\n${shown}`;
    else text += `\n\n${shown}`;
  });
  return [{ kind: 'para', text }];
}

/** A paragraph that is only bold text: a box's label or a heading inside a box, each leading what follows. */
const boldLine = (text: string) => /^\*\*[^*]+\*\*(?: \*\*[^*]+\*\*)?$/.test(text);

/**
 * Two lines of one paragraph: on one line, or on two where a <br> ended the first, the second at `column` (a nested
 * item's text column, see itemTextColumn).
 */
const joinLine = (text: string, line: string, column = '') =>
  text.endsWith(HARD_BREAK) ? `${withoutHardBreak(text)}\n${column}${line}` : `${text} ${line}`;

/**
 * Where the words of an item's last line stand, when that line is below the item's first: a nested item's text column
 * ("- In macOS" → two spaces), or the line's own indent. A line broken off it goes on there: at the outer item's
 * column, the words after a nested item's break read as the outer item's.
 */
function itemTextColumn(item: string): string {
  if (!item.includes('\n')) return '';
  const last = item.slice(item.lastIndexOf('\n') + 1);
  return ' '.repeat(/^\s*(?:(?:[-*+•]|\d{1,3}[.)])\s+)?/.exec(last)![0].length);
}

export function splitBlocks(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let para: string[] = [];
  let list: { ordered: boolean; items: string[]; indent: number; start: number } | null = null;
  /** How far in the current item's nested list items stand, outermost first: a deeper one is nested in the last. */
  let nests: number[] = [];
  let blankBefore = true;

  const flushPara = () => {
    if (para.length === 0) return;
    // Table rows keep their line breaks; prose lines are soft-wrapped and join with a space, but at a hard break.
    const text = para.some((l) => l.trim().startsWith('|'))
      ? para.map((l) => withoutHardBreak(l.trim())).join('\n')
      : withoutHardBreak(para.map((l) => l.trim()).reduce((text, line) => joinLine(text, line)));
    para = [];
    const step = STEP_LINE.exec(text);
    if (!step) {
      blocks.push({ kind: 'para', text });
      return;
    }
    // "**Step 2: Configure Prometheus:** Create a file…": the bold part is the step's title, the rest its first
    // paragraph (read whole as the title, the step showed "Configure Prometheus:** Create a file…").
    const rest = step[2] ?? '';
    const close = /^\s*(?:\*\*|__)/.test(text) ? rest.search(/\*\*|__/) : -1;
    const title = (close >= 0 ? rest.slice(0, close).replace(/[\s:]+$/, '') : rest).trim();
    blocks.push({ kind: 'step', n: Number(step[1]), title });
    const after = close >= 0 ? rest.slice(close + 2).trim() : '';
    if (after) blocks.push({ kind: 'para', text: after });
  };
  const flushList = () => {
    if (list)
      blocks.push({
        kind: 'list',
        ordered: list.ordered,
        items: list.items.map((s) => withoutHardBreak(s.trim())).filter(Boolean),
        start: list.start,
      });
    list = null;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // Inside a list item a fence sits at the item's text column, four spaces or more in ("4.  Create a user" then
    // "    ```shell-session"); its closing fence is indented the same.
    const inItem = list !== null && !FENCE.test(line) ? ITEM_FENCE.exec(line) : null;
    const fence = inItem ?? FENCE.exec(line);
    if (fence) {
      flushPara();
      // The fence's info string keeps its language only: "```bash title="terminal"" would show Discord no highlighting.
      // A table's mark goes with the rest, read here into the block.
      const table = line.trim().slice(fence[1]!.length) === TABLE_INFO;
      const code = [line.trim().replace(/^(`{3,}|~{3,})\s*([\w+#.-]*).*$/, '$1$2')];
      const close = closingFence(fence[1]!, inItem !== null);
      // Only the fence's own indent comes off: the code's indentation inside it (YAML, Python) is meaning.
      const indent = new RegExp(`^ {0,${/^ */.exec(line)![0].length}}`);
      let j = i + 1;
      let ended = false;
      for (; j < lines.length; j++) {
        // An item's fence left open ends with the item, at a line back at the margin (as parse-markdown.ts reads it).
        if (inItem && /^\S/.test(lines[j]!) && !close.test(lines[j]!)) {
          ended = true;
          // The blank lines above that line are the item's end, read after the code as they stand.
          while (code.length > 1 && code.at(-1)!.trim() === '') {
            code.pop();
            j--;
          }
          j--;
          break;
        }
        code.push(lines[j]!.replace(indent, ''));
        if (close.test(lines[j]!)) break;
      }
      if (ended || j >= lines.length) code.push(fence[1]!);
      // A code block right under a list item belongs to that item (an indented snippet in a step).
      if (list && /^\s{2,}/.test(line)) list.items[list.items.length - 1] += `\n${code.join('\n')}`;
      else {
        flushList();
        blocks.push({ kind: 'code', lines: code, ...(table && { table }) });
      }
      i = j;
      blankBefore = false;
      continue;
    }
    if (line.trim() === '') {
      flushPara();
      blankBefore = true;
      continue;
    }
    const item = ITEM.exec(line);
    if (item && (list === null || item[1]!.length <= list.indent + 1)) {
      flushPara();
      const ordered = /\d/.test(item[2]!);
      if (list && list.ordered !== ordered) flushList();
      list ??= { ordered, items: [], indent: item[1]!.length, start: ordered ? Number.parseInt(item[2]!, 10) || 1 : 1 };
      list.items.push(item[3] ?? '');
      nests = [];
      blankBefore = false;
      continue;
    }
    if (list) {
      const indented = /^\s{2,}/.test(line);
      if (indented || !blankBefore) {
        // Deeper lines continue the item; a nested list keeps its own marker on a new line.
        const last = list.items.length - 1;
        // A table row keeps its line, as in a paragraph.
        const nested = /^\s*([-*+•]|\d{1,3}[.)])\s+/.test(line) || line.trim().startsWith('|');
        // Text right under the item's code block starts a line of its own: joined onto the closing fence it read
        // "``` This command…", which no longer closes the block.
        const afterCode = /\n\s*(`{3,}|~{3,})$/.test(list.items[last]!);
        // A list nested in the nested list ("     - In 7.2.0, …" under "   - Select the disks") keeps how much deeper it
        // stands: trimmed, its items read as the outer list's, one more step of it rather than a note on one.
        // Two spaces a level, as Discord nests them; less than a marker's width deeper ("- "), it is no deeper.
        let deeper = '';
        if (nested && !line.trim().startsWith('|')) {
          const indent = /^\s*/.exec(line)![0].length;
          while (nests.length > 1 && indent < nests.at(-1)!) nests.pop();
          if (nests.length === 0 || indent >= nests.at(-1)! + 2) nests.push(indent);
          deeper = '  '.repeat(nests.length - 1);
        }
        list.items[last] =
          nested || blankBefore || afterCode
            ? `${withoutHardBreak(list.items[last]!)}\n${deeper}${line.trim()}`
            : joinLine(list.items[last]!, line.trim(), itemTextColumn(list.items[last]!));
        blankBefore = false;
        continue;
      }
      flushList();
    }
    if (/^\s{4,}/.test(line) && blankBefore && para.length === 0) {
      // Indented code (Markdown's other code block form).
      const code: string[] = [];
      let j = i;
      for (; j < lines.length && (/^\s{4,}/.test(lines[j]!) || lines[j]!.trim() === ''); j++)
        code.push(lines[j]!.slice(4));
      while (code.length > 0 && code[code.length - 1]!.trim() === '') code.pop();
      blocks.push({ kind: 'code', lines: ['```', ...code, '```'] });
      i = j - 1;
      continue;
    }
    if (QUOTE.test(line)) {
      const end = quoteEnd(lines, i);
      const box = quoteBlocks(lines.slice(i, end));
      const one = box.length === 1 && box[0]!.kind === 'para' && !box[0]!.text.includes('\n') ? box[0]!.text : null;
      // A quote of one paragraph right under a paragraph's line goes on with it ("…press some buttons after uploading:"
      // over "> Hold both buttons down…", a reST line that wrapped at "> Password & Authentication*"): on its own it
      // was a step of its own. A quote of more is a box of its own, as GitHub shows it.
      if (one !== null && para.length > 0) para.push(one);
      else {
        flushPara();
        blocks.push(...box);
      }
      i = end - 1;
      blankBefore = false;
      continue;
    }
    para.push(line);
    blankBefore = false;
  }
  flushPara();
  flushList();
  return blocks;
}
