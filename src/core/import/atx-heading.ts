/**
 * A Markdown heading written with "#" marks (ATX), as CommonMark reads one: at most three spaces in, one to six marks
 * (its level, group 1), then its text (group 2) after a space or a tab, and a closing run of marks only where a space
 * sets it apart ("## Sync ##"): "## Using C#" keeps its "#". A line of marks alone is a heading without text.
 */
export const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
