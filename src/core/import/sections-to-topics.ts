import { stringify } from 'yaml';
import { deriveAliases } from './aliases.js';
import { splitBlocks, type Block } from './blocks.js';
import { DISCORD_COMMAND_LIMIT, MAX_GUIDE_COMMANDS } from '../knowledge/builtin-commands.js';
import { CommandAllocator } from './commands.js';
import type { VersionsLeftOut } from './docusaurus-instances.js';
import { markedQuestion, withoutAnswerMark, withoutQuestionMark } from './faq-marks.js';
import { filterLinks, type DroppedLink } from './link-filter.js';
import { clip, headingKey, plainText, sentences } from './plain-text.js';
import { applyPseudoHeadings, hasPseudoHeadings } from './pseudo-headings.js';
import type { ParsedDocument, Section } from './section-tree.js';
import { mergeRepeatedHeadings } from './repeated-heading.js';
import { isNavigation } from './navigation.js';
import { placeholderText, withoutNotesToAuthors } from './placeholder.js';
import { isPlansBadge } from './plans-badge.js';
import { foldReleaseNotes } from './release-notes.js';
import { INDEX_PAGE, titleFromFileName, tooShortTitle } from './file-title.js';
import { IdAllocator } from './slug.js';
import { BOXED, buildSectionBody, renderBlock, type SectionBody, type StepSource } from './steps.js';

/**
 * Section tree → topic files. Every decision a human may want to review (renamed ids, steps made
 * from prose, links removed, empty sections) is recorded in the report rather than done silently.
 */

export interface ReportTopic {
  id: string;
  file: string;
  title: string;
  /**
   * The source heading exactly as written, inline markup removed (the title may be clipped or padded). A
   * topic cut at a bold line standing in for a heading carries the heading of the section it sits in.
   */
  heading: string;
  section: string;
  /** 0 for the document title or a top-level section, +1 per nesting level. */
  depth: number;
  parent: string | null;
  steps: number;
  stepsFrom: StepSource;
  command?: string;
  chars: number;
}

export interface ImportReport {
  source: string;
  format: string;
  topics: ReportTopic[];
  droppedLinks: Array<DroppedLink & { topic: string }>;
  emptySections: Array<{ title: string; action: 'skipped' | 'overview'; detail: string }>;
  renamed: Array<{ title: string; wanted: string; id: string }>;
  warnings: string[];
  /** A versioned Docusaurus site's old versions the import left out (see guide-pages.ts); absent when none. */
  versionsLeftOut?: VersionsLeftOut[];
}

export interface ImportResult {
  topics: Array<{ file: string; text: string }>;
  report: ImportReport;
}

interface Node {
  section: Section;
  parent: Node | null;
  children: Node[];
  depth: number;
  blocks: Block[];
  body: SectionBody;
  summary: string;
  skipped: boolean;
  id: string;
  /** Links removed from this section's own text before anything (summary, overview) reused it. */
  dropped: DroppedLink[];
  /** Only links to other pages ("Related articles"): skipped, see navigation.ts. */
  navigation: boolean;
  /** Its own text is only a placeholder ("TODO"), treated as no text: see placeholder.ts. */
  placeholder: string | null;
  /** Notes to the authors ("(TODO add screenshot)") taken out of its text, for the report. */
  notesToAuthors: string[];
}

/**
 * A bold label alone on its line, ending on a colon, right over a list: a box's title over the list the box holds
 * ("**How to create a backup:**"), or the same line written by the page. A sentence cut short ("Drawing preferences
 * have two purposes, they allow users to:") names nothing.
 */
const LIST_HEADER = /^\*\*[^*\n,;]+:\*\*$/;
const EMPTY_CODE_BLOCK = /^[ \t]*```[^\n`]*\n(?:[ \t]*\n)*[ \t]*```[ \t]*$\n?/gm;
/** Guides rarely keep topics this short, but the README asks for it: flag longer ones for a look. */
const LONG_BODY = 1200;

/**
 * A step's later lines, under its number. A sub-step's own number ("1. **Desktop**: …") goes four spaces in: at
 * three, the topic's reader (knowledge/topic-body.ts) would take it for a step of the topic.
 */
const underStep = (step: string) =>
  step.replace(/\n(?!\n)(\d{1,9}[.)]\s)?/g, (_m, n?: string) => (n ? `\n    ${n}` : '\n   '));

/** A title with what tells it apart in brackets, within 100 characters: the bracket is shortened, never left open. */
function qualified(title: string, by: string): string {
  const room = 100 - title.length - 3;
  return room >= 12 ? `${title} (${clip(by, room)})` : clip(`${title} (${by})`, 100);
}

/** Whether a title says the tab's name already ("Android 14 and later" in the "Android" tab): every word of it. */
function namesTab(title: string, tab: string): boolean {
  const words = (s: string) =>
    plainText(s)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const own = new Set(words(title));
  const named = words(tab);
  return named.length > 0 && named.every((w) => own.has(w));
}

/** The first line of a headless document is its title when it looks like one: short, no full stop, alone. */
function firstLineTitle(lines: string[]): string | null {
  const i = lines.findIndex((l) => l.trim() !== '');
  const line = plainText(lines[i] ?? '');
  if (i < 0 || tooShortTitle(line) || line.length > 80 || /[.!?,;:]$/.test(line) || (lines[i + 1] ?? '').trim() !== '')
    return null;
  lines.splice(i, 1);
  return line;
}

/**
 * The heading the source wrote over a topic's text. A bold line standing in for a heading is the topic's
 * title, not a heading of the source: such a topic carries the heading of the section it sits in, which is
 * what someone naming the guide's headings would name (its bold text stays its title).
 */
function sourceHeading(n: Node): string {
  for (let at: Node | null = n; at; at = at.parent)
    if (at.section.origin === 'heading') return plainText(at.section.title);
  return plainText(n.section.title);
}

/** The headings above a topic, nearest last ("Getting logs in case of crashes" above "macOS systems"). */
function headingPath(n: Node): string[] {
  const path: string[] = [];
  for (let at = n.parent; at; at = at.parent) if (!at.skipped) path.unshift(plainText(at.section.title));
  return path;
}

/**
 * A heading's words as a title: a colon it ends on ("#### Installation:") leads into its text on the page, and as a
 * title it read "Installation: (Docker CLI)", and "**Installation:**: For details…" in the overview above it. A step
 * number written against its first word ("## 2.Login to Your Server") is set off from it: "2.Login" reads as a host
 * name to the link rule, which took it out and left the title "to Your Server".
 */
const titleText = (heading: string) =>
  plainText(withoutQuestionMark(heading))
    .replace(/^(\d{1,3})\.(?=\p{Lu}\p{Ll})/u, '$1. ')
    .replace(/\s*:\s*$/, '');

const hasContent = (lines: readonly string[]) => lines.some((l) => l.trim() !== '');

/** A section one level deeper, with everything under it. */
const bump = (s: Section): Section => ({ ...s, level: s.level + 1, children: s.children.map(bump) });

/**
 * Decide what the roots of the topic tree are; see the report's warnings for the headless cases. `navTitle`: the
 * page's title in its site's navigation, which names it before its first line or its file name, as the site does.
 */
function rootsOf(
  doc: ParsedDocument,
  fileName: string,
  warnings: string[],
  navTitle?: string,
): { roots: Section[]; docTitle: boolean } {
  const preamble = [...doc.preamble];
  if (doc.sections.length === 0) {
    const fromLine = navTitle === undefined ? firstLineTitle(preamble) : undefined;
    const title = navTitle ?? fromLine ?? titleFromFileName(fileName);
    const pseudo = hasPseudoHeadings(preamble);
    const from = navTitle !== undefined ? "site's navigation" : fromLine ? 'first line' : 'file name';
    warnings.push(
      `no headings found: imported as one topic titled "${title}" (from the ${from})` +
        (pseudo ? ', with its bold pseudo-headings as sub-topics' : ''),
    );
    return {
      roots: applyPseudoHeadings([{ title, level: 1, lines: preamble, children: [], origin: 'named' }]),
      docTitle: true,
    };
  }
  // A lone "## Settings" under a page's opening text is one of its sections, not its title: it goes below.
  const lone = doc.sections.length === 1 && !(doc.noTitleHeading && hasContent(preamble));
  if (lone) {
    // A page's one title with a note or a version line above it (".. warning::" before the title): the note is the
    // page's, read as the first of its text rather than as a topic of its own.
    const [only] = doc.sections as [Section];
    const lines = hasContent(preamble) ? [...preamble, '', ...only.lines] : only.lines;
    return { roots: applyPseudoHeadings([{ ...only, lines }]), docTitle: true };
  }
  if (hasContent(preamble)) {
    // Text before the first heading needs a home: a topic named after the file, above the sections.
    const title = navTitle ?? titleFromFileName(fileName);
    warnings.push(
      `text before the first heading became the topic "${title}" (named from the ${navTitle !== undefined ? "site's navigation" : 'file'})`,
    );
    return {
      roots: applyPseudoHeadings([
        { title, level: 1, lines: preamble, children: doc.sections.map(bump), origin: 'named' },
      ]),
      docTitle: true,
    };
  }
  return { roots: applyPseudoHeadings(doc.sections), docTitle: false };
}

/**
 * Whether text opens with a Markdown table: a header row between pipes ("| Level | Public |"), or one over a "|---|"
 * line ("|OS | Has issue"), not a reST line block ("| 1. Open the dialog."), whose lines are text.
 */
function opensWithTable(text: string): boolean {
  const [head = '', rule = ''] = text.trimStart().split('\n');
  return /^\s*\|/.test(head) && (/\|\s*$/.test(head) || /^\s*\|?\s*:?-{3,}/.test(rule));
}

/** A paragraph that is one parenthesis: "(Version >= 1.21.0)", "(Linux only.)". */
const ASIDE = /^\((?:[^()]|\([^()]*\))*\)\.?$/;
/**
 * One line for menus and the parent's overview: the intro's first sentence, or the first step.
 * An intro that only announces a list ("You can log in via:") is completed with the list itself.
 */
/** A step's first line shorter than this many words is a lead or a label ("In short:", "ID: 1"), not what it is about. */
const LEAD_WORDS = 4;

/**
 * A step's first line, with the lines after it while it is only a lead into them ("In short:" over "4.0xx = stable")
 * or a label and its value ("ID: 1" over "Author: steadyjaw"): a line break the page wrote (a `<br>`, a trailing
 * backslash, two spaces) ends a line, not the thought, and "In short:" alone summed up nothing. A table's row or code
 * is no sentence to add.
 */
function stepLead(step: string): string {
  const lines = step
    .replace(/```[\s\S]*?```/g, '')
    .split('\n')
    .map((l) => l.trim().replace(/^(?:[-*+]|\d{1,9}[.)])\s+/, ''))
    .filter((l) => l !== '');
  let lead = lines[0] ?? '';
  for (const line of lines.slice(1)) {
    const plain = plainText(lead);
    if (plain.split(/\s+/).length >= LEAD_WORDS || /^[|`]/.test(line)) break;
    lead = `${lead}${plain.endsWith(':') ? ' ' : '; '}${line}`;
  }
  return lead;
}

function summaryOf(body: SectionBody): string {
  // A section of code alone (a command, or a reST table kept in a code block) has no sentence: its one step's lead,
  // "Use this:", summed up 114 of Mixxx's controller tables. The title alone says it, as for a Markdown table.
  if (body.from === 'code') return '';
  const paras = body.intro.filter((b) => b.kind === 'para');
  // A warning or a version note above the text ("Warning: this feature is beta") says what to mind, not what the
  // section is about: the first paragraph of the section's own text sums it up, when there is one.
  // A section whose only paragraphs are boxes is summed up by its first step, when it has one.
  // A table is no sentence: the paragraph after it sums the section up; without one, the title alone does (the list
  // under a tip below the table, "Forum" / "Discord", would not).
  // So does a paragraph wholly in parentheses ("(Version >= 1.21.0)", "(Optional)"): an aside on the section, not
  // what it is about, and a badge naming the plans that have the feature.
  const own = paras.filter((b) => !BOXED.test(b.text) && !ASIDE.test(b.text.trim()) && !isPlansBadge(b.text));
  const para = own.find((b) => !opensWithTable(b.text)) ?? (body.steps.length > 0 ? undefined : paras[0]);
  if (para === undefined && own.length > 0) return '';
  // "**Visit the Login Page**: Open…" is summarised by its title alone.
  const stepHead = (s: string) =>
    plainText(/^\*\*([^*]+)\*\*/.exec(s)?.[1] ?? s.split('\n')[0] ?? '').replace(/:$/, '');
  if (para?.kind !== 'para' && body.from === 'sub-sections') return clip(body.steps.map(stepHead).join('; '), 100);
  // A step that is a table ("| Flag | Environment | Purpose |" over its rows) has no sentence to sum it up with: its
  // header row would read as raw markup, and words further on may be a cell's or a footnote's. The title alone says it.
  const step = body.steps.find((s) => !s.startsWith('```')) ?? '';
  const firstStep = opensWithTable(step) ? '' : stepLead(step);
  const first = plainText(sentences(para?.kind === 'para' ? para.text : firstStep)[0] ?? '');
  if (para?.kind !== 'para' || !first.endsWith(':')) return clip(first, 100);
  return clip(`${first} ${body.steps.map(stepHead).join('; ')}`, 100);
}

function buildNode(section: Section, parent: Node | null, depth: number, allowed: ReadonlySet<string>): Node {
  const { lines: own, notes } = withoutNotesToAuthors(section.lines);
  const lines = markedQuestion(plainText(section.title)) ? withoutAnswerMark(own) : own;
  // Filter links first, so no summary, overview step or alias can carry a forbidden one onwards.
  const filtered = filterLinks(lines.join('\n'), allowed);
  const placeholder = placeholderText(section.lines);
  const blocks = placeholder === null ? splitBlocks(filtered.text.split('\n')) : [];
  const node: Node = {
    section,
    parent,
    children: [],
    depth,
    blocks,
    body: { intro: [], steps: [], notes: [], from: 'none', stepTitles: [] },
    summary: '',
    skipped: false,
    id: '',
    dropped: filtered.dropped,
    navigation: isNavigation(section),
    placeholder,
    notesToAuthors: placeholder === null ? notes : [],
  };
  node.children = section.children.map((c) => buildNode(c, node, depth + 1, allowed));
  const kept = node.children.filter((c) => !c.skipped);
  node.body = buildSectionBody(
    node.blocks,
    kept.map((c) => ({ title: titleText(c.section.title), summary: c.summary })),
  );
  node.skipped = node.body.steps.length === 0 || node.navigation;
  node.summary = summaryOf(node.body);
  return node;
}

function walk(nodes: readonly Node[], visit: (n: Node) => void): void {
  for (const n of nodes) {
    visit(n);
    walk(n.children, visit);
  }
}

/** Parent first, then its own sub-topics, then the nearest siblings: what a reader looks at next. */
function relatedOf(node: Node, siblings: readonly Node[], max = 4): string[] {
  const out: string[] = [];
  const add = (n: Node | null | undefined) => {
    if (n && !n.skipped && n !== node && !out.includes(n.id) && out.length < max) out.push(n.id);
  };
  add(node.parent);
  for (const c of node.children.slice(0, 3)) add(c);
  const at = siblings.indexOf(node);
  for (let d = 1; d < siblings.length && out.length < max; d++) {
    add(siblings[at + d]);
    add(siblings[at - d]);
  }
  return out;
}

/** What an import is told besides the text: the source's name, its format, and the hosts links may point to. */
export interface ImportOptions {
  fileName: string;
  format: string;
  allowedHosts: readonly string[];
}

export function sectionsToTopics(doc: ParsedDocument, opts: ImportOptions): ImportResult {
  const warnings = [...doc.warnings];
  return rootsToTopics(rootsOf(doc, opts.fileName, warnings), warnings, opts);
}

/** One page of a guide kept as many files (a docs site's folder), parsed. */
export interface ParsedPage {
  /** The page's path inside the folder, "sync/conflicts.md": it names the page when nothing else does. */
  fileName: string;
  /** The page's title in the site's navigation (MkDocs' `nav:`): it names the page before its file name does. */
  navTitle?: string;
  doc: ParsedDocument;
}

/**
 * A guide kept as many pages: each page becomes one top-level section, under its own title (its one top heading,
 * else its front matter's title, else its title in mkdocs.yml's nav, else its file name), so a page's headings never
 * nest under the page before it
 * and each page's reST underlines mean what they meant in that page.
 */
export function pagesToTopics(pages: readonly ParsedPage[], opts: ImportOptions): ImportResult {
  const warnings: string[] = [];
  const roots: Section[] = [];
  const pageRoots = new Map<ParsedPage, Section[]>();
  for (const page of pages) {
    const said = [...page.doc.warnings];
    const own = rootsOf(page.doc, page.fileName, said, page.navTitle);
    warnings.push(...said.map((w) => `${page.fileName}: ${w}`));
    const [first, ...others] = own.roots;
    const mine: Section[] = own.docTitle
      ? own.roots
      : // A page of several top headings ("Installation" then "Additional Elements") is titled by its first, as Sphinx
        // and MkDocs title it: the later ones are its sections. Named from the file, it read "Getstarted installation"
        // over a first topic that repeated its own text.
        first && first.origin === 'heading' && !page.doc.noTitleHeading
        ? [{ ...first, children: [...first.children, ...others.map(bump)] }]
        : [
            {
              title: page.navTitle ?? titleFromFileName(page.fileName),
              level: 1,
              lines: [],
              children: own.roots.map(bump),
              origin: 'named',
            },
          ];
    pageRoots.set(page, mine);
    roots.push(...mine);
  }
  // A page title two folders share ("Features" for the Android app and for the iOS app) is told apart by the folder:
  // its index page's title, else its name; and by the folders above it as far as it takes ("Assistant" in
  // android/features/ and ios/features/ is "Assistant (Features, AdGuard for iOS)").
  const folderOf = (fileName: string) => fileName.split(/[\\/]/).slice(0, -1).join('/');
  const indexOf = new Map(
    pages.filter((p) => INDEX_PAGE.test(p.fileName)).map((p) => [folderOf(p.fileName), p] as const),
  );
  const folderTitle = (folder: string) => {
    const index = indexOf.get(folder);
    return (index && pageRoots.get(index)?.[0]?.title) || titleFromFileName(`${folder}/index.md`);
  };
  /** The titles of the folders a page sits in, nearest first (an index page names the folders above its own). */
  const placesOf = (page: ParsedPage): string[] => {
    const places: string[] = [];
    let folder = folderOf(page.fileName);
    if (INDEX_PAGE.test(page.fileName)) folder = folderOf(folder);
    for (; folder; folder = folderOf(folder)) places.push(folderTitle(folder));
    return places;
  };
  const byTitle = new Map<string, ParsedPage[]>();
  for (const [page, mine] of pageRoots) {
    const key = headingKey(mine[0]?.title ?? '');
    byTitle.set(key, [...(byTitle.get(key) ?? []), page]);
  }
  for (const group of byTitle.values()) {
    const places = group.map(placesOf);
    // As few folders as tell the group's pages apart (all of them when nothing does).
    const longest = Math.max(0, ...places.map((p) => p.length));
    let depth = 1;
    while (depth < longest && new Set(places.map((p) => p.slice(0, depth).join(', '))).size < group.length) depth++;
    group.forEach((page, i) => {
      const place = places[i]!.slice(0, depth).join(', ');
      if (place) for (const root of pageRoots.get(page)!) root.folder = place;
    });
  }
  return rootsToTopics({ roots, docTitle: pages.length === 1 && roots.length === 1 }, warnings, opts);
}

function rootsToTopics(
  { roots, docTitle }: { roots: Section[]; docTitle: boolean },
  warnings: string[],
  opts: ImportOptions,
): ImportResult {
  const allowed = new Set(opts.allowedHosts.map((h) => h.toLowerCase()));
  const tree = mergeRepeatedHeadings(foldReleaseNotes(roots)).map((s) => buildNode(s, null, 0, allowed));
  const report: ImportReport = {
    source: opts.fileName,
    format: opts.format,
    topics: [],
    droppedLinks: [],
    emptySections: [],
    renamed: [],
    warnings,
  };

  const ids = new IdAllocator();
  const commands = new CommandAllocator();
  walk(tree, (n) => {
    const title = plainText(n.section.title) || '(untitled)';
    if (n.navigation) report.emptySections.push({ title, action: 'skipped', detail: 'only links to other pages' });
    else if (n.blocks.length === 0) {
      const none = n.placeholder === null ? 'no content' : `only a placeholder ("${clip(n.placeholder, 40)}")`;
      report.emptySections.push(
        n.skipped
          ? { title, action: 'skipped', detail: `${none} and no sub-sections` }
          : {
              title,
              action: 'overview',
              detail: `${none} of its own: its steps list its ${n.children.filter((c) => !c.skipped).length} sub-section(s)`,
            },
      );
    }
    // Said like a placeholder section: what the authors meant to write is a question for staff until they do.
    for (const note of n.notesToAuthors)
      warnings.push(`"${title}": a note to the authors left out ("${clip(note, 60)}")`);
    if (n.skipped) return;
    const { id, base } = ids.next(title);
    n.id = id;
    if (id !== base) report.renamed.push({ title, wanted: base, id });
  });

  /** The page (top-level section) a node sits in. */
  const topOfTree = (n: Node): Node => {
    let t = n;
    while (t.parent) t = t.parent;
    return t;
  };
  // A heading the guide writes more than once ("Introduction" atop seven pages, "Windows" under two) would reach
  // members as buttons and commands they cannot tell apart: such a topic is titled with its section's heading too.
  const keyOf = (n: Node) => headingKey(n.section.title);
  const headingCount = new Map<string, number>();
  walk(tree, (n) => {
    if (!n.skipped) headingCount.set(keyOf(n), (headingCount.get(keyOf(n)) ?? 0) + 1);
  });
  const repeated = (n: Node) => (headingCount.get(keyOf(n)) ?? 0) > 1;
  // Its section's heading may repeat too ("Standard options" under "Configuration" on two pages): then the page's
  // heading tells them apart as well, "Standard options (Configuration, Crypt)".
  const qualifierOf = new Map<Node, string>();
  /** The heading above a repeated one that first tells it apart. */
  const toldApartBy = new Map<Node, Node>();
  const qualifiedCount = new Map<string, number>();
  /** A repeated heading together with what first tells it apart. */
  const qualifiedKey = (n: Node, q: string) => `${keyOf(n)}\u0000${q.toLowerCase()}`;
  // A page's own title is told apart only from another page's: a sub-section of that name is qualified already.
  const pageCount = new Map<string, number>();
  for (const n of tree) if (!n.skipped) pageCount.set(keyOf(n), (pageCount.get(keyOf(n)) ?? 0) + 1);
  walk(tree, (n) => {
    if (n.skipped) return;
    // A heading written in a tab ("Turn on notifications" in the "Android" tab) is one of the tabs' alternatives, even
    // when no other tab words it the same: without its tab's name, members saw "Turn on notifications" and "Allow
    // notifications" side by side and could not tell which phone each was for. A title that names its tab already
    // ("### Web Vault" in the "Web Vault" tab) is told apart, when repeated, as any heading is: "Web Vault (Web Vault)".
    const tab =
      n.section.qualifier !== undefined && !namesTab(n.section.title, n.section.qualifier)
        ? n.section.qualifier
        : undefined;
    if (tab === undefined && (!repeated(n) || (!n.parent && (pageCount.get(keyOf(n)) ?? 0) < 2))) return;
    // The nearest heading above it that says something else: "How to generate HAR files" under a section of that
    // name is told apart by the page above both.
    let above = n.parent;
    while (above && headingKey(above.section.title) === keyOf(n)) above = above.parent;
    const by = tab ?? n.section.folder ?? (above ?? n.parent)?.section.title;
    if (by === undefined) return;
    const q = plainText(by).trim();
    qualifierOf.set(n, q);
    if (tab === undefined && n.section.folder === undefined && above) toldApartBy.set(n, above);
    const key = qualifiedKey(n, q);
    qualifiedCount.set(key, (qualifiedCount.get(key) ?? 0) + 1);
  });
  // Which pages hold each repeated title: a folder tells two apart only when they sit on different pages.
  const pagesOf = new Map<string, Set<Node>>();
  /** The topics that carry each repeated title, with what first tells it apart. */
  const holders = new Map<string, Node[]>();
  for (const [n, q] of qualifierOf) {
    const key = qualifiedKey(n, q);
    pagesOf.set(key, (pagesOf.get(key) ?? new Set()).add(topOfTree(n)));
    holders.set(key, [...(holders.get(key) ?? []), n]);
  }
  const firstQualifier = new Map(qualifierOf);
  for (const [n, q] of firstQualifier) {
    const key = qualifiedKey(n, q);
    const page = topOfTree(n);
    if ((qualifiedCount.get(key) ?? 0) <= 1 || page === n) continue;
    // On one page, the page's title tells nothing apart: the nearest heading above that the others do not sit under
    // does ("Result (Step 1, Example 3: Denylisting)" and "… Example 4: Allowlisting", not twice "Result (Step 1,
    // Per-client blocking example)").
    if (pagesOf.get(key)!.size === 1) {
      const others = holders.get(key)!.filter((o) => o !== n);
      const chainOf = (o: Node) => {
        const keys = new Set<string>();
        for (let a = toldApartBy.get(o)?.parent; a && a !== page; a = a.parent) keys.add(headingKey(a.section.title));
        return keys;
      };
      const theirs = others.flatMap((o) => [...chainOf(o)]);
      let apart = toldApartBy.get(n)?.parent;
      while (apart && apart !== page && theirs.includes(headingKey(apart.section.title))) apart = apart.parent;
      if (apart && apart !== page) {
        qualifierOf.set(n, [q, plainText(apart.section.title).trim()].join(', '));
        continue;
      }
    }
    // The page's title; or, when the section sits right under its page and the page's title is shared too, the
    // page's folder ("Installation (Features, AdGuard for iOS)").
    const more = page !== n.parent ? page.section.title : pagesOf.get(key)!.size > 1 ? page.section.folder : undefined;
    // Pages that share their title too ("Apache" for Debian and for AlmaLinux) are told apart by their folder as well:
    // "1. Install Shibboleth (Optional: Shibboleth, Apache)" named two topics.
    const folder =
      page !== n.parent && pagesOf.get(key)!.size > 1 && (pageCount.get(keyOf(page)) ?? 0) > 1
        ? page.section.folder
        : undefined;
    if (more) qualifierOf.set(n, [q, more, folder].flatMap((t) => (t ? [plainText(t).trim()] : [])).join(', '));
  }

  const topics: ImportResult['topics'] = [];
  /** The "section" a topic is listed under: its top-level section (the document title stands alone). */
  const topOf = (n: Node): Node => {
    let t = n;
    while (t.parent && !(docTitle && t.parent.parent === null)) t = t.parent;
    return t;
  };
  walk(tree, (n) => {
    if (n.skipped) return;
    const dropped: DroppedLink[] = [...n.dropped];
    const clean = (s: string) => {
      const r = filterLinks(s, allowed);
      dropped.push(...r.dropped);
      // A code block that held only removed links would reach members as an empty box.
      return r.text.replace(EMPTY_CODE_BLOCK, '');
    };
    let title = clip(clean(titleText(n.section.title)).trim(), 100);
    if (tooShortTitle(title)) {
      // Told apart by its section; a section right under the page's title is its own section, so the page names it.
      const by = topOf(n) === n && n.parent ? n.parent : topOf(n);
      title = clip(`${title || 'Untitled'} (${clean(titleText(by.section.title)).trim()})`, 100);
    } else if (qualifierOf.has(n)) {
      // A qualifier that was only host names ("Draw.io (diagrams.net)") is nothing once they are removed: the nearest
      // heading above with words left tells the topic apart instead, not an empty "Use Cases ()".
      let by = clean(qualifierOf.get(n)!).trim();
      for (let a = n.parent; !by && a; a = a.parent) by = clean(plainText(a.section.title)).trim();
      if (by) title = qualified(title, by);
    }
    const section = clip(clean(plainText(topOf(n).section.title)).trim(), 60) || 'General';
    const intro = n.body.intro.map((b) => clean(renderBlock(b))).filter((s) => s.trim() !== '');
    let steps = n.body.steps.map((s) => clean(s).trim()).filter((s) => s !== '');
    if (steps.length === 0) steps = [`Read the section "${title}" of the original guide.`];
    // A numbered list among the notes is one: the topic's steps end at the first line that is not a step, so only a
    // list that opens the notes (it would read as more steps) keeps its numbers escaped.
    const notes = n.body.notes.map((b, k) => clean(renderBlock(b, k === 0))).filter((s) => s.trim() !== '');
    const listItems = n.body.from === 'bullet list' || n.body.from === 'numbered list' ? n.body.steps : [];
    // A box's title right over the list it holds ("**How to create a backup:**", see mdx.ts) names those steps, as an
    // item's bold lead-in does: set in the first item, it was one of the topic's aliases, and it stays one.
    const header = listItems.length > 0 ? n.body.intro.at(-1) : undefined;
    const listHeader = header?.kind === 'para' && LIST_HEADER.test(header.text) ? [header.text] : [];
    const aliases = deriveAliases(title, n.body.stepTitles, [...listHeader, ...listItems], headingPath(n))
      .map(clean)
      .map((a) => a.trim())
      .filter((a) => a.length > 0);
    const summary = clean(n.summary).trim();
    const command = commands.propose(title);
    const siblings = n.parent ? n.parent.children : tree;
    // Its place in the guide: the folder kb:import writes is served in the guide's order, not its files' names'.
    const fm: Record<string, unknown> = { id: n.id, title, section, order: topics.length + 1 };
    if (command) fm.command = command;
    if (summary) fm.summary = summary;
    fm.aliases = aliases;
    fm.related = relatedOf(n, siblings);
    // Each part was filtered on its own; the whole is filtered once more, as kb:check reads it: a code block that
    // a part left open would turn the next part's code into text, where a bare host name counts as a link.
    const body = clean([...intro, steps.map((s, i) => `${i + 1}. ${underStep(s)}`).join('\n'), ...notes].join('\n\n'));
    const text = `---\n${stringify(fm, { lineWidth: 0 }).trimEnd()}\n---\n${body}\n`;
    const file = `${n.id}.md`;
    topics.push({ file, text });
    for (const d of dropped) report.droppedLinks.push({ topic: n.id, ...d });
    if (body.length > LONG_BODY)
      warnings.push(
        `${file}: body is ${body.length} characters (the guide recommends under ${LONG_BODY}); consider splitting it`,
      );
    const entry: ReportTopic = {
      id: n.id,
      file,
      title,
      heading: sourceHeading(n),
      section,
      depth: n.depth,
      parent: n.parent?.skipped === false ? n.parent.id : null,
      steps: steps.length,
      stepsFrom: n.body.from,
      chars: body.length,
    };
    if (command) entry.command = command;
    report.topics.push(entry);
  });
  if (commands.over > 0)
    warnings.push(
      `${commands.over} more task-like section(s) got no slash command: Discord registers ${DISCORD_COMMAND_LIMIT} per server, ` +
        `${MAX_GUIDE_COMMANDS} for the guide beside Stepwise's own (members reach every topic through /ask)`,
    );
  return { topics, report };
}
