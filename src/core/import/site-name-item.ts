/**
 * A list item that is nothing but a link named after the site it leads to ("* [GitHub](https://github.com/AppFlowy-IO/
 * AppFlowy)", "1. [Discord](https://discord.gg/…)" under AppFlowy's "More info"). When the link's host is not allowed,
 * its address goes and its words stay, as a list item's do ("- [Node.js](…)" under "Prerequisites" names what to
 * install). But the name of a site where a team keeps a page (code hosting, chat, social media, a forum) says only
 * where the link went: "1. GitHub", "2. Discord" read as steps that tell the member nothing. Such an item goes, as a
 * line that is nothing but a link does (link-filter.ts).
 */
const SITES = new Set([
  'github',
  'gitlab',
  'codeberg',
  'bitbucket',
  'sourceforge',
  'discord',
  'matrix',
  'element',
  'slack',
  'telegram',
  'signal',
  'whatsapp',
  'twitter',
  'x',
  'mastodon',
  'bluesky',
  'reddit',
  'youtube',
  'facebook',
  'instagram',
  'linkedin',
  'twitch',
  'patreon',
  'opencollective',
  'forum',
  'blog',
]);

/** A list item, perhaps in a quote, holding one link and nothing else: its words and its address. */
const LINK_ITEM = /^\s*(?:>\s*)*(?:[-*+•]|\d{1,9}[.)])\s+\[([^\]]+)\]\(\s*<?([^()\s>]+)>?[^)]*\)\s*$/;

/** The address of the link a list item is nothing but, when its words name only a site (see above); else null. */
export function siteNameItemAddress(line: string): string | null {
  const item = LINK_ITEM.exec(line);
  if (!item) return null;
  const name = item[1]!.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  return SITES.has(name) ? item[2]! : null;
}
