import { titleFromFileName } from './file-title.js';
import { altWords, pictureMark, resolvePictures } from './inline-picture.js';
import { withSuperscriptDigits } from './superscript.js';

/**
 * A Markdown image: its address may hold parentheses ("Path_(computing).png"), and its title too, when quoted
 * ('"The History (Undo/Redo) tab"'): read to the first ")", the rest of the title stayed in the text. An address in
 * angle brackets may hold spaces and parentheses too (GitBook's "<../.gitbook/assets/image (12) (1).png>"): read to
 * the first ")", its tail ("(1).png>)") stayed in the sentence.
 */
const IMAGE =
  /!\[[^\]]*\]\(\s*<[^<>\n]*>(?:\s+(?:"[^"]*"|'[^']*'|\([^()]*\)))?\s*\)|!\[[^\]]*\]\(\s*<?[^()\s>]*(?:\([^()\s]*\)[^()\s>]*)*>?(?:\s+(?:"[^"]*"|'[^']*'|\([^()]*\)))?\s*\)|!\[[^\]]*\]\([^)]*\)/g;

/**
 * A linked image (a badge): IMAGE as a link's words, then the link's address. Its image may be any IMAGE reads
 * ("[![Download](<../.gitbook/assets/get it (1).png>)](https://…)"): read to the first ")", it left its tail in the text.
 */
const LINKED_IMAGE = new RegExp(String.raw`\[(?:${IMAGE.source})\]\(([^)\s]+)[^)]*\)`, 'g');

/**
 * A GitBook mention: `[#per-room-policies](settings.md#per-room-policies "mention")`, `[message.md](message.md "mention")`,
 * `[user-panel](user-panel/ "mention")`. GitBook shows the linked page's (or heading's) title in its place; the label
 * it writes is only the address's last part, which members would read as "refer to #per-room-policies".
 */
const MENTION = /\[([^\]]+)\]\(\s*<?([^()\s>]*)>?\s+"mention"\s*\)/g;

/** The title a mention stands for, from its label when that is only the address's own anchor or file name. */
function mentionTitle(label: string, url: string): string | null {
  const [path = '', anchor] = url.split('#');
  if (anchor !== undefined && label === `#${anchor}`) return titleFromFileName(anchor);
  const segments = path.split('/').filter((s) => s && s !== '.' && s !== '..');
  if (segments.length === 0 || label !== segments[segments.length - 1]) return null;
  return titleFromFileName(segments.join('/'));
}

/** A glossary term, "%%text|key%%" (its "|" escaped in a table row), and the tag that lists the whole glossary. */
export const GLOSSARY_TERM = /%%([^%|\n]*[^%|\n\\])\\?\|[\w.-]+%%/g;
export const GLOSSARY_LIST = /%%RemarkAutoGlossary::list\\?_all%%/g;

/** MkDocs Material's icon shortcodes, with the space on either side. */
const ICON = /(\s?):(?:material|fontawesome|octicons|simple)-[a-z0-9-]+:(\s?)/g;
/** A label followed only by icons: "_Supported on:_ :material-android: :material-apple:". */
const LABELLED_ICONS =
  /^\s*([*_]{0,2})[^*_:\n]{1,40}:\1(?:\s*:(?:material|fontawesome|octicons|simple)-[a-z0-9-]+:)+\s*$/;

/**
 * A JSX tag whose attribute is an expression in braces, which may hold ">" ("<Link to={donations.sort(() =>
 * Math.random() - 0.5)[0].url}>Pick for me</Link>", Jellyfin's donation page): read to its first ">", as an HTML tag
 * is, the tag ended inside the arrow function and members read "Math.random() - 0.5)[0].url}>Pick for me". The
 * braces (nested twice at most) are the attribute's, as MDX reads them; a tag with no braces is left to the HTML rule.
 */
const BRACED = String.raw`\{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\}`;
const JSX_TAG = new RegExp(
  String.raw`<[A-Za-z][\w.-]*\s(?:[^<>{}]|${BRACED})*?${BRACED}(?:[^<>{}]|${BRACED})*\/?>`,
  'g',
);

/** HTML code text around words: <code>, or <tt>, its older name ("<tt>android.permission.INTERNET</tt>"). */
const HTML_CODE = /<(code|tt)(?:\s[^>]*)?>([^<>`]*[^\s<>`][^<>`]*)<\/\1>/gi;
/** HTML code text holding just one link: its opening <a> tag and the link's words. */
const CODE_AROUND_LINK = /<(code|tt)(?:\s[^>]*)?>\s*(<a\s[^>]*>)([^<>`]*[^\s<>`][^<>`]*)<\/a>\s*<\/\1>/gi;
/** An HTML line break: "<br>", "<br/>", "<br />", "<BR>". */
export const BR = /<br\s*\/?>/gi;
/** Line breaks in a row ("<br><br>"), with the spaces around them: one break. */
const BR_RUN = /\s*(?:<br\s*\/?>\s*)+/gi;
/** Where a <br> stood, until withHardBreaks decides what it becomes. */
const BREAK_MARK = '\u0001';
/**
 * What ends a line a <br> broke, until blocks.ts joins it to the next with a line break (U+2424, "␤"). Not Markdown's
 * backslash: a reST line may end in one as text ("C:\\Program Files\\Electrum\\").
 */
export const HARD_BREAK = '\u2424';
/** Text without the hard break at its end, which says nothing at a paragraph's, an item's or a line's end. */
export const withoutHardBreak = (text: string) =>
  text.endsWith(HARD_BREAK) ? text.slice(0, -HARD_BREAK.length).trimEnd() : text;
/** Two spaces or more ending a line that holds words: a hard line break (CommonMark), as a trailing backslash is. */
const SPACES_BREAK = /\S {2,}$/;
/** Text that would open a block of its own at a line's start: a list item, a quote, a heading, a table row, a fence. */
const OPENS_BLOCK = /^(?:[-*+•]\s|\d{1,9}[.)]\s|[>#|]|`{3}|~{3})/;

/**
 * Markdown inline markup → what Discord shows. Discord already speaks most of Markdown, so this
 * only removes what it does not: images, HTML tags and comments, reference-style links, and
 * `__strong__` (which Discord would underline instead). `breaks`: the line is a paragraph's or a list item's, where
 * a <br> is kept as a line break (see withHardBreaks); elsewhere (a title, a table cell) it is a space.
 */
export function convertMarkdownInline(line: string, refs: ReadonlyMap<string, string>, breaks = false): string {
  const codes: string[] = [];
  const park = (s: string) => `\u0000${codes.push(s) - 1}\u0000`;
  /** HTML code text (HTML_CODE's match) as a parked code span, its entities read. */
  const codeSpan = (_m: string, _tag: string, code: string) => park(`\`${decodeEntities(code).trim()}\``);
  // Code between ``` on one line ("```adb shell pm list```") is a code span, shown as one: a line opening with ```
  // would be read as a code fence by the topic's readers.
  let out = line.replace(/(`+)(.+?)\1/g, (m, ticks: string, code: string) =>
    park(ticks.length >= 3 && !code.includes('`') ? `\`${code.trim()}\`` : m),
  );
  // A linked image (badge) keeps its link, with the alt text as label; a bare image is a picture in the sentence, which
  // may read as its alt text (inline-picture.ts).
  out = out.replace(LINKED_IMAGE, (m, url: string) => `[${/^\[!\[([^\]]*)\]/.exec(m)![1]!.trim() || 'Link'}](${url})`);
  out = out.replace(IMAGE, (image) => pictureMark(altWords(/^!\[([^\]]*)\]/.exec(image)?.[1] ?? '')));
  // A link whose target is empty ("[Internet Standards]()", left so when a Jekyll include or a site variable wrote
  // the address) leads nowhere on the website either: its words are the text.
  out = out.replace(/\[((?:`[^`\n]*`|[^\][])*)\]\(\s*\)/g, '$1');
  out = out.replace(MENTION, (m, label: string, url: string) => {
    const title = mentionTitle(label.trim(), url);
    return title === null ? m : `[${title}](${url})`;
  });
  // Obsidian's embeds ("![[diagram.png]]") show a file; its wikilinks ("[[Sync settings|Sync]]", "[[Vaults#Move]]")
  // show their label, or the page (and heading) they name. An embed is a picture without words (what follows its "|"
  // is a size, "|100x145"): an icon in a sentence ("Open **Settings** ![[lucide-settings.svg#icon]].") leaves no hole.
  out = out.replace(/!\[\[[^\]]*\]\]/g, () => pictureMark(''));
  out = out.replace(/\[\[([^\]|]*)(?:\|([^\]]*))?\]\]/g, (_m, page: string, label?: string) =>
    (label ?? page.replace(/#\^?/, ' › ')).trim(),
  );
  // A glossary plugin's terms (remark-auto-glossary, Unraid's docs: "%%WebGUI|web-gui%%", "%%VMs\|vm%%" in a table
  // row) show their text, the key naming its entry for a tooltip; its "%%RemarkAutoGlossary::list_all%%" shows the
  // glossary itself, kept in a YAML file beside the site, so the page shows nothing members can be given.
  out = out.replace(GLOSSARY_TERM, '$1').replace(GLOSSARY_LIST, '');
  out = out.replace(/!\[([^\]]*)\]\[[^\]]*\]/g, (_m, alt: string) => pictureMark(altWords(alt)));
  // A footnote mark ("…at any time[^1]"): its text is kept as a note below the paragraph (parse-markdown.ts).
  out = out.replace(/\[\^[^\]\s]+\](?!:)/g, '');
  // MkDocs Material's icons (":material-plus:", ":fontawesome-brands-github:") draw a glyph on the website only. One
  // space beside an icon goes with it, and the other stays between words: an icon that opens a tab's name
  // ("=== \":material-apple: macOS\"") leaves "**macOS:**", not "** macOS:**", which is no bold.
  const iconless = out.replace(ICON, (_m, before: string, after: string) => (before && after ? ' ' : ''));
  // A line that only labels its icons ("_Supported on:_ :material-android: :material-apple:") says nothing once they
  // are gone: left, "Supported on:" would open the topic as its first step and its summary. A label the icons stand
  // before (":material-apple: macOS:", a tab's name over its code) is kept.
  if (LABELLED_ICONS.test(out)) return '';
  out = iconless;
  // Code text around a link ("<tt><a href=…>android.permission.INTERNET</a></tt>", F-Droid's list of the permissions it
  // uses) is the link's words in code, as inside it: with both tags stripped, the name read as prose, and as a link's
  // words it read as the name of a page (link-filter.ts drops a line that is only such a link when its host is refused).
  out = out.replace(
    CODE_AROUND_LINK,
    (_m, _tag: string, open: string, text: string) => `${open}<code>${text}</code></a>`,
  );
  // <a href="url">text</a> → [text](url)
  out = out.replace(/<a\s[^>]*?href\s*=\s*["']([^"']+)["'][^>]*>(.*?)<\/a>/gi, (_m, url: string, text: string) => {
    // A linked image (a store's "Download" badge) is labelled by what the image shows, its alt text.
    const alt = /<img\s[^>]*?\balt\s*=\s*["']([^"']+)["']/i.exec(text)?.[1];
    // A <br> in the label parts its words ("Line one<br>two"): with the tags stripped they ran together.
    const label =
      text
        .replace(HTML_CODE, codeSpan)
        .replace(BR, ' ')
        .replace(/<[^>]+>/g, '')
        .trim() ||
      (alt?.trim() ?? '');
    // An empty <a href="#anchor" id="anchor"></a> (GitBook puts one after every heading) marks a place, not a link.
    if (label === '' && url.startsWith('#')) return '';
    return `[${label || url}](${url})`;
  });
  // Attribute lists ("{: #id }", "{ .md-button }", "{:target="_blank"}", "{#id data-toc-label="…"}") style the
  // website's HTML; a reader never sees them.
  out = out.replace(/\s*\{:?\s*(?:[#.][\w-]+|[\w-]+=)[^{}]*\}/g, '');
  // <https://example.com> autolinks → the bare address
  out = out.replace(/<((?:https?|ftp):\/\/[^>\s]+)>/gi, '$1');
  out = out.replace(/<!--.*?-->/g, '');
  // <strong>/<b> and <em> around words are emphasis the page shows ("<p><strong>INTERNET:</strong> Required to…"): they
  // become Discord's, as Markdown's ** and * stay. Empty ones (an icon's "<i class=…></i>") go with the other tags.
  // An HTML <code> around words ("if there is no <code class=\"language-clojure\">fill-color</code>") is a code span, as
  // the page shows it: with its tags stripped, the name read as prose. Kept whole, its entities ("&lt;name&gt;") read.
  out = out.replace(HTML_CODE, codeSpan);
  out = out.replace(/<(strong|b)(?:\s[^>]*)?>\s*([^<>*]*?[^\s<>*])\s*<\/\1>/gi, '**$2**');
  out = out.replace(/<(em|i)(?:\s[^>]*)?>\s*([^<>*_]*?[^\s<>*_])\s*<\/\1>/gi, '*$2*');
  if (breaks) out = out.replace(BR_RUN, BREAK_MARK);
  out = out.replace(/<img\s[^>]*>/gi, (tag) =>
    pictureMark(altWords(/\balt\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag)?.slice(1).join('') ?? '')),
  );
  out = withSuperscriptDigits(out);
  out = out.replace(JSX_TAG, '');
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
  out = decodeEntities(out);
  // A backslash at the end of a line is Markdown's hard line break (GitBook writes "corner:\\", "Send it to:\\" over
  // an address's lines), not text: in a paragraph or a list item the words after it start a line, as a <br>'s do.
  out = out.replace(/(?<!\\)\\$/, breaks ? BREAK_MARK : '');
  // Two spaces or more ending a line after its words are CommonMark's other hard line break, read the same way.
  if (breaks && SPACES_BREAK.test(line)) out = out.trimEnd() + BREAK_MARK;
  out = resolvePictures(out);
  if (breaks) out = withHardBreaks(out);
  return out.replace(/\u0000(\d+)\u0000/g, (_m, i: string) => codes[Number(i)] ?? '');
}

/**
 * <br> inside a paragraph or a list item ("Line one<br>next line") is a line break the page shows: the line ends in
 * HARD_BREAK and the words after it are a line of their own (blocks.ts keeps them apart). A break at the line's end
 * leaves its mark for the next line; one at its start says nothing. Where a new line would change what the words are
 * (an open "**", "*" or "[", or words that would read as a list item or a heading), the break is a space, as it always
 * was.
 */
function withHardBreaks(text: string): string {
  const [first = '', ...rest] = text.split(BREAK_MARK);
  let out = first;
  for (const after of rest) {
    const count = (re: RegExp) => out.match(re)?.length ?? 0;
    const open = count(/\*\*/g) % 2 === 1 || count(/(?<!\*)\*(?!\*)/g) % 2 === 1 || count(/\[/g) > count(/\]/g);
    if (out.trim() === '') out = after;
    else if (open || OPENS_BLOCK.test(after)) out += ` ${after}`;
    else out += after.trim() === '' ? HARD_BREAK : `${HARD_BREAK}\n${after}`;
  }
  return out;
}

/** HTML entities as the browser shows them: named ones writers use in prose, and numeric ones ("&#x20;", "&#39;"). */
const NAMED_ENTITIES: Record<string, string> = {
  nbsp: ' ',
  // Wide and narrow spaces indent or space out words ("&emsp;&emsp;Username: …"): a space, as for &nbsp;.
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  mdash: '—',
  ndash: '–',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  copy: '©',
  reg: '®',
  trade: '™',
  times: '×',
  rarr: '→',
  larr: '←',
  middot: '·',
  bull: '•',
};
/**
 * A numeric entity, and GitBook's "&#xNAN;". Where GitBook's export escapes the first letter of emphasis opening a line
 * after a "\" break ("&#xNAN;_&#x49;n case of LAME:_"), it escapes the character before the "_" too; there is none, and
 * the code it writes for nothing is NaN in hexadecimal capitals. It stands for no character: the line opens on the
 * emphasis, "_In case of LAME:_". A browser would print it as it is, which no GitBook page shows.
 */
const ENTITY = /&(#x[0-9a-f]+|#\d+|#x?nan|[a-z]+);/gi;

export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (m, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      // A non-breaking or zero-width space reads as a space; other control characters are dropped, as is a code that
      // names no character ("NaN", a surrogate half).
      if (code === 0xa0 || code === 0x200b) return ' ';
      const character = code >= 0x20 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return character ? String.fromCodePoint(code) : '';
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? m;
  });
}
