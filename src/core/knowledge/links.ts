import { FenceTracker } from './fences.js';
import { isLocalHost } from './local-address.js';

/** A link found in guide text, with the line it sits on (1-based, relative to the text given). */
export interface FoundLink {
  url: string;
  host: string;
  line: number;
  /** Where it stands: in running text, in a code span, or in a fenced code block (a command, a config file). */
  where: 'text' | 'code span' | 'code block';
}

/**
 * An address runs to a space, a bracket or a quote, and to the mark the importer leaves where a line was broken (U+2424,
 * markdown-inline.ts's HARD_BREAK), which no address holds: taken as part of one, it went with it, and the line ran on.
 */
const URL_LIKE = /\b[a-z][a-z0-9+.-]*:\/\/[^\s<>()\]"'`\u2424]+/gi;
/**
 * Bare host names ("example.com/login", "example.co.uk") count as links too: Discord turns many of them into links. A
 * dotted name that runs on past its would-be top-level domain is no host: "logging.level.org.gotson.komga" is a Java
 * package.
 */
const BARE_HOST =
  /(?<![\w@./-])((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:com|net|org|io|gg|co|app|info|biz|xyz|ru|me|site|online|link|dev|ly|to|cc|tk|top|live|portal|help|support|login|page|web|store|shop)(?:\.[a-z]{2})?(?![\w-]|\.[a-z0-9]))(?:\/[^\s<>()\]"'`\u2424]*)?/gi;

/** A code span: a run of backticks, its text, and a run of the same length. */
const CODE_SPAN = /(`+)(?!`)[^\n]*?[^`]\1(?!`)/g;
/** Web addresses, the only ones a chat client opens with a click ("dynamic+https://…" carries one too). */
const WEB = /^(?:[a-z][a-z0-9.-]*\+)?https?:/i;

/**
 * Every link in `text`. In code (a span or a fenced block) only web addresses count: Discord makes no link there,
 * and a dotted name in a command or a config file is a setting ("traefik.ingress.kubernetes.io/router.entrypoints",
 * "server_name files.example.org;"), or an address of another protocol ("ldap://", "chrome://flags"), that members
 * must be able to copy as written. An https address is still a link wherever it stands.
 */
export function findLinks(text: string): FoundLink[] {
  const found: FoundLink[] = [];
  const fences = new FenceTracker(true);
  text.split('\n').forEach((lineText, i) => {
    // A fence line's info string names a language, never an address: its line is read as the code it opens.
    const inBlock = fences.isCode(lineText);
    const spans = inBlock ? [] : [...lineText.matchAll(CODE_SPAN)].map((m) => [m.index, m.index + m[0].length]);
    const where = (at: number): FoundLink['where'] =>
      inBlock ? 'code block' : spans.some(([a, b]) => at >= a! && at < b!) ? 'code span' : 'text';
    const seen = new Set<number>();
    for (const m of lineText.matchAll(URL_LIKE)) {
      // Sentence punctuation, and the closing marks of bold or italic around it ("**https://example.com**"), end it.
      const url = m[0].replace(/[.,;:!?*]+$/, '');
      for (let k = m.index; k < m.index + m[0].length; k++) seen.add(k);
      // "include http://" names a scheme: with nothing after it, it leads nowhere.
      if (url.endsWith('://')) continue;
      const at = where(m.index);
      if (at !== 'text' && !WEB.test(url)) continue;
      let host = '';
      try {
        host = new URL(url).hostname.toLowerCase();
      } catch {
        host = '';
      }
      found.push({ url, host, line: i + 1, where: at });
    }
    for (const m of lineText.matchAll(BARE_HOST)) {
      if (seen.has(m.index) || where(m.index) !== 'text') continue;
      found.push({ url: m[0], host: (m[1] ?? '').toLowerCase(), line: i + 1, where: 'text' });
    }
  });
  return found;
}

/**
 * Why a link may not reach a member, or null when it may. Only https to an exact allowlisted host passes, and plain
 * http to an allowlisted host on the member's own machine or network (local-address.ts), which cannot have https.
 */
export function linkProblem(link: FoundLink, allowedHosts: ReadonlySet<string>): string | null {
  const bare = !/^[a-z][a-z0-9+.-]*:/i.test(link.url);
  if (bare) return allowedHosts.has(link.host) ? null : `host "${link.host}" is not on the allowlist (${link.url})`;
  if (!link.url.toLowerCase().startsWith('https://')) {
    if (link.url.toLowerCase().startsWith('http://') && isLocalHost(link.host) && allowedHosts.has(link.host))
      return null;
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
