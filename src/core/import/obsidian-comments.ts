import { GLOSSARY_LIST, GLOSSARY_TERM } from './markdown-inline.js';

/**
 * Obsidian's comments: "%%" around words ("This is an %%inline%% comment."), or "%%" lines around a block. Obsidian
 * shows them only while the note is edited, never to its reader; left in, members read "%% These headings use HTML to
 * avoid cluttering the Outline %%" as a step. A glossary plugin's "%%term|key%%" is no comment (markdown-inline.ts
 * shows its text), and "%%" in a code span ("wrap text with `%%`") is code.
 */

/** A glossary term or the glossary's list, starting where a "%%" was met. */
const GLOSSARY_AT = new RegExp(`^(?:${GLOSSARY_TERM.source}|${GLOSSARY_LIST.source})`);

/**
 * `line` without what Obsidian's comments hide; `open`: whether a comment opened on a line above is still open at its
 * start. Returns the line's text and whether a comment is left open at its end.
 */
export function withoutObsidianComments(line: string, open: boolean): { line: string; open: boolean } {
  if (!open && !line.includes('%%')) return { line, open };
  let out = '';
  let code = '';
  for (let k = 0; k < line.length; ) {
    if (line.startsWith('%%', k) && code === '') {
      const term = open ? null : GLOSSARY_AT.exec(line.slice(k));
      if (term) {
        out += term[0];
        k += term[0].length;
        continue;
      }
      open = !open;
      k += 2;
      // "an %%inline%% comment" reads "an comment", not "an  comment".
      if (!open && /\s$/.test(out) && /\s/.test(line[k] ?? '')) k++;
      continue;
    }
    const ticks = open ? null : /^`+/.exec(line.slice(k));
    if (ticks) {
      // A code span opens at a run of backticks and closes at a run as long.
      if (code === '') code = ticks[0];
      else if (code === ticks[0]) code = '';
      out += ticks[0];
      k += ticks[0].length;
      continue;
    }
    if (!open) out += line[k];
    k++;
  }
  return { line: out, open };
}
