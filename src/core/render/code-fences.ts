import { FenceTracker } from '../knowledge/fences.js';

/** A fence line: its indent, its run of backticks or tildes, and its info string ("sh", "yaml title=…"). */
const FENCE_PARTS = /^(\s*)(?:`{3,}|~{3,})(.*)$/;
/** A line inside a block that Discord would read as the block's end. */
const BACKTICK_RUN = /^(\s*)```/;

/**
 * Code blocks as Discord draws them. Discord knows only ``` fences: a guide's ~~~ block (CommonMark's other fence), or
 * a ```` block that shows ``` lines as an example, reached members as raw tildes with the code read as Markdown (a
 * shell `# comment` as a heading, `*` as italics) or as a block cut at its first inner ``` line. Every block is
 * written with ``` fences, its info string kept; an inner ``` line gets a zero-width space so it is shown, not
 * obeyed; and a block the text never closes is closed at the end.
 */
export function discordFences(text: string): string {
  if (!text.includes('~~~') && !text.includes('```')) return text;
  const fences = new FenceTracker(true);
  let indent = '';
  const out = text.split('\n').map((line) => {
    const wasOpen = fences.isOpen;
    fences.isCode(line);
    const parts = FENCE_PARTS.exec(line);
    if (!wasOpen && fences.isOpen && parts) {
      indent = parts[1]!;
      return `${indent}\`\`\`${parts[2]!.trim()}`;
    }
    if (wasOpen && !fences.isOpen) return `${parts?.[1] ?? indent}\`\`\``;
    if (wasOpen) return line.replace(BACKTICK_RUN, '$1`\u200b``');
    return line;
  });
  if (fences.isOpen) out.push(`${indent}\`\`\``);
  return out.join('\n');
}
