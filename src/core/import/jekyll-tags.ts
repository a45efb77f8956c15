/**
 * Liquid tags Jekyll sites add to their Markdown through plugins, which the site turns into HTML and a reader never
 * sees as written.
 */

/** A Font Awesome tag ("{% icon fa-cog %}", "{% icon fa-star fa-lg %}"): the site draws a glyph. */
const ICON_TAG = String.raw`\{%-?\s*icon\s+fa-[\w-]+(?:\s+[\w-]+)*\s*-?%\}`;
/** Icons in brackets, perhaps with an arrow between them ("({% icon fa-star-o %} &rarr; {% icon fa-star %})"). */
const BRACKETED_ICONS = new RegExp(String.raw`[ \t]*\((?:\s*(?:${ICON_TAG}|[→←]|&[rl]arr;))+\s*\)`, 'g');
const ICON = new RegExp(String.raw`([ \t]?)${ICON_TAG}([ \t]?)`, 'g');

/**
 * A line without its icon tags: "tap the {% icon fa-cog %} **Settings** tab" reads "tap the **Settings** tab", as the
 * glyph is all the website shows in its place. One space beside an icon goes with it, the other stays between words;
 * icons in brackets go with their brackets, which would be left empty.
 */
export function withoutIconTags(line: string): string {
  if (!line.includes('{%')) return line;
  return line
    .replace(BRACKETED_ICONS, '')
    .replace(ICON, (_m, before: string, after: string) => (before && after ? ' ' : ''));
}
