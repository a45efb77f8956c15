/**
 * The common shape every guide format is parsed into, so the topic builder never needs to know
 * whether a guide was reStructuredText, Markdown or plain text.
 */
export interface Section {
  /** Heading text, inline markup already converted to Discord markdown. */
  title: string;
  /** 1 = top level. Levels are relative: they come from the document's own heading order. */
  level: number;
  /** Body lines before the first sub-section, already converted to Discord markdown. */
  lines: string[];
  children: Section[];
  /**
   * How the heading was written: a real heading, a bold paragraph standing in for one, or none at all (a
   * section named after the file or its first line, to hold text that came before any heading).
   */
  origin: 'heading' | 'pseudo' | 'named';
  /**
   * The tab this heading is written in ("LDAP provider", "Android"): which of the tabs' alternatives its text is for,
   * which its title says (sections-to-topics.ts).
   */
  qualifier?: string;
  /**
   * For a page of a docs folder, the folder it sits in ("AdGuard for iOS": its index page's title, else its name): it
   * tells the page from another page of the same title.
   */
  folder?: string;
}

export interface ParsedDocument {
  /** Lines before the first heading (a preamble), Discord markdown. */
  preamble: string[];
  sections: Section[];
  /** Problems a human should know about (e.g. an underline shorter than its title). */
  warnings: string[];
  /** Markdown whose headings start at "##": the page's title is not among them (front matter, or its file, names it). */
  noTitleHeading?: boolean;
}

/**
 * Marks the tab a heading or a bold sub-heading line is written in, after its text: "### Configuration ␂LDAP␂". The
 * site readers (mdx.ts, parse-rst's tabs) add it with `markTab`; the heading readers take it off with `tabMarked`.
 */
const TAB_MARK = /\s*\u0002([^\u0002]*)\u0002\s*$/;

/** `line` marked as written in the tab named `tab`. */
export const markTab = (line: string, tab: string): string => `${line.trimEnd()} \u0002${tab}\u0002`;

/** A line's text without its tab mark, and the tab's name (the heading's qualifier) when it has one. */
export function tabMarked(line: string): { text: string; qualifier?: string } {
  const m = TAB_MARK.exec(line);
  return m ? { text: line.slice(0, m.index), ...(m[1] ? { qualifier: m[1] } : {}) } : { text: line };
}

/**
 * Lines the site readers (mdx.ts) write where a tab group opens and where it closes. A heading written inside a tab
 * ("### Updating" in the "Docker Compose" tab) is the tab's: the text after the group ("</Tabs>", then a tip) is the
 * page's again, shown below the tabs in the section that holds them. The heading readers take these lines off and go
 * back to that section's text, or that text would end the last tab's last section.
 */
export const TABS_OPEN = '\u0003tabs\u0003';
export const TABS_CLOSE = '\u0003/tabs\u0003';
/** Where a tab of the group opens: what it says before a heading of its own is that section's text too. */
export const TAB_ITEM = '\u0003tab\u0003';

/** A heading as a parser meets it, in document order, before nesting. */
export interface FlatHeading {
  title: string;
  level: number;
  lines: string[];
  qualifier?: string;
}

/**
 * Nest headings by level. A jump of several levels (h1 → h4) nests one level down rather than
 * creating empty intermediate sections, because guides skip levels for looks, not structure.
 */
export function nestHeadings(flat: readonly FlatHeading[]): Section[] {
  const roots: Section[] = [];
  const stack: Section[] = [];
  for (const h of flat) {
    const section: Section = {
      title: h.title,
      level: h.level,
      lines: h.lines,
      children: [],
      origin: 'heading',
      ...(h.qualifier ? { qualifier: h.qualifier } : {}),
    };
    while (stack.length > 0 && stack[stack.length - 1]!.level >= h.level) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(section);
    else roots.push(section);
    stack.push(section);
  }
  renumber(roots, 1);
  return roots;
}

/** Make levels consecutive from the top (1, 2, 3…) whatever the source used. */
function renumber(sections: Section[], level: number): void {
  for (const s of sections) {
    s.level = level;
    renumber(s.children, level + 1);
  }
}
