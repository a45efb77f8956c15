import { type FoundLink, findLinks, linkProblem } from '../knowledge/links.js';
import { ADDRESS_GAP, withoutLeadIntoGap } from './address-lead.js';
import { markColonAbove, markedAfterColon } from './colon-lead.js';
import { siteNameItemAddress } from './site-name-item.js';
import { HARD_BREAK, withoutHardBreak } from './markdown-inline.js';

/** A link taken out of the imported text, and why (the reason comes from kb:check's own rule). */
export interface DroppedLink {
  url: string;
  /** The host it leads to, lowercased ("" when the address has none): what `--allow-host` takes. */
  host: string;
  /** Where it stood; a command in a code block no longer runs as written. */
  where: FoundLink['where'];
  reason: string;
}

/**
 * What code (a block, or a span in a sentence) shows where an address was taken out. A command or a config line
 * missing its address would read as complete and fail when run, and a sentence would lose its subject; the mark says
 * something was there, and what to ask staff for.
 */
export const REMOVED_FROM_CODE = '<link removed>';
/** A code block that held only addresses, all removed: an empty box, or a box of marks, says nothing. */
const ONLY_MARKS = new RegExp(
  String.raw`^[ \t]*(\`{3,}|~{3,})[^\n\`]*\n(?:[ \t]*(?:${REMOVED_FROM_CODE})?[ \t]*\n)*[ \t]*\1[ \t]*$\n?`,
  'gm',
);

/** A link's address, which may hold balanced parentheses ("…/wiki/Path_(computing)"), as Markdown allows. */
const ADDRESS = String.raw`[^()\s>]+(?:\([^()\s]*\)[^()\s>]*)*`;
/** A link's words, which may hold a code span with brackets ("[Import: `-i file[,format]`](…)"). */
const LINK_TEXT = String.raw`(?:\`[^\`\n]*\`|[^\]])*`;
/**
 * A Markdown link. Its address in angle brackets may hold spaces (GitBook's "[First PR](<draft-page.md#my experience>)"):
 * read as a bare address, the link was not one, and members saw the whole of it, brackets and file name.
 */
const MD_LINK = new RegExp(String.raw`\[(${LINK_TEXT})\]\(\s*(?:<([^<>\n]*)>|(${ADDRESS}))(?:\s+"[^"]*")?\s*\)`, 'g');
/** A link whose address was removed: "[words]()". */
const EMPTIED_LINK = new RegExp(String.raw`\[(${LINK_TEXT})\]\(\s*\)`, 'g');
/**
 * A list item's marker with nothing after it, perhaps in a quote (a GitHub alert's "> * https://regexone.com/", which
 * left "> *": the box's two such items read "* *" after its words).
 */
const LIST_MARKER_ONLY = /^\s*(?:>\s*)*(?:[-*+•]|\d{1,9}[.)])\s*$/;
/** An emoji or a symbol (arrows, "⚠"), which says nothing of its own. */
const ICON = String.raw`(?:[\uD83C-\uD83E][\uDC00-\uDFFF]|[\u2190-\u2BFF]\uFE0F?)`;
/**
 * A line that is nothing but a link, perhaps beside icons ("🌎 [Google Translate](https://translate.google.com/…)" over
 * every answer of a FAQ): with its address gone, "🌎 Google Translate" was each answer's first step and its summary.
 * A line a <br> ends (HARD_BREAK) is alone as much as one a line break ends.
 */
const LINK_ALONE = new RegExp(
  String.raw`^\s*(?:${ICON}\s*){0,3}\[${LINK_TEXT}\]\(\s*<?(${ADDRESS})>?[^)]*\)\s*(?:${ICON}\s*){0,3}${HARD_BREAK}?$`,
);

/**
 * Keep only links kb:check would accept. The same `linkProblem` rule is used, so whatever the
 * importer writes passes validation, and an unofficial "login helper" page never reaches members:
 * a Markdown link to it keeps its words but loses the address; a bare address is removed.
 */
export function filterLinks(text: string, allowed: ReadonlySet<string>): { text: string; dropped: DroppedLink[] } {
  const dropped: DroppedLink[] = [];
  // A line that is nothing but a forbidden link (an image's click target, a "Login here" button)
  // says nothing once the address is gone: remove the whole line rather than leave its label. A list item's
  // link names something ("- [Node.js](https://nodejs.org/…)" under "Prerequisites"): its words stay.
  const all = text.split('\n');
  const alone = new Set<number>();
  all.forEach((line, i) => {
    // So does a list item that is only a link named after its site ("1. [GitHub](https://github.com/…)"): see
    // site-name-item.ts.
    const only = LINK_ALONE.exec(line)?.[1] ?? siteNameItemAddress(line);
    // A link a sentence runs through, wrapped onto a line of its own ("…by implementing the" / "[new IETF OpenPGP
    // Crypto-Refresh](https://…)" / "which was thankfully adopted…"), names what the sentence is about: its words stay.
    if (!only || insideSentence(all[i - 1], all[i + 1]) || namesCode(line)) return;
    const found = findLinks(only)[0];
    const problem = found ? linkProblem(found, allowed) : null;
    if (!found || !problem) return;
    dropped.push(droppedLink(found, problem));
    markColonAbove(all, i, REMOVED_FROM_CODE, alone);
    alone.add(i);
  });
  let out = all.filter((_l, i) => !alone.has(i)).join('\n');
  out = out.replace(MD_LINK, (m, label: string, angled: string | undefined, bare: string | undefined) => {
    const found = findLinks(angled ?? bare ?? '')[0];
    // Relative targets ("#install", "page.html") lead nowhere from Discord: keep the words only.
    if (!found) return label;
    const problem = linkProblem(found, allowed);
    if (!problem) return m;
    dropped.push(droppedLink(found, problem));
    return label;
  });
  // Bare addresses, including hosts without a scheme and anything a label above still held.
  for (let pass = 0; pass < 3; pass++) {
    const bad = findLinks(out).filter((l) => linkProblem(l, allowed) !== null);
    if (bad.length === 0) break;
    const lines = out.split('\n');
    const emptied = new Set<number>();
    for (const link of bad) {
      dropped.push(droppedLink(link, linkProblem(link, allowed)!));
      const i = link.line - 1;
      const line = lines[i] ?? '';
      // Code keeps a mark where the address stood (a line of a command split over several keeps its place too;
      // "If `http://localhost:5230` does not load" does not become "If does not load"); a block left with nothing
      // but marks goes below. Running text is tidied around the gap instead.
      lines[i] =
        link.where !== 'text'
          ? line.split(link.url).join(REMOVED_FROM_CODE)
          : tidy(withoutLeadIntoGap(markedAfterColon(withoutAddress(line, link.url), REMOVED_FROM_CODE)));
      // A list item that was only an address ("- https://…/issues/1" under "Related discussion") would be left a bare
      // "-", shown as a step of its own: it goes, as a line that is only a link does above.
      // So does a line of a paragraph that held only the address ("(see dontkillmyapp.com)" wrapped onto a line of its
      // own): left blank, it would cut the paragraph, a list item's too, in two. A line break ending the line
      // (HARD_BREAK) is nothing left of it either.
      const left = withoutHardBreak(lines[i]!);
      if (link.where === 'text' && (LIST_MARKER_ONLY.test(left) || (line.trim() !== '' && left.trim() === ''))) {
        markColonAbove(lines, i, REMOVED_FROM_CODE, emptied);
        emptied.add(i);
      }
    }
    out = lines.filter((_l, i) => !emptied.has(i)).join('\n');
  }
  return { text: withoutEmptiedFootnotes(out.replace(ONLY_MARKS, '')), dropped };
}

/** The words of a line's only link, when they are all code: "[`android.permission.CAMERA`](…)". */
const CODE_LINK = /\[\s*(?:`[^`\n]+`\s*)+\]\(/;

/**
 * Whether a line that is only a link names, in code, something the member types or looks for (a permission, a setting,
 * a command; F-Droid lists the permissions it uses, each a link to Android's reference): the name is the content, not
 * a button or a page's title, and stays as a list item's words do. A "Login here" or "Download" line still goes.
 */
const namesCode = (line: string): boolean => CODE_LINK.test(line);

/**
 * Whether a line sits inside a sentence of running text: the line above runs on into it (no full stop, colon or
 * markup of its own closing it), or the line below carries on in lower case.
 */
function insideSentence(above: string | undefined, below: string | undefined): boolean {
  const runsOn = above !== undefined && /[\p{L}\p{N},]\s*$/u.test(above) && !/^\s*(?:#|```|~~~|<|\||>)/.test(above);
  const carriesOn = below !== undefined && /^\s*[\p{Ll},;.]/u.test(below);
  return runsOn || carriesOn;
}

const droppedLink = (link: FoundLink, reason: string): DroppedLink => ({
  url: link.url,
  host: link.host,
  where: link.where,
  reason,
});

/** A footnote line with nothing left but its mark ("[1]"). */
const EMPTY_FOOTNOTE = /^\s*\[(\d+|\*)\]\s*$/;

/**
 * A footnote whose whole text was a dropped address (".. [1] https://en.wikipedia.org/…") is left as "[1]" alone:
 * it is removed, and so are its marks in the text ("… and BSD. [1] Syncthing is …"), outside code spans, where "[1]"
 * is an index.
 */
function withoutEmptiedFootnotes(text: string): string {
  const lines = text.split('\n');
  const empty = new Set(lines.flatMap((l) => EMPTY_FOOTNOTE.exec(l)?.[1] ?? []));
  if (empty.size === 0) return text;
  const mark = / ?\[(\d+|\*)\](?=[\s.,;:!?)]|$)/g;
  return lines
    .filter((l) => !EMPTY_FOOTNOTE.test(l))
    .map((l) =>
      l
        .split('`')
        .map((part, i) => (i % 2 === 1 ? part : part.replace(mark, (m, label: string) => (empty.has(label) ? '' : m))))
        .join('`'),
    )
    .join('\n');
}

/**
 * An example marker whose example was the address ("Enter your server's address, e.g. `http://…`."): with the
 * address gone it would end the sentence on "e.g..", so it goes too; so does an "at" or "via" left pointing at
 * nothing ("Open the browser at.").
 */
const EXAMPLE_MARKER = String.raw`\b(?:e\.g\.|eg\.|i\.e\.|for example|for instance|such as)`;
const EXAMPLE_LEFT_EMPTY = new RegExp(
  [
    // "(e.g. )", "(e.g.: )", and "(see )" where a link to a refused host named by itself stood ("(see
    // [dontkillmyapp.com](https://dontkillmyapp.com))")
    String.raw`[ \t]*\([ \t]*(?:${EXAMPLE_MARKER}|\bsee(?: also)?|\bcf\.)[ \t]*[:,]?[ \t]*\)`,
    // "…address, e.g. ." (an example still following after a comma or colon is kept: "for instance, the … URL is")
    String.raw`,?[ \t]*${EXAMPLE_MARKER}[ \t]*(?=[.;!?]|$)`,
    // "Open the browser at ." and "Pick it at and download it"
    String.raw`[ \t]+(?:at|via)(?=[ \t]*(?:[.,;:!?]|$)|[ \t]+(?:and|then|or)\b)`,
  ].join('|'),
  'gi',
);

/**
 * A line of running text without an address, and without the bold or italic marks that held only it: "Type
 * **fish://host**: connect" reads "Type: connect", not "Type ****: connect". ADDRESS_GAP marks where it stood, for
 * the words that led to it (address-lead.ts).
 */
function withoutAddress(line: string, url: string): string {
  const escaped = url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return line
    .replace(new RegExp(`(\\*\\*|__|\\*|_)${escaped}\\1`, 'g'), ADDRESS_GAP)
    .split(url)
    .join(ADDRESS_GAP);
}

/** What removing an address leaves behind: "at  .", "()", "[]()", an empty code span and doubled spaces. */
function tidy(line: string): string {
  return (
    line
      // A code span that held only the address ("open `http://127.0.0.1:8080`") would show an empty box.
      .replace(/(?<!`)`\s*`(?!`)/g, '')
      .replace(EXAMPLE_LEFT_EMPTY, '')
      .replace(EMPTIED_LINK, '$1')
      .replace(/\(\s*\)|<\s*>/g, '')
      .replace(/(\S)[ \t]{2,}/g, '$1 ')
      .replace(/\s+([.,;:!?])/g, '$1')
      // What the removals above leave at a sentence's end: "host,." and "room.." (an ellipsis stays).
      .replace(/,(?=[.;!?])/g, '')
      .replace(/(?<!\.)\.\.(?!\.)/g, '.')
      .replace(/\s+$/, '')
  );
}
