import type { Section } from './section-tree.js';

/**
 * Navigation sections: "Related articles", "See also", a list of links to other pages. A help centre ends
 * many articles with one; it answers nothing, and as a topic it would compete with the pages it points to
 * (and take a slash command). The importer skips them and says so in its report.
 */

/** A list item that is one link and nothing else: "* [Logging out](logging-out)", "- <https://…>". */
const LINK_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+(?:\[[^\]]+\]\([^)]*\)|<[^>\s]+>)\s*[.,;]?\s*$/;
/** A list item short enough to be a page's name ("sync", "Change your password"), as reStructuredText refs read. */
const NAME_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+[^.!?:]{1,60}$/;
/** A list item that opens with a link and says what is behind it: "- [Connections](connections.md) — after an update". */
const LEADING_LINK = /^\s*(?:[-*+]|\d+[.)])\s+\[[^\]]+\]\([^)]*\)/;
/** Headings that name a navigation list. */
const NAVIGATION_HEADING =
  /^(?:related(?:\s+(?:articles?|topics?|pages?|links?|guides?|reading|docs|documentation))?|see\s+also|further\s+reading|more\s+resources|useful\s+links)$/i;

export function isNavigation(section: Section): boolean {
  if (section.children.length > 0) return false;
  const lines = section.lines.filter((l) => l.trim() !== '');
  if (lines.length === 0) return false;
  if (lines.every((l) => LINK_ITEM.test(l))) return true;
  const heading = section.title.replace(/[*_`:]/g, '').trim();
  return (
    NAVIGATION_HEADING.test(heading) &&
    lines.every((l) => LEADING_LINK.test(l) || LINK_ITEM.test(l) || NAME_ITEM.test(l))
  );
}
