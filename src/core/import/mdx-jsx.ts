import { BR, decodeEntities } from './markdown-inline.js';
import { cardParagraphs } from './card-rows.js';
import { withSuperscriptDigits } from './superscript.js';

/**
 * Reading the JSX and JavaScript of an MDX page (Docusaurus, Mintlify): where an import, a tag or a statement ends,
 * a tag's attributes and the text a JSX label or expression shows, and an HTML table as Markdown. mdx.ts turns the
 * page into plain Markdown with these.
 */

/** MDX's ES module lines: never text for a reader. */
export const ESM =
  /^(?:import\s+(?:[\w*{}\s,]+\s+from\s+)?['"][^'"]+['"];?|export\s+(?:const|let|default|function)\b.*)\s*$/;

/** The line that ends an import: `… from '@site/src/components';`. */
const IMPORT_END = /\bfrom\s+['"][^'"]+['"]\s*;?\s*$/;

/**
 * An import Prettier wrapped over several lines ("import {" / "  AddingWidget" / "} from '@site/…';"), or two written
 * on one line ("import { a } from './a';import {"): the index of its last line, or -1 when the line opens no import.
 * Prose that starts with "import" has no quoted `from` ending it within the paragraph.
 */
export function importEnd(lines: readonly string[], from: number): number {
  if (!/^import\s/.test(lines[from]!)) return -1;
  for (let i = from; i < lines.length && i < from + 30; i++) {
    if (IMPORT_END.test(lines[i]!)) return i;
    if (lines[i]!.trim() === '') return -1;
  }
  return -1;
}

/**
 * A <style> or <script> element that opens a line, as HTML writes a page's own CSS (".primary-1 { background-color:
 * #FFA284 }") and VitePress its "<script setup>": what it holds is the site's code, for no reader. The index of the
 * line that closes it and what follows the closing tag there, or null when it is not closed within the page's next
 * 400 lines (then it is read as text, as before).
 */
export function rawElementEnd(lines: readonly string[], from: number): { end: number; rest: string } | null {
  const open = /^\s*<(script|style)\b/i.exec(lines[from]!);
  if (!open) return null;
  const close = new RegExp(`</${open[1]}\\s*>`, 'i');
  for (let i = from; i < lines.length && i < from + 400; i++) {
    const text = i === from ? lines[i]!.slice(open[0].length) : lines[i]!;
    const m = close.exec(text);
    if (m) return { end: i, rest: text.slice(m.index + m[0].length) };
  }
  return null;
}

/** A JSX or HTML tag whose attributes run over several lines: `<Tabs` … `>`. */
export const TAG_START = /^\s*<([A-Za-z][\w.]*)(?=\s|$)/;

/** An element opened on a line of its own ("<details>", "<div className=…>", "<Link to=…>"), its content below. */
export const OPEN_ELEMENT = /^\s*<([A-Za-z][\w.]*)(?:\s[^<>]*?)?(?<!\/)>\s*$/;

/** A JSX component (capitalised, unlike HTML) opened on a line of its own, at the margin (not in indented code). */
const COMPONENT_LINE = /^ {0,3}<([A-Z][\w.]*)(?:\s[^<>]*)?>\s*$/;

/** Whether `line` opens a component the page closes too: a placeholder such as "<API_KEY>" on its own is none. */
export function opensComponent(line: string, page: readonly string[]): boolean {
  const name = COMPONENT_LINE.exec(line)?.[1];
  return name !== undefined && page.some((l) => l.includes(`</${name}>`));
}

/** Elements that never hold content (a <source> inside a <video>). */
export const VOID_ELEMENT = /^(?:area|br|col|embed|hr|img|input|link|meta|param|source|track|wbr)$/i;

/** A video's or an audio player's text is the fallback a browser without the player shows, never the page's text. */
export const FALLBACK_ONLY = /^(?:video|audio|object|iframe|picture)$/i;

/** The attribute `name="…"` (or '…', or {"…"}) of a tag. */
export function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|\\{\\s*["'\`]([^"'\`]*)["'\`]\\s*\\})`).exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/** A label written as JSX (`label={<span className="tab"><FaApple />macOS</span>}`): the text it shows. */
export function jsxLabel(tag: string): string | undefined {
  const jsx = /\blabel\s*=\s*\{\s*(<[^{}]*>)\s*\}/.exec(tag)?.[1];
  return jsx?.replace(/<[^>]*>/g, '').trim() || undefined;
}

/**
 * What a JSX expression in a <CodeBlock> shows: a string's text, a template literal's, a sum of them; a name the site
 * fills in when it builds the page (`vars.version`) stands as a placeholder ("<version>"). Anything else stays as written.
 */
function expressionText(expr: string): string {
  const name = (path: string) => `<${path.split('.').at(-1)}>`;
  const token = /\s*(?:"((?:\\.|[^"\\])*)"|'((?:\\.|[^'\\])*)'|`((?:\\.|[^`\\])*)`|([A-Za-z_$][\w$.]*)|(\+))\s*/y;
  let text = '';
  for (let m = token.exec(expr); m; m = token.exec(expr)) {
    if (m[4] !== undefined) text += name(m[4]);
    else if (m[5] === undefined)
      text += (m[1] ?? m[2] ?? m[3]!)
        .replace(/\$\{\s*([A-Za-z_$][\w$.]*)\s*\}/g, (_s, path: string) => name(path))
        .replace(/\\n/g, '\n')
        .replace(/\\(.)/g, '$1');
    if (token.lastIndex === expr.length) return text;
  }
  return `{${expr}}`;
}

/**
 * The code a Docusaurus <CodeBlock> shows (its children: text, and JSX expressions such as {vars.version} or a
 * template literal the page fills in), from the text after its opening tag up to "</CodeBlock>".
 */
export function codeBlockText(children: string): string[] {
  let text = '';
  for (let i = 0; i < children.length; i++) {
    if (children[i] !== '{') {
      text += children[i];
      continue;
    }
    // The expression runs to its closing brace; braces inside its strings ("${vars.version}") are the string's.
    let depth = 0;
    let quote: string | null = null;
    let end = i;
    for (; end < children.length; end++) {
      const c = children[end]!;
      if (quote) {
        if (c === '\\') end++;
        else if (c === quote) quote = null;
      } else if (c === '"' || c === "'" || c === '`') quote = c;
      else if (c === '{') depth++;
      else if (c === '}' && --depth === 0) break;
    }
    text += expressionText(children.slice(i + 1, end).trim());
    i = end;
  }
  return text.replace(/^\s*\n|\n\s*$/g, '').split('\n');
}

/** Characters after which a quote opens a JavaScript string (or an attribute's value). */
const STRING_MAY_OPEN = '=({[,:?+!&|';

/**
 * Where a tag's ">" is (line and column); it may be on a later line (a component's props can run to a hundred), and
 * braces (`values={[…]}`) may hold ">".
 */
export function tagEnd(lines: readonly string[], from: number): { line: number; col: number } {
  let depth = 0;
  let quote: string | null = null;
  // What came before a quote says whether it opens a string: after "=", "(", "[", "," or ":" it does; in the words
  // of JSX text inside an attribute ("Homarr won't be able…" in a component's prop) it is an apostrophe.
  let before = '=';
  for (let i = from; i < lines.length && i < from + 200; i++) {
    const line = lines[i]!;
    for (let k = i === from ? line.indexOf('<') + 1 : 0; k < line.length; k++) {
      const c = line[k]!;
      if (quote) {
        if (c === quote) quote = null;
        continue;
      }
      if ((c === '"' || c === "'" || c === '`') && STRING_MAY_OPEN.includes(before)) quote = c;
      else if (c === '{') depth++;
      else if (c === '}') depth--;
      else if (c === '>' && depth <= 0) return { line: i, col: k };
      if (!/\s/.test(c)) before = c;
    }
  }
  return { line: from, col: lines[from]!.length };
}

/** The last line of a JavaScript statement that starts at `from`: where its brackets, opened there, close. */
export function statementEnd(lines: readonly string[], from: number): number {
  let depth = 0;
  for (let i = from; i < lines.length && i < from + 200; i++) {
    for (const c of lines[i]!.replace(/(['"`])(?:\\.|(?!\1).)*\1/g, '')) {
      if ('({['.includes(c)) depth++;
      else if (')}]'.includes(c)) depth--;
    }
    if (depth <= 0) return i;
  }
  return from;
}

/**
 * An MDX table may build its rows in JavaScript from data kept elsewhere ("{donations.map((element) => (<tr><td>
 * {element.title}</td>…</tr>))}", Jellyfin's donation page): the page's text holds the code, not the rows the site shows.
 * Read as rows, members saw "| {element.title} | {element.roles.map((role) => ( {role} ))} |". The html without such
 * expressions (a braced span holding a "<tr"), and whether there was one.
 */
function withoutGeneratedRows(html: string): { html: string; generated: boolean } {
  let out = '';
  let generated = false;
  for (let i = 0; i < html.length; i++) {
    if (html[i] !== '{') {
      out += html[i];
      continue;
    }
    let depth = 0;
    let end = i;
    for (; end < html.length; end++) {
      if (html[end] === '{') depth++;
      else if (html[end] === '}' && --depth === 0) break;
    }
    const expression = html.slice(i, end + 1);
    if (/<tr[\s>]/i.test(expression)) generated = true;
    else out += expression;
    i = end;
  }
  return { html: out, generated };
}

/**
 * An HTML table's rows as a Markdown table: the first row is its header; a cell's inline tags become Markdown. A table
 * whose rows are all built by the page's code shows no row here: its header alone says nothing, and it is left out.
 */
export function htmlTable(source: string): string[] {
  const { html, generated } = withoutGeneratedRows(source);
  const cell = (c: string) => {
    // An HTML <code> shows its entities decoded ("<code>&lt;script …&gt;</code>" reads "<script …>"), which a code
    // span would show as written; so they are decoded here, and the code set aside while the cell's tags go.
    const codes: string[] = [];
    return withSuperscriptDigits(c)
      .replace(BR, ' ')
      .replace(
        /<code>([\s\S]*?)<\/code>/gi,
        (_m, code: string) => `\u0000${codes.push(decodeEntities(code)) - 1}\u0000`,
      )
      .replace(/<(?:b|strong)>([\s\S]*?)<\/(?:b|strong)>/gi, '**$1**')
      .replace(/<a\s[^>]*?href\s*=\s*["']([^"']+)["'][^>]*>([\s\S]*?)<\/a>/gi, '[$2]($1)')
      .replace(/<[^>]+>/g, '')
      .replace(/\u0000(\d+)\u0000/g, (_m, k: string) => `\`${codes[Number(k)]}\``)
      .replace(/\s+/g, ' ')
      .replace(/\|/g, '\\|')
      .trim();
  };
  const tagged = [...html.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/gi)]
    .map((r) => [...r[1]!.matchAll(/<t([hd])([^>]*)>([\s\S]*?)<\/t\1>/gi)])
    .filter((r) => r.length > 0);
  if (tagged.length === 0) return [];
  // A column whose header cell is "data-hidden" is not shown: GitBook's cards ("<table data-view=\"cards\">") keep the
  // page a card opens and its cover picture there. Shown, members read "community-forum.md" and a picture's file name
  // at each row's end.
  const hidden = new Set(tagged[0]!.flatMap((c, k) => (/\bdata-hidden\b/i.test(c[2]!) ? [k] : [])));
  const rows = tagged.map((r) => r.filter((_c, k) => !hidden.has(k)).map((c) => cell(c[3]!)));
  if (rows.every((r) => r.length === 0) || (generated && rows.length === 1)) return [];
  if (rows.length > 1 && rows[0]!.every((c) => c === '')) return cardParagraphs(rows.slice(1));
  const width = Math.max(...rows.map((r) => r.length));
  const line = (r: string[]) => `| ${[...r, ...new Array<string>(width - r.length).fill('')].join(' | ')} |`;
  return [line(rows[0]!), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)];
}
