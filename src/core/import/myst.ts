import { ATX } from './atx-heading.js';
import { evalRstMarkdown } from './myst-eval-rst.js';
import { refName, roleText, type RstReferences } from './rst-inline.js';
import { ADMONITIONS, VERSION_NOTES } from './rst-directives.js';
import { alignedColumns, csvRows, listTableRows, plainCell, TABLE_INFO } from './rst-tables.js';
import { slugify } from './slug.js';
import { closingFence } from '../knowledge/fences.js';

/**
 * MyST Markdown (Sphinx's Markdown, myst-parser; Jupyter Book) → the Markdown the rest of the importer reads.
 *
 * A Sphinx project may keep its pages as Markdown with Sphinx's directives and roles written MyST's way:
 * "```{note}" fences, ":::{warning}" colon fences, "{guilabel}`Settings`" roles, "(label)=" targets, "% comments"
 * and "Term" / ": definition" lists. Read as plain Markdown, every box was a code block, every role showed its braces
 * and backticks, and a target opened the topic as its summary. Each is written here in a form the Markdown reader
 * already shows well: boxes as Docusaurus admonitions (":::note"), tabs as <Tabs>, code as fences, roles as
 * Sphinx shows them (the reST reader's own `roleText`), and what Sphinx never shows (toctrees, pictures, targets,
 * comments) left out.
 */

/** A directive's fence: three backticks or colons or more, the directive's name in braces, its argument after. */
export const DIRECTIVE = /^(\s*)(`{3,}|:{3,})\{([\w:.-]+)\}\s*(.*?)\s*$/;
/** A code span ("`sync --all`", "``a `b` c``"), and the role name that may stand right before it. */
const CODE_SPAN = /(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g;
/** "{guilabel}" right before a code span makes it a role: "{guilabel}`Settings`", "{py:func}`sync`". */
const ROLE_NAME = /(?<![\w@$}])\{([\w:+.-]+)\}$/;
/** A target set on its own line, naming what follows it: "(sharing-files)=". */
const TARGET = /^\s*\(([^()\s]+)\)=\s*$/;
/**
 * A plain code fence: nothing inside it is MyST. After backticks no backtick may follow on the line ("```setx PATH```"
 * is inline code, as CommonMark and the Markdown reader read it): read as a fence, it hid the rest of the page's MyST.
 */
export const CODE_FENCE = /^(\s*)(`{3,}(?=[^`]*$)|~{3,})(?!\s*\{)/;

/**
 * The line that closes the fence (`open`: its marks, backticks, tildes or colons) opened on line `at`, at any indent as
 * MyST allows; the page's end when none does.
 */
export function fenceEnd(lines: readonly string[], at: number, open: string): number {
  const closes = closingFence(open, true);
  let end = at + 1;
  while (end < lines.length && !closes.test(lines[end]!)) end++;
  return end;
}
/** A directive fence or a target: either makes a page MyST (so does a role, see `hasRole`). */
const MYST_MARK = /^\s*(?:`{3,}|:{3,})\{[\w:.-]+\}|^\s*\([^()\s]+\)=\s*$/m;

/**
 * Boxes: shown as the Markdown reader shows a Docusaurus admonition, led by their label. The reST reader's boxes, less
 * the two that carry a title of their own ("See also", an admonition's argument), which are read apart below.
 */
const BOXES = new Set([...ADMONITIONS].filter((name) => name !== 'seealso' && name !== 'admonition'));
const CODE = new Set(['code-block', 'code', 'sourcecode', 'code-cell', 'math', 'parsed-literal']);
/** Directives whose content a reader never sees as text: navigation, pictures, files for the build, diagram sources. */
const HIDDEN = new Set([
  'toctree',
  'contents',
  'index',
  'raw',
  'include',
  'literalinclude',
  'image',
  'tabularcolumns',
  'mermaid',
  'graphviz',
  'plantuml',
  'youtube',
  'video',
  'todo',
  'meta',
]);

/** The page's lines with its MyST written as plain Markdown; a page without MyST comes back as it is. */
export function mystToMarkdown(lines: readonly string[]): string[] {
  if (!MYST_MARK.test(lines.join('\n')) && !lines.some(hasRole)) return [...lines];
  const refs: RstReferences = {
    targets: new Map(),
    substitutions: new Map(),
    sectionTitles: targetTitles(lines),
    abbreviations: new Set(),
  };
  return block(lines, refs);
}

/** Each "(label)=" with the heading it stands above: what {ref}`label` shows. */
function targetTitles(lines: readonly string[]): Map<string, string> {
  const titles = new Map<string, string>();
  lines.forEach((l, i) => {
    const label = TARGET.exec(l)?.[1];
    if (!label) return;
    let j = i + 1;
    while (j < lines.length && (lines[j]!.trim() === '' || TARGET.test(lines[j]!))) j++;
    const heading = ATX.exec(lines[j] ?? '')?.[2];
    if (heading) titles.set(refName(label), heading.replace(/[`*_]/g, ''));
  });
  return titles;
}

/** Lines of Markdown with MyST in them (a page, or a directive's content), converted. */
function block(lines: readonly string[], refs: RstReferences, inDefinition = false): string[] {
  const out: string[] = [];
  /** The level of the last heading read: headings inside an "{eval-rst}" fence go under it. */
  let level = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const directive = DIRECTIVE.exec(line);
    if (directive) {
      const [, indent, fence, name, arg] = directive as unknown as [string, string, string, string, string];
      // The fence closes at a line of the same character, as long or longer; a directive holding another uses a
      // longer fence for itself, so the first such line is its own.
      const end = fenceEnd(lines, i, fence);
      const body = lines.slice(i + 1, end).map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l.trimStart()));
      const text =
        name.toLowerCase() === 'eval-rst'
          ? evalRstMarkdown(body, level, refs.sectionTitles)
          : directiveText(name.toLowerCase(), arg, body, refs);
      out.push(...text.map((l) => (l === '' ? '' : indent + l)));
      i = end;
      continue;
    }
    const code = CODE_FENCE.exec(line);
    if (code) {
      const end = fenceEnd(lines, i, code[2]!);
      out.push(...lines.slice(i, end + 1));
      i = end;
      continue;
    }
    // Targets, comments ("% note to the authors") and block breaks ("+++") show nothing on the site.
    if (TARGET.test(line) || /^\s*%/.test(line) || /^\s*\+\+\+/.test(line)) continue;
    // A definition list ("Sync folder" / ": The folder that…"): the term leads its definition, as the reST reader
    // writes a term.
    const definition = /^\s*:\s+(.*)$/.exec(lines[i + 1] ?? '');
    if (definition && line.trim() !== '' && !/^\s*(?:[-*+]|\d+[.)]|#|>|\|)/.test(line)) {
      // One holding another definition list or a list, or one inside a definition, is the bullet list of bold terms
      // the reST reader writes for such a list, each definition's lists under its term.
      const list = definitionEntries(lines, i);
      if (inDefinition || list.some((e) => holdsList(e, list.length))) {
        out.push(...list.flatMap((e) => definitionItem(e, refs)), '');
        i = list.at(-1)!.end - 1;
        continue;
      }
      const term = roles(line.trim(), refs).replace(/[:：]$/, '');
      const text = [definition[1]!];
      let end = i + 2;
      for (; end < lines.length && /^\s+\S/.test(lines[end]!) && !/^\s*:\s/.test(lines[end]!); end++)
        text.push(lines[end]!.trim());
      out.push(`**${term}:** ${roles(text.join(' '), refs)}`, '');
      i = end - 1;
      continue;
    }
    const heading = ATX.exec(line);
    if (heading) level = heading[1]!.length;
    out.push(roles(line, refs));
  }
  return out;
}

/** One entry of a MyST definition list: its term, its definition's lines under the colon, and the line past them. */
interface DefinitionEntry {
  term: string;
  body: string[];
  end: number;
}

const DEFINITION_LINE = /^(\s*):(\s+)(.*)$/;
const LIST_LINE = /^(?:[-*+]|\d{1,9}[.)])\s/;

/**
 * The entries of the definition list whose first term is at `from` ("General" / ": Options…"): each term with its
 * definition, the lines after ": " and those indented under it (a second ": " of the same term a paragraph more), taken
 * out of their indentation; the next entry is a term at the first's indentation right over its ": ".
 */
function definitionEntries(lines: readonly string[], from: number): DefinitionEntry[] {
  const indentOf = (l: string) => /^\s*/.exec(l)![0].length;
  const indent = indentOf(lines[from]!);
  const colonAt = (l: string | undefined) => {
    const colon = DEFINITION_LINE.exec(l ?? '');
    return colon && colon[1]!.length === indent ? colon : null;
  };
  const entries: DefinitionEntry[] = [];
  for (let term = from; ; ) {
    const body: string[] = [];
    // The definition's text starts after ": " (its margin); lines under it are taken out of that much indentation.
    let margin = indent + 2;
    let end = term + 1;
    for (; end < lines.length; end++) {
      const line = lines[end]!;
      const colon = colonAt(line);
      if (colon) {
        if (body.length > 0) body.push('');
        body.push(colon[3]!);
        margin = indent + 1 + colon[2]!.length;
      } else if (line.trim() === '' || indentOf(line) > indent) body.push(line.slice(Math.min(margin, indentOf(line))));
      else break;
    }
    while (body.length > 0 && body.at(-1)!.trim() === '') {
      body.pop();
      end--;
    }
    entries.push({ term: lines[term]!.trim(), body, end });
    let next = end;
    while (next < lines.length && lines[next]!.trim() === '') next++;
    if (next >= lines.length || indentOf(lines[next]!) !== indent || !colonAt(lines[next + 1])) return entries;
    term = next;
  }
}

/**
 * Whether a definition holds a definition list of its own, or (in a list of several terms) a bullet or numbered list:
 * read as terms over paragraphs, the inner terms stood beside the outer ones, and a list, the section's first, was
 * taken for its steps, the terms around it its intro and notes.
 */
function holdsList(entry: DefinitionEntry, terms: number): boolean {
  const atMargin = (l: string | undefined) => l !== undefined && /^\S/.test(l);
  return entry.body.some(
    (l, k) =>
      k > 0 &&
      atMargin(l) &&
      ((terms > 1 && LIST_LINE.test(l)) || (atMargin(entry.body[k + 1]) && DEFINITION_LINE.test(entry.body[k + 1]!))),
  );
}

/**
 * A definition list's entry as an item of the bullet list of bold terms the reST reader writes for a definition list
 * holding another (rst-definitions.ts): the term bold with its colon, its first paragraph after it, and the rest of its
 * definition under it, a definition list there bulleted in turn.
 */
function definitionItem(entry: DefinitionEntry, refs: RstReferences): string[] {
  const first = entry.body.findIndex(
    (l, k) => l.trim() === '' || (k > 0 && (LIST_LINE.test(l) || DEFINITION_LINE.test(entry.body[k + 1] ?? ''))),
  );
  const split = first < 0 ? entry.body.length : first;
  const lead = entry.body
    .slice(0, split)
    .map((l) => l.trim())
    .join(' ');
  const term = roles(entry.term, refs).replace(/[:：]$/, '');
  const rest = block(entry.body.slice(split), refs, true).map((l) => (l.trim() === '' ? '' : `  ${l}`));
  return [`- **${term}:** ${roles(lead, refs)}`.trimEnd(), ...rest];
}

/** Whether a line holds a role. A name in braces inside code ("`@{username}`", a template's "`{date}`") is none. */
const hasRole = (line: string) => roles(line, null) !== line;

/**
 * A line's roles as Sphinx shows them (an icon role shows nothing); with no `refs`, the line unchanged but for its roles
 * taken out, to tell whether it has any. Code spans are read left to right, so braces inside one are never a role.
 */
function roles(line: string, refs: RstReferences | null): string {
  let out = '';
  let from = 0;
  for (const span of line.matchAll(CODE_SPAN)) {
    const before = line.slice(from, span.index);
    const name = ROLE_NAME.exec(before);
    if (!name) {
      out += before + span[0];
    } else if (refs === null) {
      out += before.slice(0, name.index);
    } else {
      const role = name[1]!;
      const shown = roleText(role.split(':').pop() ?? role, span[2]!.trim(), refs);
      const icon = shown === null || /^(?:octicon|fa[srb]?|material-\w+)$/.test(role);
      out += before.slice(0, name.index) + (icon ? '' : shown.code ? `\`${shown.text}\`` : shown.text);
    }
    from = span.index + span[0].length;
  }
  return out + line.slice(from);
}

/**
 * A directive's content without its options: ":key: value" lines right under the fence, or a YAML block between
 * "---" lines. The options, read, for the few that change what a member sees (a box's class, a table's header).
 */
function withoutOptions(body: readonly string[]): { content: string[]; options: Map<string, string> } {
  const options = new Map<string, string>();
  let k = 0;
  if (body[0]?.trim() === '---') {
    const close = body.findIndex((l, j) => j > 0 && l.trim() === '---');
    for (const l of body.slice(1, Math.max(close, 0))) {
      const m = /^\s*([\w-]+)\s*:\s*(.*)$/.exec(l);
      if (m) options.set(m[1]!, m[2]!.trim());
    }
    k = close < 0 ? 0 : close + 1;
  } else {
    for (; k < body.length; k++) {
      const m = /^\s*:([\w-]+):(?:\s+(.*))?$/.exec(body[k]!);
      if (!m) break;
      options.set(m[1]!, (m[2] ?? '').trim());
    }
  }
  return { content: body.slice(k), options };
}

/** The colons a box needs around its content: more than any box inside it uses. */
function boxFence(content: readonly string[]): string {
  const inner = Math.max(2, ...content.map((l) => /^\s*(:{3,})/.exec(l)?.[1]?.length ?? 0));
  return ':'.repeat(inner + 1);
}

/** A box, in the form the Markdown reader shows with its label: ":::note[Label]". */
function box(type: string, label: string, content: readonly string[]): string[] {
  const fence = boxFence(content);
  return ['', `${fence}${type}${label ? `[${label}]` : ''}`, ...content, fence, ''];
}

function directiveText(name: string, arg: string, body: readonly string[], refs: RstReferences): string[] {
  const { content, options } = withoutOptions(body);
  const inner = () => block(content, refs);
  if (HIDDEN.has(name)) return [];
  if (name === 'only') return /\bhtml\b/.test(arg) ? inner() : [];
  if (BOXES.has(name))
    // A box takes no argument: words after its name are the first of its text ("```{note} Sync stops when…").
    return box(name, '', block(arg ? [roles(arg, refs), ...content] : content, refs));
  if (name === 'seealso') return box('note', 'See also', block(arg ? [arg, ...content] : content, refs));
  // A box with a title of its own; its class ("tip", "warning") says which kind.
  if (name === 'admonition' || name === 'dropdown') {
    const kind = (options.get('class') ?? '').split(/\s+/).find((c) => BOXES.has(c)) ?? 'note';
    return box(kind, roles(arg, refs) || (name === 'dropdown' ? '' : 'Note'), inner());
  }
  if (VERSION_NOTES[name]) return box('note', `${VERSION_NOTES[name]} ${arg}`.trim(), inner());
  if (CODE.has(name)) {
    const fence = content.some((l) => /^\s*```/.test(l)) ? '````' : '```';
    return ['', `${fence}${name === 'math' ? '' : arg}`, ...content, fence, ''];
  }
  // A figure's caption, its first paragraph, names a picture the member does not see; a legend after it stays.
  if (name === 'figure') {
    const first = content.findIndex((l) => l.trim() !== '');
    let past = first;
    while (past >= 0 && past < content.length && content[past]!.trim() !== '') past++;
    return first < 0 ? [] : block(content.slice(past), refs);
  }
  // sphinx-design tabs, as the Markdown reader reads Docusaurus' own.
  if (name === 'tab-set' || name === 'tabs') return ['', '<Tabs>', '', ...inner(), '', '</Tabs>', ''];
  if (name === 'tab-item' || name === 'tab') {
    const label = roles(arg, refs);
    return [
      '',
      `<TabItem value="${slugify(label) || 'tab'}" label="${label.replace(/"/g, "'")}">`,
      '',
      ...inner(),
      '',
      '</TabItem>',
      '',
    ];
  }
  // Tables written as lists or CSV: their rows, columns aligned in a code block, as the reST reader keeps them.
  if (name === 'list-table' || name === 'csv-table') {
    const rows = name === 'list-table' ? listTableRows(content) : csvRows(content, options.get('header') || undefined);
    const cells = rows.map((row) => row.map((cell) => plainCell(roles(cell.replace(/\n/g, ' '), refs))));
    return ['', ...(arg ? [roles(arg, refs), ''] : []), `\`\`\`${TABLE_INFO}`, ...alignedColumns(cells), '```', ''];
  }
  // Any other directive (table, glossary, card, grid, topic, rubric, a domain's object) wraps text a member may
  // need: its argument, then its content, read in place.
  return ['', ...(arg ? [roles(arg, refs), ''] : []), ...inner(), ''];
}
