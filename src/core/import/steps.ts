import type { Block } from './blocks.js';
import { clip, plainText, sentences } from './plain-text.js';
import { isPlansBadge } from './plans-badge.js';

/**
 * Stepwise answers with numbered steps, and kb:check refuses a topic without them, so every
 * imported section needs some. They are taken, in order of preference, from what the author
 * already marked as steps, from a list, from the section's sub-sections, and as a last resort
 * from its prose (the report says so, because prose split into steps may need a human look).
 */
export type StepSource =
  | 'step headings'
  | 'numbered list'
  | 'bullet list'
  | 'sub-sections'
  | 'paragraphs'
  | 'sentences'
  | 'code'
  | 'none';

export interface SectionBody {
  intro: Block[];
  steps: string[];
  notes: Block[];
  from: StepSource;
  /** "Step N:" titles, which are also good aliases for the topic. */
  stepTitles: string[];
}

export interface ChildSummary {
  title: string;
  summary: string;
}

/** A step heading short enough to be a title; longer ones are the whole step written on one line. */
const isShortTitle = (t: string) => t.length > 0 && t.length <= 80 && !/[.!?]$/.test(t);

export function renderBlock(b: Block, escapeNumbers = true): string {
  switch (b.kind) {
    case 'para':
      return b.text;
    case 'code':
      return b.lines.join('\n');
    case 'step':
      return `**${b.title}**`;
    case 'list':
      // Outside the step list a numbered list must not look like steps to the body parser.
      return b.items
        .map(
          (it, i) =>
            `${b.ordered ? (escapeNumbers ? `${b.start + i}\\.` : `${b.start + i}.`) : '-'} ${it.replace(/\n/g, '\n  ')}`,
        )
        .join('\n');
  }
}

/** Blocks attached to a step become its continuation lines. */
function join(head: string, extra: readonly Block[]): string {
  return [head, ...extra.map((b) => renderBlock(b, true))].filter((s) => s.trim() !== '').join('\n');
}

function fromStepHeadings(blocks: readonly Block[]): SectionBody {
  const first = blocks.findIndex((b) => b.kind === 'step');
  const intro = blocks.slice(0, first);
  const steps: string[] = [];
  const stepTitles: string[] = [];
  let notes: Block[] = [];
  let i = first;
  while (i < blocks.length) {
    const head = blocks[i] as Extract<Block, { kind: 'step' }>;
    let j = i + 1;
    while (j < blocks.length && blocks[j]!.kind !== 'step') j++;
    let own = blocks.slice(i + 1, j);
    if (j === blocks.length) {
      // After the last step, only its first paragraph (and snippets or lists right after it) is
      // part of the step; later paragraphs are closing notes.
      let k = 0;
      let paras = 0;
      while (k < own.length && (own[k]!.kind !== 'para' || paras++ === 0)) k++;
      notes = own.slice(k);
      own = own.slice(0, k);
    }
    if (isShortTitle(head.title)) {
      stepTitles.push(plainText(head.title));
      const firstPara = own[0]?.kind === 'para' ? own[0].text : '';
      const rest = firstPara ? own.slice(1) : own;
      steps.push(join(firstPara ? `**${head.title}**: ${firstPara}` : `**${head.title}**`, rest));
    } else {
      steps.push(join(head.title || `Step ${head.n}`, own));
    }
    i = j;
  }
  return { intro, steps, notes, from: 'step headings', stepTitles };
}

/**
 * Sub-section titles numbered 1, 2, 3… in order ("## 1. Vault", "## 2. Channels"), without their numbers: the overview's
 * steps number them already, and members read "1. **1. Vault**". Numbered otherwise, the numbers say something and stay.
 */
function unnumbered(titles: readonly string[]): string[] {
  const numbered = titles.map((t) => /^(\d{1,2})[.)]\s+(\S.*)$/.exec(t));
  if (titles.length < 2 || numbered.some((m, i) => m === null || Number(m[1]) !== i + 1)) return [...titles];
  return numbered.map((m) => m![2]!);
}

export function buildSectionBody(blocks: readonly Block[], children: readonly ChildSummary[]): SectionBody {
  if (blocks.some((b) => b.kind === 'step')) return fromStepHeadings(blocks);

  const listAt = ((): number => {
    const ordered = blocks.findIndex((b) => b.kind === 'list' && b.ordered);
    return ordered >= 0 ? ordered : blocks.findIndex((b) => b.kind === 'list');
  })();
  const list = blocks[listAt];
  if (list?.kind === 'list' && list.items.length > 0) {
    return {
      intro: blocks.slice(0, listAt),
      steps: [...list.items],
      notes: blocks.slice(listAt + 1),
      from: list.ordered ? 'numbered list' : 'bullet list',
      stepTitles: [],
    };
  }

  if (children.length > 0) {
    // An overview: the prose introduces, the sub-sections are what to go through.
    const titles = unnumbered(children.map((c) => c.title));
    const steps = children.map((c, i) =>
      c.summary ? `**${titles[i]}**: ${clip(c.summary, 120)}` : `**${titles[i]}**`,
    );
    return { intro: [...blocks], steps, notes: [], from: 'sub-sections', stepTitles: [] };
  }

  const paras = blocks.filter((b) => b.kind === 'para');
  const captioned = captionedCode(blocks);
  if (captioned) return { intro: [], steps: captioned, notes: [], from: 'paragraphs', stepTitles: [] };
  if (paras.length > 0) {
    // A note box before the section's own text ("Info: this page is about the Android app") or after it is a
    // note, not step 1 or a last step; a section of nothing but boxes keeps them as its steps.
    // A badge naming the plans that have the feature ("Available on Entry and Enterprise plans") is a line above the
    // text as well: read as prose, it was step 1 of every Mattermost page without a list of its own.
    const own = blocks.findIndex((b) => b.kind === 'para' && !isBox(b) && !isBadge(b));
    if (own < 0) {
      const badges = blocks.findIndex((b) => !isBadge(b));
      if (badges <= 0) return proseSteps(blocks, true);
      return { ...proseSteps(blocks.slice(badges), true), intro: blocks.slice(0, badges) };
    }
    let end = blocks.length;
    while (end > own + 1 && isBox(blocks[end - 1]!)) end--;
    const body = proseSteps(blocks.slice(own, end));
    return { ...body, intro: blocks.slice(0, own), notes: blocks.slice(end) };
  }

  const code = blocks.filter((b) => b.kind === 'code');
  if (code.length > 0)
    return { intro: [], steps: code.map((b) => join(codeLead(b), [b])), notes: [], from: 'code', stepTitles: [] };
  return { intro: [], steps: [], notes: [], from: 'none', stepTitles: [] };
}

/**
 * The line a section's code stands under when it is all the section holds (a step cannot open on a fence). A command or
 * a file's text is something to use; a table (a reST or MyST table, which the readers keep in a code block, marked:
 * "Shortcut  Action" over "Ctrl + E  Create a new document") is not: "Use this:" over it read as an instruction to use
 * a table of shortcuts or menu items.
 */
function codeLead(b: Extract<Block, { kind: 'code' }>): string {
  return b.table ? 'For reference:' : 'Use this:';
}

/**
 * A section of examples, each code block followed by the sentence that says what it does ("```" / "Moving check-in
 * +\"Office Move\" every week" / "```" / "Creates a repeating weekly task…", twice): one step per example, its sentence
 * over its code. Read as prose, the first code stood above the steps and each later one under the sentence before it,
 * the caption of another example.
 */
function captionedCode(blocks: readonly Block[]): string[] | null {
  if (blocks.length < 4 || blocks.length % 2 !== 0) return null;
  const pairs: Array<[Block, Block]> = [];
  for (let i = 0; i < blocks.length; i += 2) pairs.push([blocks[i]!, blocks[i + 1]!]);
  if (!pairs.every(([code, text]) => code.kind === 'code' && text.kind === 'para' && !BOXED.test(text.text)))
    return null;
  return pairs.map(([code, text]) => join((text as Extract<Block, { kind: 'para' }>).text, [code]));
}

/**
 * A paragraph that was a note box or a version note ("**Warning:** …", "**New in version 1.2:** …"), or a version note
 * without text, a sentence of its own in italics as Sphinx shows it ("*New in version 1.2.*").
 */
export const BOXED =
  /^\*\*(?:notes?|warning|tips?|important|caution|danger|attention|hint|error|see also|info|information|(?:new|changed) in version[^*]*|deprecated since version[^*]*):\*\*|^\*(?:(?:new|changed) in|deprecated since) version [^*]+\.\*$/i;

const isBox = (b: Block) => b.kind === 'para' && BOXED.test(b.text);
const isBadge = (b: Block) => b.kind === 'para' && isPlansBadge(b.text);

/** Text that opens on a lowercase word ("to", "or", "which spawns…"): the rest of a sentence, not a new one. */
const CONTINUES = /^[a-z]+(?=[\s,;:]|\.(?:\s|$)|$)/;

/**
 * Steps made from prose: one per paragraph, or one per sentence of a single paragraph. `boxesOnly`: the section's text
 * is nothing but note boxes ("## Tips" of three GitBook hints), each a tip of its own, not a remark on the one above.
 */
function proseSteps(blocks: readonly Block[], boxesOnly = false): SectionBody {
  const paras = blocks.filter((b) => b.kind === 'para');
  const steps: string[] = [];
  const many = paras.length > 1;
  let previous: Block | undefined;
  for (const b of blocks) {
    // A paragraph that goes on with the sentence a code block interrupted ("change the address from" / code / "to" /
    // code; "which works like `split()`") is the same step, not a step of its own reading "2. to".
    if (b.kind === 'para' && previous?.kind === 'code' && steps.length > 0 && CONTINUES.test(b.text))
      steps[steps.length - 1] = join(steps[steps.length - 1]!, [b]);
    // A note box between two paragraphs ("… called the node graph." / "**Note:** If you place…" / "Here is what
    // happens…") remarks on the paragraph above it: it goes with that step, not numbered as a step of its own.
    // In a section of nothing but boxes, a box after another is a tip of its own; after code, it still remarks on it.
    else if (isBox(b) && steps.length > 0 && !(boxesOnly && previous !== undefined && isBox(previous)))
      steps[steps.length - 1] = join(steps[steps.length - 1]!, [b]);
    // A paragraph whose lines stay apart (a table, a quoted box: see blocks.ts) is one step: a table cut at each cell's
    // ". " showed a row's end as a new step and the rest of the table under it.
    else if (b.kind === 'para') steps.push(...(many || b.text.includes('\n') ? [b.text] : sentences(b.text)));
    else if (steps.length > 0) steps[steps.length - 1] = join(steps[steps.length - 1]!, [b]);
    else steps.push(renderBlock(b));
    previous = b;
  }
  return { intro: [], steps, notes: [], from: many ? 'paragraphs' : 'sentences', stepTitles: [] };
}
