/** A link found in guide text, with the line it sits on (1-based, relative to the text given). */
export interface FoundLink {
  url: string;
  host: string;
  line: number;
}

const URL_LIKE = /\b[a-z][a-z0-9+.-]*:\/\/[^\s<>()\]"'`]+/gi;
/**
 * Bare host names ("example.com/login", "example.co.uk") count as links too: Discord turns many of them into links. A
 * dotted name that runs on past its would-be top-level domain is no host: "logging.level.org.gotson.komga" is a Java
 * package.
 */
const BARE_HOST =
  /(?<![\w@./-])((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:com|net|org|io|gg|co|app|info|biz|xyz|ru|me|site|online|link|dev|ly|to|cc|tk|top|live|portal|help|support|login|page|web|store|shop)(?:\.[a-z]{2})?(?![\w-]|\.[a-z0-9]))(?:\/[^\s<>()\]"'`]*)?/gi;

export function findLinks(text: string): FoundLink[] {
  const found: FoundLink[] = [];
  text.split('\n').forEach((lineText, i) => {
    const seen = new Set<number>();
    for (const m of lineText.matchAll(URL_LIKE)) {
      const url = m[0].replace(/[.,;:!?]+$/, '');
      let host = '';
      try {
        host = new URL(url).hostname.toLowerCase();
      } catch {
        host = '';
      }
      found.push({ url, host, line: i + 1 });
      for (let k = m.index; k < m.index + m[0].length; k++) seen.add(k);
    }
    for (const m of lineText.matchAll(BARE_HOST)) {
      if (seen.has(m.index)) continue;
      found.push({ url: m[0], host: (m[1] ?? '').toLowerCase(), line: i + 1 });
    }
  });
  return found;
}

/** Why a link may not reach a member, or null when it may. Only https to an exact allowlisted host passes. */
export function linkProblem(link: FoundLink, allowedHosts: ReadonlySet<string>): string | null {
  const bare = !/^[a-z][a-z0-9+.-]*:/i.test(link.url);
  if (bare) return allowedHosts.has(link.host) ? null : `host "${link.host}" is not on the allowlist (${link.url})`;
  if (!link.url.toLowerCase().startsWith('https://')) {
    return allowedHosts.has(link.host)
      ? `link "${link.url}" must start with https://`
      : `link "${link.url}" is not https and its host "${link.host || '?'}" is not on the allowlist`;
  }
  if (!allowedHosts.has(link.host)) return `link host "${link.host}" is not on the allowlist (${link.url})`;
  return null;
}

/** Parse the admin's allowlist file: one host per line, `#` starts a comment. */
export function parseAllowedHosts(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim().toLowerCase())
    .filter(Boolean);
}
