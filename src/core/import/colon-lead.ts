import { ADDRESS_GAP } from './address-lead.js';
import { HARD_BREAK, withoutHardBreak } from './markdown-inline.js';

/**
 * A sentence that hands the reader an address after a colon ("Start your browser and type in the following URL:",
 * "Join the community on Discord: https://discord.gg/…"). When the address goes (its host is not allowed:
 * link-filter.ts), the sentence still tells the member to type or open something, and, ended on its colon, read as
 * cut off ("2. Type in the following URL:" over "3. Sign in."). A mark stands where the address stood, as in code, so
 * the member knows one was there and what to ask staff for. Not after an example's marker ("e.g.:"), whose example
 * goes with it (link-filter.ts), nor where the sentence goes on past the address.
 */
/** An example's marker ("e.g.", "for example") ending right before the colon. */
const EXAMPLE = String.raw`\b(?:e\.g\.|eg\.|i\.e\.|for example|for instance|such as)[ \t]*`;
const COLON_GAP = new RegExp(
  String.raw`(?<!${EXAMPLE}):[ \t]*${ADDRESS_GAP}(?=[ \t]*[.!;]?[ \t]*${HARD_BREAK}?$)`,
  'i',
);
const EXAMPLE_COLON = new RegExp(`${EXAMPLE}:$`, 'i');

/** `line`, an address taken out of it at ADDRESS_GAP, with `mark` where a colon handed the reader that address. */
export const markedAfterColon = (line: string, mark: string) => line.replace(COLON_GAP, `: ${mark}`);

/** A line with nothing to read: blank, or a quote's blank line (">"). */
const NOTHING = /^\s*(?:>\s*)*$/;

/**
 * The address on line `at` stood alone (on a line of the paragraph, a paragraph of its own, a list item of its own) and
 * goes: when the text right above it hands it over with a colon ("…type in the following URL in your browser:"), the
 * mark ends that line. `lines` is changed in place; `gone` are lines already taken out.
 */
export function markColonAbove(lines: string[], at: number, mark: string, gone: ReadonlySet<number> = new Set()) {
  let above = at - 1;
  while (above >= 0 && (gone.has(above) || NOTHING.test(lines[above]!))) above--;
  if (above < 0) return;
  const text = withoutHardBreak(lines[above]!);
  if (text.endsWith(':') && !EXAMPLE_COLON.test(text) && !/^\s*(?:#|```|~~~)/.test(text))
    lines[above] = `${text} ${mark}`;
}
