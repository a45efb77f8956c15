import { plainText } from './plain-text.js';
import type { Section } from './section-tree.js';

/**
 * A changelog heads each release with its number ("## 1.3.12 - 2023-11-23") and sorts its changes under "### Added",
 * "### Fixed", "### Security"… Read as sections, every one of those was a topic of its own: a docs site's two
 * changelogs made 900 topics titled "Fixed (1.3.12 - 2023-11-23, Change Log)", among which a member's question about
 * a feature landed on a one-line bug fix. A release is one topic: its sorts are labels in its text.
 */

/** A release's number as changelogs write it: "1.3.12", "v2.0", "Version 3.1.0-beta.2", "[1.0.0]". */
const VERSION = String.raw`\[?(?:v|version\s+|release\s+)?\d+(?:\.\d+){1,3}(?:-[0-9a-z.]+)?\]?`;
const MONTH = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';
/**
 * A release's heading: its number, maybe a note in brackets ("(API 2.0.0)"), maybe its date ("- 2023-11-23",
 * "(March 3, 2024)"); or keep-a-changelog's "[Unreleased]". A numbered manual's "2.1 Install the app" is no release:
 * the words after the number are no date.
 */
const RELEASE_HEADING = new RegExp(
  String.raw`^(?:${VERSION}|\[?unreleased\]?)(?:\s*\([^)]*\))?` +
    String.raw`(?:\s*[-–—:,]?\s*\(?(?=[^()]*\b\d{4}\b)(?:\d|(?:${MONTH})[a-z]*\.?\s)[^()]*\)?)?$`,
  'i',
);

export const isReleaseHeading = (title: string): boolean => RELEASE_HEADING.test(plainText(title));

/** A sub-section's text under its heading written bold, its own sub-sections after it in the same way. */
function asText(section: Section): string[] {
  const lines = [...section.lines];
  while (lines.length > 0 && lines[0]!.trim() === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
  const below = section.children.flatMap(asText);
  if (lines.length === 0 && below.length === 0) return [];
  const label = plainText(section.title);
  // The label leads a sentence ("**Notes:** This release needs PHP 8.2."), and sits on the line right above a list, a
  // table or code: a bold line standing alone would be read as a heading again (pseudo-headings.ts).
  const [first, ...rest] = lines;
  if (first !== undefined && !/^\s*(?:[-*+]\s|\d+[.)]\s|[|>]|```|~~~)/.test(first))
    return ['', `**${label.replace(/[.:]$/, '')}:** ${first.trim()}`, ...rest, ...below];
  return ['', `**${label}**`, ...lines, ...below];
}

/** Each release's sub-sections ("Added", "Fixed") folded into its text, at any depth of the tree. */
export function foldReleaseNotes(sections: readonly Section[]): Section[] {
  return sections.map((s) =>
    isReleaseHeading(s.title) && s.children.length > 0
      ? { ...s, lines: [...s.lines, ...s.children.flatMap(asText)], children: [] }
      : { ...s, children: foldReleaseNotes(s.children) },
  );
}
