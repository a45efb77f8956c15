import { FENCE } from '../knowledge/fences.js';
import { ATX } from './atx-heading.js';

/**
 * A Docusaurus admonition's lines (":::note", ":::"), at the margin or indented as a list item's text ("1. Tap
 * Report." / "    :::note"): its labelled text keeps that indent, so it stays in the item.
 */
export const ADMONITION_OPEN = /^\s*:{3,}\s*([a-zA-Z]+)(?:\[([^\]]*)\])?\s*(.*?)\s*$/;
export const ADMONITION_CLOSE = /^\s*:{3,}\s*$/;

/** A bullet list's item. A numbered list in a box is steps ("How to create a backup:" over "1. Go to Settings"): kept so. */
const BULLET_ITEM = /^[-*+]\s/;
const NUMBERED_ITEM = /^\s*\d{1,9}[.)]\s/;

/**
 * A ":::warning" box at the page's margin that holds a list ("Some features are known to be broken…, Notably:" over
 * "- Hardware Accelerated Transcoding" / "- Scanning on macOS in Docker", Jellyfin's container page), written as the
 * GitHub alert it stands for ("> [!warning]" over its lines quoted), which keeps a box's list inside the box. Read line
 * by line, only the box's first paragraph carried its label: its list became the section's numbered steps ("1. Hardware
 * Accelerated Transcoding") and its summary. Boxes holding code, headings or boxes of their own, and tab groups
 * (":::tabs"), are left as they are.
 */
export function listBoxesAsAlerts(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^:{3,}/.test(lines[i]!) ? ADMONITION_OPEN.exec(lines[i]!) : null;
    const close =
      open && !ADMONITION_CLOSE.test(lines[i]!) ? lines.findIndex((l, k) => k > i && ADMONITION_CLOSE.test(l)) : -1;
    const inner = close > i ? lines.slice(i + 1, close) : [];
    const plain =
      !/^(?:tabs|code-group)$/i.test(open?.[1] ?? '') &&
      inner.every((l) => !FENCE.test(l) && !ATX.test(l) && !/^\s*:{3,}/.test(l));
    if (close < 0 || !plain || !inner.some((l) => BULLET_ITEM.test(l)) || inner.some((l) => NUMBERED_ITEM.test(l))) {
      out.push(lines[i]!);
      continue;
    }
    const title = open![2]?.trim() || open![3]?.trim();
    out.push(`> [!${open![1]}]${title ? ` ${title}` : ''}`);
    inner.forEach((l, k) => {
      // A list may start on the line after a paragraph's ("…a good starting point:" / "* https://regexone.com/"), as
      // Markdown allows; in a quote it would run into the paragraph's words, so it is set apart as it shows.
      const previous = inner[k - 1]?.trim() ?? '';
      if (BULLET_ITEM.test(l) && previous !== '' && !BULLET_ITEM.test(previous) && !/^\s/.test(inner[k - 1]!))
        out.push('>');
      out.push(l.trim() === '' ? '>' : `> ${l}`);
    });
    i = close;
  }
  return out;
}
