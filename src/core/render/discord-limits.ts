import { FenceTracker } from '../knowledge/fences.js';

/** Discord's message limits, in one place so every renderer truncates against the same numbers. */
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFooter: 2048,
  embedTotal: 6000,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  buttonLabel: 80,
  actionRows: 5,
  buttonsPerRow: 5,
  selectOptionLabel: 100,
  autocompleteChoices: 25,
  autocompleteName: 100,
  modalLabel: 45,
  modalTitle: 45,
  threadName: 100,
  commandDescription: 100,
  customId: 100,
} as const;

/** Cut text to a length, ending with an ellipsis when it was cut; never splits a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let cut = text.slice(0, Math.max(0, max - 1));
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/**
 * Text too long for one place (a topic's steps beside an embed's 4,096 characters), cut into pages of at most `max`
 * characters instead of losing its end. Pages break at line ends, a line longer than a page at its last space. A
 * page that ends inside a ``` code block closes it, and the next page opens it again with the same fence line. Fences
 * are read at any depth (rendered answers indent a step's code block under its number), and written as Discord draws
 * them (discordFences) before the text is paged.
 */
export function pages(text: string, max: number): string[] {
  if (text.length <= max) return [text];
  // Room kept on every page for a fence closed at its end and reopened at the next page's start.
  const room = max - 2 * 8;
  const out: string[] = [];
  let page = '';
  /** The line that opened the code block the page is in, or null outside one. */
  let fence: string | null = null;
  const fences = new FenceTracker(true);
  for (const line of text.split('\n').flatMap((l) => splitLine(l, room))) {
    const joined = page === '' ? line : `${page}\n${line}`;
    if (joined.length > room && page.trim() !== '') {
      out.push(fence === null ? page.trimEnd() : `${page.trimEnd()}\n\`\`\``);
      page = fence === null ? line : `${fence}\n${line}`;
    } else {
      page = joined;
    }
    const wasOpen = fences.isOpen;
    fences.isCode(line);
    if (!fences.isOpen) fence = null;
    else if (!wasOpen) fence = line.trim();
  }
  if (page.trim() !== '') out.push(page.trimEnd());
  return out.map((p) => p.replace(/^\n+/, ''));
}

/** One line as pieces of at most `max` characters, cut at the last space before the limit when there is one. */
function splitLine(line: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = line;
  while (rest.length > max) {
    let cut = rest.lastIndexOf(' ', max);
    if (cut < max / 2) cut = /[\uD800-\uDBFF]/.test(rest[max - 1] ?? '') ? max - 1 : max;
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  pieces.push(rest);
  return pieces;
}
