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

/**
 * A callout box ("{% callout warning %}" … "{% endcallout %}", the Bitwarden help center's plugin), each tag alone on
 * its line once `splitCallouts` has put it there.
 */
export const CALLOUT_OPEN = /^\s*\{%-?\s*callout(?:\s+([a-z]+))?\s*-?%\}\s*$/i;
export const CALLOUT_CLOSE = /^\s*\{%-?\s*endcallout\s*-?%\}\s*$/i;
const CALLOUT_TAG = /\{%-?\s*(?:end)?callout(?:\s+[a-z]+)?\s*-?%\}/gi;

/** The heading the site writes over a callout of each type (an unknown type is shown as a note). */
const CALLOUT_LABELS: Record<string, string> = { info: 'Note', success: 'Tip', warning: 'Warning' };
export const calloutLabel = (type: string | undefined): string => CALLOUT_LABELS[type?.toLowerCase() ?? ''] ?? 'Note';

/**
 * Callout tags put on lines of their own. Writers open the box on the line of its first words ("{% callout success %}If
 * a login uses…"), even at the end of a step ("8. Click **Finish**. {% callout warning %}Please note…"), and close it
 * after its last ("…to paste!{% endcallout %}"): read in place, the tag reached members and the box went unlabelled.
 * Text after an opening tag keeps the indent of the line it was on (a list item's text, when it sat in one).
 */
export function splitCallouts(lines: readonly string[]): string[] {
  if (!lines.some((l) => l.includes('callout'))) return [...lines];
  return lines.flatMap((line) => {
    if (!/\{%-?\s*(?:end)?callout\b/i.test(line) || CALLOUT_OPEN.test(line) || CALLOUT_CLOSE.test(line)) return [line];
    const margin = /^\s*(?:(?:[-*+]|\d{1,9}[.)])\s+)?/.exec(line)![0].replace(/\S/g, ' ');
    const out: string[] = [];
    let at = 0;
    for (const tag of line.matchAll(CALLOUT_TAG)) {
      const before = line.slice(at, tag.index);
      if (before.trim() !== '') out.push(at === 0 ? before.trimEnd() : margin + before.trim());
      out.push(margin + tag[0]);
      at = tag.index + tag[0].length;
    }
    const rest = line.slice(at);
    if (rest.trim() !== '') out.push(margin + rest.trim());
    return out;
  });
}
