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
/** A link to another site: an address with a scheme ("https://nodejs.org/…"), not a page of the guide. */
const OTHER_SITE = /\]\(\s*<?[a-z][a-z0-9+.-]*:\/\/|^\s*(?:[-*+]|\d+[.)])\s+<[a-z][a-z0-9+.-]*:\/\//i;
/** Headings that name a navigation list. */
const NAVIGATION_HEADING =
  /^(?:related(?:\s+(?:articles?|topics?|pages?|links?|guides?|reading|docs|documentation))?|see\s+also|further\s+reading|more\s+resources|(?:useful\s+|external\s+|more\s+)?links?)$/i;
/** A heading that is only a link to another page of the guide ("[Online maps](./online-map.md)"), not an anchor or a site. */
const PAGE_LINK_HEADING = /^\[[^\]]+\]\((?![a-z][a-z0-9+.-]*:|#)[^)\s]+\)$/i;
/** A line that is more than a sentence of prose: a list item, code, a table row, a box. */
const NOT_PROSE = /^\s*(?:[-*+]\s|\d{1,9}[.)]\s|```|~~~|\||>)|^\s{4,}/;

export function isNavigation(section: Section): boolean {
  if (section.children.length > 0) return false;
  const lines = section.lines.filter((l) => l.trim() !== '');
  if (lines.length === 0) return false;
  // A category page's heading that links to the page it names, over a line saying what is there ("### [Online
  // maps](./online-map.md)" / "Online layers."): a table of contents, whose entry would compete with the page itself.
  // Under such a heading, steps, code or a second paragraph are content of their own, and stay.
  const paragraphs = section.lines
    .join('\n')
    .trim()
    .split(/\n\s*\n/).length;
  if (PAGE_LINK_HEADING.test(section.title.trim()) && paragraphs === 1 && !lines.some((l) => NOT_PROSE.test(l)))
    return true;
  const heading = section.title.replace(/[*_`:]/g, '').trim();
  const navigationHeading = NAVIGATION_HEADING.test(heading);
  // A list of links to the guide's own pages leads elsewhere in it; under a heading such as "Prerequisites", links
  // to other sites ("[Node.js](https://nodejs.org/…)") name what the reader needs, and are the section's content.
  if (lines.every((l) => LINK_ITEM.test(l)) && (navigationHeading || !lines.some((l) => OTHER_SITE.test(l))))
    return true;
  // Two or more items that each open with a link to a page of the guide and say what it holds ("- [Tags](/docs/tags):
  // Sort memos with hashtags.", a docs site's cards): a table of contents, whatever its heading ("Popular paths").
  if (lines.length >= 2 && lines.every((l) => LEADING_LINK.test(l)) && !lines.some((l) => OTHER_SITE.test(l)))
    return true;
  return navigationHeading && lines.every((l) => LEADING_LINK.test(l) || LINK_ITEM.test(l) || NAME_ITEM.test(l));
}
