import { headingKey } from './plain-text.js';
import type { Section } from './section-tree.js';

/**
 * A page title written again as its first sub-heading ("# Schedule a message" then "## Schedule a message",
 * the way help centres open a page whose steps sit in tabs). Kept apart, the two would be two topics with
 * one name, and a member asking about it would be offered both. The sub-heading's text is the page's text:
 * it is read as the page's own, and its sub-sections as the page's.
 */
export function mergeRepeatedHeadings(sections: readonly Section[]): Section[] {
  return sections.map((s) => {
    const [first, ...rest] = s.children;
    // Written apart from the title by text of the page's own, and in other letters ("Defold", then "defold" for one
    // of its plugins), a sub-heading names something else.
    const repeats =
      first?.origin === 'heading' &&
      headingKey(first.title) === headingKey(s.title) &&
      (first.title.trim() === s.title.trim() || s.lines.every((l) => l.trim() === ''));
    // A page named by its file or folder ("Quick start") takes the heading as the page writes it ("Quick Start").
    const title = s.origin === 'named' ? first?.title : s.title;
    if (first && repeats)
      return mergeRepeatedHeadings([
        {
          ...s,
          title: title ?? s.title,
          lines: [...s.lines, '', ...first.lines],
          children: [...first.children, ...rest],
        },
      ])[0]!;
    return { ...s, children: mergeRepeatedHeadings(s.children) };
  });
}
