/**
 * Markdown inline markup → what Discord shows. Discord already speaks most of Markdown, so this
 * only removes what it does not: images, HTML tags and comments, reference-style links, and
 * `__strong__` (which Discord would underline instead).
 */
export function convertMarkdownInline(line: string, refs: ReadonlyMap<string, string>): string {
  const codes: string[] = [];
  const park = (s: string) => `\u0000${codes.push(s) - 1}\u0000`;
  let out = line.replace(/(`+)(.+?)\1/g, (m) => park(m));
  // A linked image (badge) keeps its link, with the alt text as label; a bare image disappears.
  out = out.replace(
    /\[!\[([^\]]*)\]\([^)]*\)\]\(([^)\s]+)[^)]*\)/g,
    (_m, alt: string, url: string) => `[${alt.trim() || 'Link'}](${url})`,
  );
  out = out.replace(/!\[([^\]]*)\]\([^)]*\)/g, '');
  out = out.replace(/!\[([^\]]*)\]\[[^\]]*\]/g, '');
  // <a href="url">text</a> → [text](url)
  out = out.replace(
    /<a\s[^>]*?href\s*=\s*["']([^"']+)["'][^>]*>(.*?)<\/a>/gi,
    (_m, url: string, text: string) => `[${text.replace(/<[^>]+>/g, '').trim() || url}](${url})`,
  );
  // <https://example.com> autolinks → the bare address
  out = out.replace(/<((?:https?|ftp):\/\/[^>\s]+)>/gi, '$1');
  out = out.replace(/<!--.*?-->/g, '');
  out = out.replace(/<\/?[a-z][a-z0-9-]*(?:\s[^>]*)?\/?>/gi, (tag) => (/^<br/i.test(tag) ? ' ' : ''));
  // [text][ref], [text][] and [ref] shortcut references → inline links when the reference exists
  out = out.replace(/\[([^\]]+)\]\[([^\]]*)\]/g, (_m, text: string, ref: string) => {
    const url = refs.get((ref || text).trim().toLowerCase());
    return url ? `[${text}](${url})` : text;
  });
  out = out.replace(/\[([^\]]+)\](?![(:[])/g, (m, text: string) => {
    const url = refs.get(text.trim().toLowerCase());
    return url ? `[${text}](${url})` : m;
  });
  out = out.replace(/(?<![\w_])__(?=\S)(.+?)(?<=\S)__(?![\w_])/g, '**$1**');
  out = out
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');
  return out.replace(/\u0000(\d+)\u0000/g, (_m, i: string) => codes[Number(i)] ?? '');
}
