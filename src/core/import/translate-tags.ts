import { FenceTracker } from '../knowledge/fences.js';
import { attribute } from './mdx-jsx.js';

/**
 * OsmAnd's docs name the app's own words by their string ids: `*<Translate android="true" ids="shared_string_menu,
 * configure_map"/>*` shows "Menu → Configure map" on the site, looked up in the site's string tables
 * (src/translations/android-values.json, ios-values.json, other-values.json). Removed as any other tag, it left holes
 * in the sentences members read: "The **** menu is divided into two categories", "Go to: **". The tag is written as
 * the site shows it: each id's string, joined by the tag's `delimeter` (" → " unless it says otherwise); an id no
 * table holds (or a page imported without its site) is written as its words ("configure map"), never as nothing.
 */

/** A self-closing <Translate …/> that names its strings by `id` or `ids` (with no text of its own to show). */
const TRANSLATE_TAG = /<Translate\b([^<>]*?)\/>/g;

/** The site's string tables: each file's name (without ".json") → id → string. */
export type SiteStrings = ReadonlyMap<string, ReadonlyMap<string, string>>;

/** `text` with every <Translate ids="…"/> outside fenced code written as its strings. */
export function withTranslateText(text: string, strings: SiteStrings = new Map()): string {
  if (!text.includes('<Translate')) return text;
  const fences = new FenceTracker();
  return text
    .split('\n')
    .map((line) => (fences.isCode(line) ? line : line.replace(TRANSLATE_TAG, (tag) => shown(tag, strings) ?? tag)))
    .join('\n');
}

/** What the tag shows, or undefined for a tag naming no id (left to the MDX reader, as before). */
function shown(tag: string, strings: SiteStrings): string | undefined {
  const ids = (attribute(tag, 'ids') ?? attribute(tag, 'id'))
    ?.split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  if (!ids?.length) return undefined;
  // A platform the tag names (android="true") picks its table first, as the site's component does.
  const platforms = [...tag.matchAll(/\b(\w+)\s*=\s*(?:"true"|'true'|\{true\})/g)].map((m) => m[1]!.toLowerCase());
  const tables = [...strings].sort(
    ([a], [b]) => Number(!platforms.some((p) => a.startsWith(p))) - Number(!platforms.some((p) => b.startsWith(p))),
  );
  const delimiter = attribute(tag, 'delimeter') ?? attribute(tag, 'delimiter') ?? ' → ';
  return ids
    .map((id) => tables.map(([, table]) => table.get(id)).find((s) => s !== undefined) ?? id.replace(/[_.]+/g, ' '))
    .join(delimiter);
}

/** A string table's text (a JSON object of id → string), or null when it is none. */
export function stringTable(json: string): Map<string, string> | null {
  try {
    const data: unknown = JSON.parse(json);
    if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
    const table = new Map(Object.entries(data).filter((e): e is [string, string] => typeof e[1] === 'string'));
    return table.size > 0 ? table : null;
  } catch {
    return null;
  }
}
