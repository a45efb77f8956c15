import { STEP_LINE } from './pseudo-headings.js';
import { closingFence, FENCE, ITEM_FENCE } from '../knowledge/fences.js';

/**
 * A section body cut into the pieces the step builder reasons about. Lines are Discord markdown
 * (both parsers produce it), so one splitter serves every format.
 */
export type Block =
  | { kind: 'para'; text: string }
  /** `start`: the number a numbered list opens with ("4." when a list resumes after a paragraph). */
  | { kind: 'list'; ordered: boolean; items: string[]; start: number }
  | { kind: 'code'; lines: string[] }
  /** "Step N: title" — `title` is short heading text; `text` a whole step written on one line. */
  | { kind: 'step'; n: number; title: string };

const ITEM = /^(\s{0,3})([-*+•]|\d{1,3}[.)])\s+(.*)$/;

export function splitBlocks(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let para: string[] = [];
  let list: { ordered: boolean; items: string[]; indent: number; start: number } | null = null;
  let blankBefore = true;

  const flushPara = () => {
    if (para.length === 0) return;
    // Table rows keep their line breaks; prose lines are soft-wrapped and join with a space.
    const text = para.some((l) => l.trim().startsWith('|'))
      ? para.map((l) => l.trim()).join('\n')
      : para.map((l) => l.trim()).join(' ');
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
        items: list.items.map((s) => s.trim()).filter(Boolean),
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
      const code = [line.trim().replace(/^(`{3,}|~{3,})\s*([\w+#.-]*).*$/, '$1$2')];
      const close = closingFence(fence[1]!, inItem !== null);
      // Only the fence's own indent comes off: the code's indentation inside it (YAML, Python) is meaning.
      const indent = new RegExp(`^ {0,${/^ */.exec(line)![0].length}}`);
      let j = i + 1;
      for (; j < lines.length; j++) {
        code.push(lines[j]!.replace(indent, ''));
        if (close.test(lines[j]!)) break;
      }
      if (j >= lines.length) code.push(fence[1]!);
      // A code block right under a list item belongs to that item (an indented snippet in a step).
      if (list && /^\s{2,}/.test(line)) list.items[list.items.length - 1] += `\n${code.join('\n')}`;
      else {
        flushList();
        blocks.push({ kind: 'code', lines: code });
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
        list.items[last] += nested || blankBefore || afterCode ? `\n${line.trim()}` : ` ${line.trim()}`;
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
    // A blockquote's ">" means nothing special in a topic: keep the text.
    para.push(line.replace(/^\s*>\s?/, ''));
    blankBefore = false;
  }
  flushPara();
  flushList();
  return blocks;
}
