import { FenceTracker } from '../knowledge/fences.js';
import { ATX } from './atx-heading.js';

/**
 * GitBook's stepper: `{% stepper %}` holding `{% step %}` … `{% endstep %}` blocks, which the site shows as a numbered
 * procedure, each step led by its own heading ("### Run your packaged build"). Read as Markdown, each step was a
 * sub-section of its own, and one with no text under its heading was dropped as empty: BugSplat's "Verifying Your
 * Configuration" showed its first step of four. Here each step is an item of a numbered list, its heading the item's
 * bold first line and its text indented under it, as a procedure written by hand is.
 */

const STEPPER_OPEN = /^\s*\{%\s*stepper\s*%\}\s*$/;
const STEPPER_CLOSE = /^\s*\{%\s*endstepper\s*%\}\s*$/;
const STEP_OPEN = /^\s*\{%\s*step\s*%\}\s*$/;
const STEP_CLOSE = /^\s*\{%\s*endstep\s*%\}\s*$/;

/** The page's lines with each stepper written as a numbered list; a page without one comes back as it is. */
export function gitbookSteppers(lines: readonly string[]): string[] {
  if (!lines.some((l) => STEPPER_OPEN.test(l))) return [...lines];
  const out: string[] = [];
  const fences = new FenceTracker();
  let inStepper = false;
  let step: string[] | null = null;
  let number = 0;
  for (const line of lines) {
    // Tags inside a step's code are code; the tracker follows fences only outside the stepper's own tags.
    const code = fences.isCode(line);
    if (!code && !inStepper && STEPPER_OPEN.test(line)) {
      inStepper = true;
      number = 0;
      out.push('');
      continue;
    }
    if (!inStepper) {
      out.push(line);
      continue;
    }
    if (!code && STEP_OPEN.test(line)) {
      step = [];
      continue;
    }
    if (!code && (STEP_CLOSE.test(line) || STEPPER_CLOSE.test(line))) {
      if (step) out.push(...item(++number, step), '');
      step = null;
      if (STEPPER_CLOSE.test(line)) inStepper = false;
      continue;
    }
    if (step) step.push(line);
    else if (line.trim() !== '') out.push(line);
  }
  // A stepper never closed keeps its last step.
  if (step) out.push(...item(++number, step));
  return out;
}

/** One step as a list item: its heading (or first line) after the number, the rest indented to the item's text. */
function item(number: number, lines: readonly string[]): string[] {
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) return [];
  const heading = ATX.exec(lines[first]!)?.[2];
  const lead = heading ? `**${heading.trim()}**` : lines[first]!.trim();
  const marker = `${number}. `;
  const indent = ' '.repeat(marker.length);
  // Common indentation is removed first, so text written indented inside the tags is not read as code.
  const rest = lines.slice(first + 1);
  const depth = Math.min(...rest.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length));
  const body = rest.map((l) => (l.trim() === '' ? '' : indent + l.slice(Number.isFinite(depth) ? depth : 0)));
  while (body.length > 0 && body.at(-1) === '') body.pop();
  return [`${marker}${lead}`, ...(heading && body[0] !== '' && body.length > 0 ? [''] : []), ...body];
}
