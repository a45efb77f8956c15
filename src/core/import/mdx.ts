import { closingFence, FENCE, FenceTracker } from '../knowledge/fences.js';
import { ADMONITION_CLOSE, ADMONITION_OPEN, listBoxesAsAlerts } from './admonition-lists.js';
import { capitalise, labelled } from './box-label.js';
import { boxHoldsText, CALLOUT, nestedCallout, QuotedCode, quoteDepth } from './callouts.js';
import { SAYS_ALL, STATEMENT, sentenceBox } from './sentence-box.js';
import { ATX } from './atx-heading.js';
import { titleFromFileName } from './file-title.js';
import { CALLOUT_CLOSE, CALLOUT_OPEN, calloutLabel, splitCallouts, withoutIconTags } from './jekyll-tags.js';
import { BootstrapTabs, bootstrapTabNames, tabBarEnd } from './bootstrap-tabs.js';
import { amongHeadingSamples, HTML_HEADING } from './html-heading.js';
import { BR } from './markdown-inline.js';
import { boldOnly } from './pseudo-headings.js';
import { markTab, TAB_ITEM, TABS_CLOSE, TABS_OPEN } from './section-tree.js';
import {
  attribute,
  codeBlockText,
  ESM,
  FALLBACK_ONLY,
  htmlTable,
  importEnd,
  jsxLabel,
  OPEN_ELEMENT,
  opensComponent,
  rawElementEnd,
  statementEnd,
  TAG_START,
  tagEnd,
  VOID_ELEMENT,
} from './mdx-jsx.js';

/**
 * Documentation sites write Markdown with their own additions: Docusaurus and MDX (`import` lines, JSX
 * components such as <Tabs>, `:::note` admonitions, `{/* comments *\/}`),
 * Jekyll (`{% raw %}` Liquid tags, `{: .class}` attribute lines), GitBook (`{% tab title="Windows" %}`,
 * `{% hint style="warning" %}`), DocFX (`# [Linux](#tab/linux)` tabs), MkDocs (`!!! note` admonitions, `=== "Tab"`)
 * and GitHub (`> [!NOTE]` alerts). Copied as they are, they become topics named "import Tabs from…" and steps
 * that read ":::info"; this turns them into the plain Markdown the parser reads, before it reads it.
 * Fenced code is left exactly as written. Attribute lists in headings and text (`{#custom-id}`, `{: #id }`) are
 * removed by the inline converter (markdown-inline.ts), which every heading and line passes through.
 */

/** Docusaurus' ```mdx-code-block fence: it holds MDX (<details>, <Tabs>) that the site renders as page text. */
const MDX_CODE_BLOCK = /^ {0,3}(`{3,}|~{3,})\s*mdx-code-block\s*$/;

/**
 * MkDocs admonitions and collapsible details: `!!! note`, `??? tip "Title"`, `!!! info inline end "Title"`, and
 * `??? "Title"` with no type. The title runs to the line's last quote ("The terms "server" and "client"").
 * Python-Markdown needs no space before the type ("!!!note"): read as text, the box's marker and type reached members.
 */
const MKDOCS_ADMONITION = /^(!!!|\?\?\?\+?)(?:\s*([a-zA-Z][\w-]*)(?:\s+[a-zA-Z][\w-]*)*)?(?:\s+"(.*)")?\s*$/;
/**
 * DocFX content tabs: a heading that is only a link to `#tab/id` (`# [Linux](#tab/linux)`, also `#/tab/id`) opens a
 * tab, whatever its level; the text up to the next tab or heading is the tab's. A heading it is not: read as one, it
 * would take the section's steps away from the section that holds the tabs.
 */
const DOCFX_TAB = /^ {0,3}#{1,6}\s+\[([^\]]+)\]\(#\/?tab\/[^)]*\)\s*#*\s*$/;
/** A list item's marker, at most three spaces in. */
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])\s/;
/** MkDocs Material content tabs: `=== "Windows"`, then the tab's text indented by four. */
const MKDOCS_TAB = /^===\+?\s+"([^"]+)"\s*$/;
/** GitBook's tabs and hint boxes: `{% tab title="Windows" %}`, `{% hint style="warning" %}` … `{% endhint %}`. */
const GITBOOK_OPEN = /^\s*\{%\s*(tab|hint)\s+(?:title|style)="([^"]*)"\s*%\}\s*$/;
/** GitBook's tab group around its tabs: `{% tabs %}` … `{% endtabs %}`. */
const GITBOOK_TABS = /^\s*\{%\s*(?:end)?tabs\s*%\}\s*$/;
const GITBOOK_CLOSE = /^\s*\{%\s*end(?:tab|hint)\s*%\}\s*$/;
/** What GitBook's hint styles are called where a reader sees them. */
const GITBOOK_HINTS: Record<string, string> = { info: 'Info', warning: 'Warning', danger: 'Danger', success: 'Tip' };
/** Front matter keys only Docusaurus reads ("sidebar_position: 2", "hide_table_of_contents: true"). */
const DOCUSAURUS_KEY =
  /^(?:sidebar_(?:position|label|class_name|custom_props)|displayed_sidebar|hide_title|hide_table_of_contents|pagination_(?:label|next|prev)|custom_edit_url|toc_(?:min|max)_heading_level):/;

/**
 * Whether the page's front matter is Docusaurus': Docusaurus 3 reads every page, .md too, as MDX, which has no indented
 * code. A <details> whose text is indented under its tag shows that text as text; read as Markdown, it was one code
 * block holding the <summary>'s words, a "```bash" fence and the explanation.
 */
function docusaurusPage(lines: readonly string[]): boolean {
  if (lines[0]?.trim() !== '---') return false;
  const end = frontMatterAt(lines, 0)?.end ?? 0;
  return lines.slice(1, end).some((l) => DOCUSAURUS_KEY.test(l));
}

/** Mintlify's callouts, each a box labelled as an admonition is ("<Tip>" as ":::tip"). */
const BOXES: Record<string, string> = {
  Tip: 'Tip',
  Note: 'Note',
  Info: 'Info',
  Warning: 'Warning',
  Danger: 'Danger',
  Check: 'Check',
  Callout: 'Note',
};
/**
 * Components whose `title` names the text they hold: Mintlify's step of a <Steps> list, a folded answer, and the
 * <Card title="Tags" href="…"> of Mintlify and Fumadocs, whose text ("Sort memos with tags.") says nothing without it.
 */
const TITLED = /^(?:Step|Accordion|Expandable|Update|Card)$/;
/**
 * Hugo themes' note boxes, alone on their line: Hextra's `{{< callout type="warning" >}}`, Relearn's
 * `{{% notice tip %}}`, Book's `{{< hint info >}}`, Docsy's `{{% alert title="Note" color="warning" %}}`.
 */
const HUGO_BOX = /^\s*\{\{[<%]\s*(\/?)(?:callout|notice|hint|alert|admonition)\b([^{}]*?)\s*[>%]\}\}\s*$/;

/** A Hugo box's label: its title, else its type or style, else its first word ("notice tip"); a plain box is a note. */
function hugoBoxLabel(args: string): string {
  const named = (key: string) => new RegExp(`\\b${key}\\s*=\\s*["']([^"']+)["']`).exec(args)?.[1];
  const kind = named('type') ?? named('style') ?? named('color') ?? /^\s*([a-z]+)\b(?!\s*=)/i.exec(args)?.[1];
  return named('title') ?? capitalise(!kind || /^(?:default|primary|secondary)$/i.test(kind) ? 'note' : kind);
}

/** How many lines a page's front matter may run to. */
const FRONT_MATTER_LINES = 300;

/**
 * `---`, `key: value` lines (and their indented or listed continuations), `---`: where it ends, and its title. Hugo
 * writes the same in TOML between `+++` lines (`title = "Drawings & Diagrams"`, `[menu.docs]` tables). Both have "# comment"
 * lines (a theme's reference address over a VitePress home page's keys): taken for text, they made the keys a topic. A
 * comment sits on the key it explains; a "# Heading" after a rule has a blank line under it, and is no front matter.
 */
function frontMatterAt(lines: readonly string[], at: number): { end: number; title?: string } | null {
  const toml = lines[at]!.trim() === '+++';
  let keys = 0;
  let title: string | undefined;
  // A long block (autobrr's introduction lists 40 keywords, one a line, under "keywords:") is front matter still: every
  // line must read as YAML (or TOML), so the bound only stops the search at a page that never closes it.
  for (let i = at + 1; i < lines.length && i < at + FRONT_MATTER_LINES; i++) {
    const line = lines[i]!;
    if (toml ? line.trim() === '+++' : /^(?:---|\.\.\.)\s*$/.test(line))
      return keys > 0 ? { end: i, ...(title ? { title } : {}) } : null;
    const kv = (toml ? /^([A-Za-z_][\w-]*)\s*=\s*(.*)$/ : /^([A-Za-z_][\w-]*):(?:\s+(.*))?$/).exec(line);
    if (kv) {
      keys++;
      if (kv[1] === 'title' && kv[2]) title = kv[2].trim().replace(/^(["'])(.*)\1$/, '$2');
    } else if (
      !/^\s+\S|^\s*-\s|^\s*$/.test(line) &&
      !(toml && /^\s*(?:\[.*\]|[\]}])\s*$/.test(line)) &&
      !(line.startsWith('#') && /\S/.test(lines[i + 1] ?? ''))
    )
      return null;
  }
  return null;
}

/**
 * The first line at or after `from` that a reader of the page sees: blank lines, HTML comments ("<!-- markdownlint-disable
 * … -->") and MDX import and export lines show nothing. A page whose front matter is followed by those and then its own
 * "# Heading" is titled by that heading, as the site shows it; the front matter's title is for menus.
 */
function firstShownLine(lines: readonly string[], from: number): string | undefined {
  let comment = false;
  let statement = false;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (comment) {
      comment = !line.includes('-->');
      continue;
    }
    if (statement) {
      statement = !/\bfrom\s+["']|;\s*$/.test(line);
      continue;
    }
    if (line === '') continue;
    if (line.startsWith('<!--')) {
      comment = !line.includes('-->');
      continue;
    }
    if (/^(?:import|export)\s/.test(line)) {
      statement = !/\bfrom\s+["']|;\s*$|^import\s+["']/.test(line);
      continue;
    }
    return lines[i];
  }
  return undefined;
}

/** A line that is only bold words, ended by a hard line break (two spaces or a backslash), perhaps in a list item. */
const HARD_BREAK_TERM = /^(\s*(?:[-*+]\s+|\d{1,9}[.)]\s+)?)\*\*([^*]+)\*\*(?: {2,}|\\)$/;
/** A line that starts a block of its own: a list item, a heading, a fence, a table row, a quote, a tag. */
const NOT_TEXT = /^\s*(?:[-*+]\s|\d{1,9}[.)]\s|#|```|~~~|\||>|<)/;

/**
 * A box's title without the bold its author wrote in it (":::tip **Android 7** and above"): set in bold before the
 * box's text, its marks would meet the label's own and show as "****Android 7** and above:**".
 */
const unbold = (label: string) => label.replace(/\*\*(.+?)\*\*|__(.+?)__/g, '$1$2');
/** A box's or a tab's label waiting for its text (see `label` below); `type`: a titled box's type ("Warning"). */
interface Label {
  text: string;
  tab: boolean;
  type?: string;
}

/** A box's title that is a statement, led by the box's type (see sentence-box.ts); null for any other label. */
const typedTitle = (label: Label): string | null =>
  label.type && !label.tab && STATEMENT.test(label.text) ? sentenceBox(label.type, label.text) : null;
/** A label as it leads its text in bold: "**Note:**", "**How to create a backup:**", "**Warning:** Do not…". */
const boldLabel = (label: Label) => typedTitle(label) ?? `**${labelled(unbold(label.text))}**`;
/** A label on a line of its own, plain (a bold line alone would read as a sub-heading): "Note:", "Warning: …". */
const plainLabel = (label: Label): string => typedTitle(label) ?? labelled(label.text);

/** Bold that opens a line ("**Bold in docusaurus**", "**Bold** words"): its text. */
const LEADING_BOLD = /^\*\*([^*]+)\*\*|^__([^_]+)__/;

/** What a quoted line may open other than a paragraph: a list item, a heading, a fence, a table row, a quote. */
const QUOTED_BLOCK = /^\s*(?:[-*+]\s|\d{1,9}[.)]\s|#{1,6}\s|```|~~~|\||>)/;

/**
 * Whether the tab whose opening tag ends on line `open` holds a heading of its own (before it, or an inner tab, closes).
 * A "# comment" in the tab's code is no heading (a Compose file's "# Optional - specify the uid").
 */
function tabHasHeading(lines: readonly string[], open: number): boolean {
  if (/<\/(?:TabItem|Tab)>/.test(lines[open]!)) return false;
  const code = new FenceTracker();
  for (let h = open + 1; h < lines.length && !/<\/(?:TabItem|Tab|Tabs)>/.test(lines[h]!); h++) {
    const line = lines[h]!.trimStart();
    if (!code.isCode(line) && (ATX.test(line) || HTML_HEADING.test(line))) return true;
  }
  return false;
}

/** The line that closes the <svg> opened at `from` (a diagram may run to hundreds of lines); -1 when none does. */
function svgEnd(input: readonly string[], from: number): number {
  for (let k = from; k < input.length && k <= from + 1000; k++) if (/<\/svg>/i.test(input[k]!)) return k;
  return -1;
}

/** The line that closes the <a> opened at `from`, within a few lines and no blank one; -1 when none does. */
function linkEnd(input: readonly string[], from: number): number {
  for (let k = from + 1; k < input.length && k <= from + 6 && input[k]!.trim() !== ''; k++)
    if (/<\/a>/i.test(input[k]!)) return k;
  return -1;
}

export function mdxToMarkdown(page: readonly string[]): string[] {
  const input = listBoxesAsAlerts(splitCallouts(page));
  const out: string[] = [];
  const fences = new FenceTracker();
  /** The page's lines without their indent (a tab's), as amongHeadingSamples reads them; made at the first HTML heading. */
  let unindented: string[] | null = null;
  /**
   * The variables a Jekyll page fills with "{% capture img-devices %}" (a picture's include, most often) to show them
   * further on ("{{ img-devices | strip }}"): the capture's tags go, and what it held with them, so where it is shown
   * goes too, or members read the template's words.
   */
  const captured = new Set(
    input.flatMap((l) => [...l.matchAll(/\{%-?\s*capture\s+([\w-]+)\s*-?%\}/g)].map((m) => m[1]!)),
  );
  /** Labels of the tabs of the last <Tabs values={[…]}>: value → label. */
  let tabLabels = new Map<string, string>();
  /** Code fenced inside a quote, where a callout's marker ("> > [!note]") is an example shown as written. */
  const quotedCode = new QuotedCode();
  /** Lines still inside a `!!! note` block (indented by four). */
  let mkdocs = false;
  /** How far in the open MkDocs box or tab starts: four spaces when it sits in a list item's text. */
  let boxBase = '';
  /** Inside a code fence of such a block: its "# comment" lines are code, not headings. */
  let inBoxCode = false;
  /** Boxes open inside that block, each indenting its text four more. */
  let nestedBoxes = 0;
  let inComment = false;
  /**
   * An admonition's or a tab's label, waiting for the text it labels: "**Note:** text", "1. **iOS:** Open…".
   * Never a bold line of its own, which the importer would read as a sub-heading. A tab's name (`tab`: "Komga") stands
   * for all the tab holds, rather than leading the text as a box's title does; so does a box's label or title over the
   * list the box holds.
   */
  let label: Label | null = null;
  /** Inside a VitePress ":::tabs" group, whose "== Name" lines open its tabs. */
  let vitepressTabs = false;
  /** Boxes (":::tip") open inside that group: their ":::" closes them, not the group. */
  let boxesInTabs = 0;
  /** Inside a ":::note" box that has held only paragraphs so far: they are read as one, its label's. */
  let boxProse = false;
  /** The open VitePress tab's name ("== macOS"). */
  let vitepressTabName: string | null = null;
  /** Inside a <TabItem>, and how far its text is indented (set by its first line). */
  let inTab = false;
  let tabIndent: number | null = null;
  /** The open tab's label, which marks the headings written inside it. */
  let tabName: string | null = null;
  /**
   * The tabs a tab sits in (a "Settings file" tab inside a "Google" tab), each with its indent and name: when the inner
   * tab closes, the outer one's text goes on, as indented as before. Forgotten, that text ("</Tabs>", the outer tab's
   * next steps) kept its indent and was read as code, run into the inner tab's last code block.
   */
  const outerTabs: Array<{ indent: number | null; name: string | null }> = [];
  /**
   * The level of the first heading written inside a tab of the open <Tabs> group, once one was. The tabs after it open
   * with a heading of that level, their label: without one, their text ("Linux: Once you have downloaded the .tar.gz
   * file…") would run on under the earlier tab's last heading ("Update", of the "Mac via Homebrew" tab).
   */
  let tabsHeadingLevel: number | null = null;
  /** The open GitBook tab's title, which marks the bold lines standing for sub-headings inside it. */
  let gitbookTab: string | null = null;
  /** The page's Bootstrap tab groups (see bootstrap-tabs.ts), and the name of the pane open, from its tab bar. */
  const bootstrapTabs = new BootstrapTabs(bootstrapTabNames(input));
  let paneName: string | null = null;
  /**
   * Elements open around the line ("<details>", "<div>", a component) in a page written for MDX, and how far the
   * first line of each one's content is indented: MDX has no indented code, so that indentation is layout only.
   */
  const elements: Array<{ name: string; indent: number | null }> = [];
  // A page with imports, or with a component on a line of its own (<Steps>, <Tip>: Mintlify's pages import nothing), or
  // a Docusaurus page, which Docusaurus reads as MDX even when it is a .md file that imports nothing.
  const mdx =
    docusaurusPage(input) || input.some((l, i) => ESM.test(l) || importEnd(input, i) >= 0 || opensComponent(l, input));
  /** The first line after line `i` that holds anything ("" at the page's end). */
  const nextText = (i: number): string => {
    for (let k = i + 1; k < input.length; k++) if (input[k]!.trim() !== '') return input[k]!;
    return '';
  };
  /** A box of `type` that says all in its title (see sentence-box.ts): shown so where it opens, labelling nothing. */
  const sayAllInTitle = (type: string, title: string, base = '') => {
    out.push(base + sentenceBox(capitalise(type), title), '');
    label = null;
  };
  /**
   * A box whose title is a sentence and that holds nothing more says it all in its title. One seen to hold nothing where
   * it opens is shown so at once (see sentence-box.ts); for any other, when a heading or the page's end comes before any
   * text for it to label, the title stays, a line of its own where the box stood: dropped, its one sentence was lost.
   */
  const keepSentenceTitle = () => {
    if (label !== null && !label.tab && SAYS_ALL.test(label.text)) out.push(typedTitle(label) ?? label.text, '');
  };
  const emit = (text: string) => {
    // A box that opens on a heading (":::info Note", then "#### General"): the heading stays one, and names it.
    // A heading written inside a tab ("### Configuration" in the "LDAP provider" tab), which each tab may repeat, is
    // told apart by its tab, not by the section around the tabs: whichever site wrote the tabs (a Docusaurus
    // <TabItem>, a GitBook "{% tab %}", a VitePress "== macOS"), or the three "Manual installation" of a page's
    // Windows, macOS and Linux tabs reach members as three buttons of one title.
    if (ATX.test(text)) {
      keepSentenceTitle();
      label = null;
      if (inTab) {
        const level = /#+/.exec(text)![0].length;
        tabsHeadingLevel = Math.min(tabsHeadingLevel ?? level, level);
      }
      const tab = tabName ?? gitbookTab ?? vitepressTabName ?? paneName;
      if (tab) text = markTab(text, tab);
    }
    if (cardLink !== null && text.trim() !== '') {
      text = `- ${cardLink}: ${text.trim()}`;
      cardLink = null;
    }
    // A box's quoted lines (a GitHub alert's "> …"): a bare ">" is the box's blank line, which carries no label; a box
    // that opens on a list, code, a heading or a table has its label on a line of its own above it, as a member reads
    // it in the box's header. Set in the first item, the label named that item alone; before "# Before You Start" or a
    // fence, it was no longer either (blocks.ts reads the box's lines).
    const quoted = /^(\s*>)\s?(.*)$/.exec(text);
    if (label !== null && !label.tab && quoted && quoted[2]!.trim() === '') {
      out.push(text);
      return;
    }
    if (label !== null && !label.tab && quoted && QUOTED_BLOCK.test(quoted[2]!)) {
      out.push(`${quoted[1]} ${boldLabel(label)}`);
      label = null;
    }
    // A box or a tab that opens on a table (a <details> whose <summary> is "Click to view supported indexers" over a
    // table of them): the label stands on its own line above it. Set in the header row, it was a cell of its own, and
    // the header had one cell more than the table's columns.
    if (label !== null && /^\s*\|/.test(text)) {
      const margin = /^\s*/.exec(text)![0];
      out.push(margin + (label.tab ? labelled(unbold(label.text)) : boldLabel(label)));
      label = null;
    }
    if (label !== null && text.trim() !== '') {
      const [, margin, item, rest] = /^(\s*(?:>\s*)?)((?:(?:[-*+]|\d{1,9}[.)])\s+)?)(.*)$/.exec(text)!;
      // A tab's name over a list names the whole list: set in its first item ("1. **Komga:** No separate login
      // required."), it would name that item alone, and the tab's other items would read as no tab's. It stands on
      // its own line above the list, plain: bold alone, it would be read as a sub-heading.
      if (label.tab && item) out.push(`${margin}${labelled(unbold(label.text))}`);
      // So does a box's label or title over the list the box holds (":::important", ":::tip How to create a backup",
      // a hint, a <summary>): set in the first item, it named that item alone ("1. **How to create a backup:** Go to
      // More.") and the box's other items read as the section's own. It is the box's header line, bold as a box's
      // label is: with the list right under it, it is no sub-heading, and a title still names the topic (aliases.ts).
      else if (item) out.push(margin + boldLabel(label));
      // Text that opens in bold (":::note Hello" over "**Bold in docusaurus**") is set without it: its bold would run
      // on from the label's, "**Hello:** **Bold in docusaurus**", one bold line where the title no longer shows.
      else text = `${margin}${item}${boldLabel(label)} ${rest!.replace(LEADING_BOLD, '$1$2')}`;
      label = null;
    }
    out.push(text);
  };

  /** A <Card>'s link to its page ("[Tags](/docs/usage/tags)"), waiting for the card's text to make a list item. */
  let cardLink: string | null = null;
  /** What closes the ```mdx-code-block fence we are in, or null. */
  let mdxBlock: RegExp | null = null;
  /** Whether the text above is a list's (its items and their indented lines), where four spaces in is the item's. */
  let inList = false;
  /** How far in the text stands that MDX reads at the margin (four spaces in or more, after a blank line). */
  let shift = 0;

  for (let i = 0; i < input.length; i++) {
    let line = input[i]!;
    // An element's content is indented for layout only (MDX has no indented code), its code fences too: read at the
    // element's own margin, a fence four spaces in under a <Step> is still a fence.
    if (mdx && elements.length > 0 && line.trim() !== '') {
      const inner = elements.at(-1)!;
      inner.indent ??= /^ */.exec(line)![0].length;
      line = line.replace(new RegExp(`^ {0,${inner.indent}}`), '');
    }
    // A tab's text indented under its tag (Docusaurus's own examples do) is text, not an indented code block. Its
    // code fences too ("  <TabItem value='music'>" / "    ```txt"): read at the tab's margin before anything looks for
    // a fence, or the fence four spaces in was no fence, and the tab's label and the code ran into one line.
    if (inTab && line.trim() !== '') {
      tabIndent ??= /^ */.exec(line)![0].length;
      line = line.replace(new RegExp(`^ {0,${tabIndent}}`), '');
    }
    // A tag alone on its line ("    <Tabs groupId=…>", "        </Tabs>" inside a tab) is never indented code in MDX,
    // however far in: read as code, members saw the tag in a code block. It keeps at most three spaces, so a list item
    // it sits in goes on past it.
    if (mdx && !fences.isOpen && /^ {4,}<\/?[A-Za-z][\w.]*(?:\s[^<>]*)?\/?>\s*$/.test(line)) line = `   ${line.trim()}`;
    // Nor is any other line: four spaces in after a blank line, outside a list item's text, is a paragraph in MDX
    // ("## 10. User Menu" over "    Click on your profile picture…"), a list ("    - Security" / "    - Logging") or a
    // fence. The text so indented is read as far out as its first line, fenced code too. Read as Markdown, members saw
    // the sentence in a code block under "Use this:".
    if (shift > 0 && line.trim() !== '') {
      if (fences.isOpen || /^ */.exec(line)![0].length >= shift)
        line = line.slice(0, shift).trimStart() + line.slice(shift);
      else shift = 0;
    }
    if (mdx && !fences.isOpen && !mkdocs && line.trim() !== '') {
      const indent = /^ */.exec(line)![0].length;
      if (indent < 4 && LIST_ITEM.test(line)) inList = true;
      else if (indent === 0) inList = false;
      else if (indent >= 4 && !inList && (input[i - 1] ?? '').trim() === '') {
        shift = indent;
        line = line.slice(indent);
        if (LIST_ITEM.test(line)) inList = true;
      }
    }
    // The fence lines go; what they hold is read as the page's own text.
    if (!fences.isOpen) {
      const mdx = MDX_CODE_BLOCK.exec(line);
      if (mdx && mdxBlock === null) {
        mdxBlock = closingFence(mdx[1]!);
        continue;
      }
      if (mdxBlock?.test(line)) {
        mdxBlock = null;
        continue;
      }
    }
    const opening = !fences.isOpen;
    if (fences.isCode(line)) {
      boxProse = false;
      // A label waiting for its text meets code instead: it stands on its own line (not bold, not a heading).
      if (opening && label !== null) out.push(plainLabel(label));
      if (opening) label = null;
      out.push(line);
      continue;
    }
    // A page's YAML front matter (at the top, or where pages were joined into one file): its title is the
    // page's heading when the page has no "# heading" of its own; the rest is metadata.
    if ((line.trim() === '---' || line.trim() === '+++') && (i === 0 || input[i - 1]!.trim() === '')) {
      const meta = frontMatterAt(input, i);
      if (meta) {
        if (meta.title && !/^ {0,3}#\s/.test(firstShownLine(input, meta.end + 1) ?? ''))
          out.push(`# ${meta.title}`, '');
        i = meta.end;
        continue;
      }
    }
    if (mkdocs) {
      if (line.trim() === '' || line.startsWith(`${boxBase}    `)) {
        let inner = line.trim() === '' ? '' : line.slice(boxBase.length + 4);
        // A box or tab inside the box or tab ("!!! tip" in a "=== \"Tab\"", tabs in a "???+ example" box): its text,
        // code included, is indented four more.
        if (inner.trim() !== '') {
          if (!inBoxCode) nestedBoxes = Math.min(nestedBoxes, Math.floor(/^ */.exec(inner)![0].length / 4));
          inner = inner.replace(new RegExp(`^ {0,${4 * nestedBoxes}}`), '');
        }
        if (inner.trim() !== '' && !inBoxCode) {
          const box = MKDOCS_ADMONITION.exec(inner);
          const tab = MKDOCS_TAB.exec(inner);
          if ((box && (box[2] !== undefined || box[3] !== undefined)) || tab) {
            out.push('');
            // A tab that opens a box's text: the box's title stands on its own line, as before code.
            if (tab && label !== null) out.push(boxBase + plainLabel(label), '');
            const type = capitalise(box?.[2] ?? 'note');
            label = { text: tab ? tab[1]!.trim() : box![3]?.trim() || type, tab: tab !== null, type };
            nestedBoxes++;
            continue;
          }
        }
        // A heading inside a box ("#### XMP ####" in a "??? question" box) is a label of the box's text: read as a
        // heading, it would take every box after it, up to the page's next heading, out of the section they sit in.
        if (FENCE.test(inner)) inBoxCode = !inBoxCode;
        const heading = inBoxCode ? undefined : ATX.exec(inner)?.[2];
        if (heading) inner = labelled(heading);
        // So is a bold line standing alone in a box ("**Reply type**" over "Object or Array"), when the box goes on
        // after it: read as a sub-heading, it would take the rest of the box, and the page's text and boxes after
        // it, out of the section they sit in. It labels the box's next line; a label still waiting stands alone.
        const bold = inBoxCode ? null : boldOnly(inner.trim());
        if (bold !== null && (input[i - 1] ?? '').trim() === '' && (input[i + 1] ?? '').trim() === '') {
          if (nextText(i).startsWith(`${boxBase}    `)) {
            if (label !== null) out.push(boxBase + plainLabel(label), '');
            label = { text: bold, tab: false };
            continue;
          }
        }
        // A box that opens on code: its label stands on its own line, or the fence would no longer be one.
        if (label !== null && FENCE.test(inner)) {
          out.push(boxBase + plainLabel(label));
          label = null;
        }
        emit(inner.trim() === '' ? '' : boxBase + inner);
        continue;
      }
      // A box that said nothing (a "??? info \"Screenshot\"" under a step, its picture gone) labels no list item after
      // it: that item is the list's, not the box's, and it read "2. **Screenshot:** Turn on USB debugging". A title
      // that is a sentence is all such a box says ('!!! tip "It may take a few tries."'): it stays, a line of its own
      // where the box stood. (A paragraph after it keeps the label, as the site shows the box right above it.)
      if (label !== null && LIST_ITEM.test(line)) {
        if (SAYS_ALL.test(label.text)) out.push(boxBase + (typedTitle(label) ?? label.text), '');
        label = null;
      }
      mkdocs = false;
      boxBase = '';
      inBoxCode = false;
      nestedBoxes = 0;
    }
    const raw = inComment ? null : rawElementEnd(input, i);
    if (raw) {
      i = raw.end;
      if (raw.rest.trim() === '') continue;
      line = raw.rest;
    }
    // {/* MDX comments */}, possibly over several lines.
    if (inComment) {
      const end = line.indexOf('*/}');
      if (end < 0) continue;
      inComment = false;
      line = line.slice(end + 3);
    }
    line = line.replace(/\{\/\*.*?\*\/\}/g, '');
    const open = line.indexOf('{/*');
    if (open >= 0) {
      inComment = true;
      line = line.slice(0, open);
    }
    // A Bootstrap tab group ("<div class=\"tab-content\">" of "<div class=\"tab-pane\">"s), as a Docusaurus <Tabs>: what
    // follows it is the text of the section that holds it, and each pane is a tab named as its tab bar names it. The
    // bar itself goes: its names are the panes'.
    const bar = tabBarEnd(input, i);
    if (bar >= 0) {
      i = bar;
      continue;
    }
    const pane = bootstrapTabs.read(line);
    if (pane !== null) {
      out.push('');
      if (pane.kind === 'open') out.push(TABS_OPEN);
      else if (pane.kind === 'close') out.push(TABS_CLOSE);
      else if (pane.kind === 'pane') out.push(TAB_ITEM, '');
      paneName = pane.kind === 'pane' ? pane.name : null;
      label = paneName === null ? null : { text: paneName, tab: true };
      continue;
    }
    // A GitBook tab group, as a Docusaurus <Tabs>: what follows it is the text of the section that holds it.
    if (GITBOOK_TABS.test(line)) {
      out.push('', /endtabs/.test(line) ? TABS_CLOSE : TABS_OPEN);
      continue;
    }
    // A GitBook tab or hint box labels the text it holds, as a Docusaurus tab or admonition does.
    const gitbook = GITBOOK_OPEN.exec(line);
    if (gitbook) {
      out.push('');
      // What a tab says before a heading of its own is the holding section's, labelled by the tab (see TAB_ITEM).
      if (gitbook[1] === 'tab') out.push(TAB_ITEM, '');
      // A tab that opens on a hint box: the tab's name stands on its own line, or the hint's label would replace it.
      if (label !== null && gitbook[1] === 'hint') out.push(plainLabel(label), '');
      if (gitbook[1] === 'tab') gitbookTab = gitbook[2]!.trim();
      label =
        gitbook[1] === 'tab'
          ? { text: gitbook[2]!.trim(), tab: true }
          : { text: GITBOOK_HINTS[gitbook[2]!.toLowerCase()] ?? capitalise(gitbook[2]!), tab: false };
      continue;
    }
    // A Jekyll callout ("{% callout warning %}") labels its text as the site's heading over the box does ("Warning"),
    // unless that text opens on a label or a title of its own ("**A note about attachments created prior to 2018:**",
    // "**When does a recovery code change?**"), which stays alone, a topic of its own, not under a second ("Note: A
    // note about…").
    const callout = CALLOUT_OPEN.exec(line);
    if (callout) {
      const first = nextText(i);
      const ownLabel = /^\s*\*\*[^*]+(?::\*\*|\*\*:)/.test(first) || boldOnly(first) !== null;
      out.push('');
      label = ownLabel ? null : { text: calloutLabel(callout[1]), tab: false };
      continue;
    }
    if (CALLOUT_CLOSE.test(line)) {
      label = null;
      out.push('');
      continue;
    }
    if (GITBOOK_CLOSE.test(line)) {
      if (/endtab/.test(line)) gitbookTab = null;
      label = null;
      out.push('');
      continue;
    }
    // A bold line standing for a sub-heading inside a GitBook tab ("**Installation:**" in the "Docker CLI" tab) is told
    // apart from the same line in the next tab by the tab's name (see pseudo-headings.ts).
    if (gitbookTab && boldOnly(line) !== null) {
      line = markTab(line, gitbookTab);
      // One that opens the tab leaves the tab's name waiting for no text, as a heading does (see emit): led by it
      // ("**Windows:** Install:"), it was a line of text, no sub-heading, and the tab's steps named no tab.
      if (label?.tab && (input[i + 1] ?? '').trim() === '') label = null;
    }
    // An HTML table ("<table>", "<tr>", "<td>" over many lines): its cells run together or stack up as code when its
    // tags are removed, so it is written as the Markdown table it stands for.
    if (/^\s*<table[\s>]/i.test(line) && !fences.isOpen) {
      let end = i;
      while (end < input.length && end < i + 400 && !/<\/table>/i.test(input[end]!)) end++;
      if (end < input.length && end < i + 400) {
        out.push('', ...htmlTable(input.slice(i, end + 1).join('\n')), '');
        i = end;
        continue;
      }
    }
    // A GitBook page card ("{% content-ref url=\"themes.md\" %}" over "[themes.md](themes.md)") shows the page's title
    // on the site, but its link is labelled with the file's name: members would read "themes.md". It is named from the
    // file as a page without a heading is ("Themes"; "sync/README.md" → "Sync").
    if (/^\s*\{%\s*content-ref\s/.test(input[i - 1] ?? ''))
      line = line.replace(
        /^(\s*)\[([^\]\s]+\.(?:md|mdx))\]\(([^)\s]+)\)/,
        (_m, pad: string, file: string, url: string) => `${pad}[${titleFromFileName(file)}](${url})`,
      );
    // A Liquid tag written over several lines ("{% include figure.html" … "%}") is the site's, all of it.
    if (/\{%(?!.*%\})/.test(line) && !fences.isOpen) {
      let end = i + 1;
      while (end < input.length && end < i + 20 && !input[end]!.includes('%}')) end++;
      if (end < input.length && end < i + 20) {
        const rest = input[end]!.slice(input[end]!.indexOf('%}') + 2);
        line = line.slice(0, line.indexOf('{%'));
        i = end;
        if (rest.trim()) line = `${line} ${rest}`;
        if (line.trim() === '') continue;
      }
    }
    // A Hugo note box labels its text, as an admonition does: with the shortcodes dropped, a warning read as any
    // sentence, a step of its own ("2. MOBI export has been deprecated…"). An empty box's label labels nothing, and
    // text that opens on its own label ("**Warning:** Purging…") keeps it alone, not under a second ("Note: Warning:").
    const hugoBox = HUGO_BOX.exec(line);
    if (hugoBox) {
      const ownLabel = /^\s*\*\*[^*]+(?::\*\*|\*\*:)/.test(nextText(i));
      label = hugoBox[1] || ownLabel ? null : { text: hugoBoxLabel(hugoBox[2]!), tab: false };
      continue;
    }
    // Liquid tags wrap text (`{% raw %}`) or include files; their text stays, the tags go.
    line = line.replace(/\{%-?\s*(?:raw|endraw)\s*-?%\}/g, '');
    // Jekyll's site variables in a link ("[Guide]({{ site.baseurl }}/guide)"), an include or embed in a sentence, and
    // kramdown's "{::nomarkdown}…{:/}" wrappers are the site generator's, not the reader's; so are Font Awesome tags
    // ("{% icon fa-cog %} **Settings**"), which draw a glyph: left as written, members read the tag.
    line = withoutIconTags(line)
      .replace(/\{\{-?\s*(?:site|page|layout)\.[\w.]+\s*-?\}\}/g, '')
      // A link target built by a filter ("{{ "/faq/contribute" | absolute_url }}") is the path it names.
      .replace(/\{\{-?\s*["']([^"']*)["']\s*\|\s*(?:absolute_url|relative_url|url)\s*-?\}\}/g, '$1')
      // Jekyll's link tag ("[URI]({% link _articles/features/uri-match.md %})") prints the page's address: the page it
      // names is the link's target. Dropped with the includes, "[URI]()" was left.
      .replace(/\{%-?\s*(?:link|post_url)\s+([^\s%{}]+)\s*-?%\}/g, '$1')
      // A picture tag in a sentence ("…for every Login item:<br><br>{% image getting-started/pwhistory.png %}") goes, as
      // a picture does; alone on its line, it goes with the other tags below.
      .replace(/\{%-?\s*(?:include|include_relative|embed|image)\s[^%]*%\} ?/g, '')
      .replace(/\s*\{\{-?\s*([\w-]+)\s*(?:\|[^{}]*)?-?\}\}/g, (m, name: string) => (captured.has(name) ? '' : m))
      .replace(/\{::nomarkdown\}|\{:\/(?:nomarkdown)?\}/g, '')
      // Hugo's link shortcodes ("[Settings]({{< relref \"settings.md\" >}})") print the page's address: the page they
      // name is the link's target, read as any link to a page. Dropped with the other shortcodes, "[Settings]()" was left.
      .replace(/\{\{[<%]\s*(?:rel)?ref\s+(?:path=)?(["']?)([^"'\s<>%{}]+)\1[^{}]*?[>%]\}\}/g, '$2')
      // Hugo's shortcodes ("{{< toc >}}", "{{% notice tip %}}…{{% /notice %}}") are the site's; the text they wrap stays.
      .replace(/\{\{([<%])\s*\/?[\w-]+(?:\s[^{}]*?)?\s*[>%]\}\}/g, '');
    if (/^\s*\{%.*%\}\s*$/.test(line) || /^\s*\{:\s*[^}]*\}\s*$/.test(line)) continue;
    if (ESM.test(line)) {
      // "export const Highlight = ({children}) => (" runs on until its brackets close: none of it is text.
      if (/^export\s/.test(line)) i = statementEnd(input, i);
      continue;
    }
    const imported = importEnd(input, i);
    if (imported >= 0) {
      i = imported;
      continue;
    }
    // {' '} is JSX for a space kept at a line's end.
    line = line.replace(/\{\s*(['"])\s*\1\s*\}/g, ' ');

    // A box's next paragraph ("…set JELLYFIN_TYPE." / "" / "`-e JELLYFIN_TYPE=emby`") is the box's too, as the site
    // shows it inside the box. Only the first paragraph carries the label: the next, read on its own, was a step of its
    // own among the section's steps. The box's paragraphs are read as one.
    if (boxProse && line.trim() !== '' && NOT_TEXT.test(line)) boxProse = false;
    if (boxProse && line.trim() === '' && /\S/.test(out.at(-1) ?? '')) {
      const next = nextText(i);
      if (!NOT_TEXT.test(next) && !ADMONITION_OPEN.test(next) && !FENCE.test(next)) continue;
    }
    const admonition = ADMONITION_OPEN.exec(line);
    if (admonition && !ADMONITION_CLOSE.test(line)) {
      out.push('');
      // VitePress tab groups (":::tabs", ":::code-group") are no box: each "== Name" inside names a tab.
      if (/^(?:tabs|code-group)$/i.test(admonition[1]!)) {
        vitepressTabs = true;
        boxesInTabs = 0;
        label = null;
        out.push(TABS_OPEN);
        continue;
      }
      if (vitepressTabs) boxesInTabs++;
      // ":::note[Title]" names the box, and so does ":::note Some words" (Docusaurus 2 shows them as its title). A tab's
      // name waiting for its text stands on its own line above the box, as above a GitHub alert.
      if (label !== null && (tabName !== null || vitepressTabs)) out.push(plainLabel(label), '');
      const title = admonition[2]?.trim() || admonition[3]?.trim();
      const type = capitalise(admonition[1]!);
      label = { text: title || type, tab: false, type };
      boxProse = true;
      // A box whose title is all it says: it closes right under its title. Its ":::" left the title untold.
      const next = nextText(i);
      if (title && SAYS_ALL.test(title) && ADMONITION_CLOSE.test(next)) {
        sayAllInTitle(admonition[1]!, title);
      }
      continue;
    }
    if (ADMONITION_CLOSE.test(line)) {
      label = null;
      boxProse = false;
      out.push('');
      // A box inside a tab closes itself; the next close ends the tab group, whose text after it is the holding
      // section's again (see TABS_CLOSE).
      if (vitepressTabs && boxesInTabs > 0) boxesInTabs--;
      else if (vitepressTabs) {
        vitepressTabs = false;
        vitepressTabName = null;
        out.push(TABS_CLOSE);
      }
      continue;
    }
    const vitepressTab = vitepressTabs ? /^ {0,3}==\s*(\S.*?)\s*$/.exec(line) : null;
    if (vitepressTab) {
      out.push(TAB_ITEM, '');
      label = { text: vitepressTab[1]!, tab: true };
      vitepressTabName = vitepressTab[1]!;
      continue;
    }
    const docfx = DOCFX_TAB.exec(line);
    if (docfx) {
      out.push('');
      label = { text: docfx[1]!.trim(), tab: true };
      continue;
    }
    // A box or tab may sit in a list item's text, four spaces in ("8. Choose …" / "    !!! note"): its own text is
    // four spaces further, and stays in the item.
    const tab = MKDOCS_TAB.exec(line.trimStart());
    const mk = MKDOCS_ADMONITION.exec(line.trimStart());
    if (tab || (mk && (mk[2] !== undefined || mk[3] !== undefined))) {
      out.push('');
      const type = capitalise(mk?.[2] ?? 'note');
      label = { text: tab ? tab[1]!.trim() : mk![3]?.trim() || type, tab: tab !== null, type };
      boxBase = /^ */.exec(line)![0];
      mkdocs = true;
      // A box whose title is all it says: no line after it is indented into it.
      const next = nextText(i);
      if (mk && SAYS_ALL.test(label.text) && !next.startsWith(`${boxBase}    `)) {
        sayAllInTitle(mk[2] ?? 'note', label.text, boxBase);
      }
      continue;
    }
    const alert = quotedCode.isCode(line) ? null : CALLOUT.exec(line);
    if (alert && quoteDepth(line) > 1) {
      const shown = nestedCallout(input, i);
      if (shown !== null) emit(shown);
      continue;
    }
    if (alert) {
      // A tab that opens on a box ("== Bitbucket Cloud" over "> [!CAUTION] Self-hosted Plane"): the tab's name stands on
      // its own line, plain, or the box's label would replace it and the tab's steps would say nothing of whose they are.
      if (label !== null && (tabName !== null || vitepressTabs)) out.push(plainLabel(label), '');
      const type = capitalise(alert[2]!);
      label = { text: alert[3] || type, tab: false, type };
      // A box whose title is all it says: no quoted line under it holds text.
      if (alert[3] && SAYS_ALL.test(alert[3]) && !boxHoldsText(input, i)) {
        sayAllInTitle(alert[2]!, alert[3]);
      }
      continue;
    }

    if (/^\s*<\/Tabs>\s*$/.test(line)) {
      tabsHeadingLevel = null;
      emit(line);
      out.push(TABS_CLOSE);
      continue;
    }
    if (inTab && /^\s*<\/(?:TabItem|Tab)>\s*$/.test(line)) {
      const outer = outerTabs.pop();
      inTab = outer !== undefined;
      tabIndent = outer?.indent ?? null;
      tabName = outer?.name ?? null;
      out.push('');
      continue;
    }
    // A <details> box's <summary> is what its folded text answers or explains ("Why a mirror?"): it labels that text,
    // as a box's title does. Read as a paragraph, it was a step of its own, the answer the next one.
    const summary = /^\s*<summary>(.+?)<\/summary>\s*$/.exec(line);
    if (summary && !/<\/?summary>/.test(summary[1]!)) {
      out.push('');
      // A <br> in it parts its words ("More<br>info"): with the tags stripped they ran together.
      label = {
        text: summary[1]!
          .replace(BR, ' ')
          .replace(/<[^>]+>/g, '')
          .trim(),
        tab: false,
      };
      continue;
    }
    // Docusaurus' <CodeBlock language="bash"> is a code block, whose code the page may fill in ({vars.version}): read as
    // text, members saw "echo LIBRETIME_VERSION="{vars.version}" > .env" as a step of its own, in no code block.
    const codeBlock = /^(\s*)<CodeBlock(?=[\s>])/.exec(line);
    const closed = codeBlock ? input.findIndex((l, k) => k >= i && l.includes('</CodeBlock>')) : -1;
    if (codeBlock && closed >= 0 && closed < i + 200) {
      const { line: tagLine, col } = tagEnd(input, i);
      const element = input.slice(i, closed + 1).join('\n');
      const opened = input.slice(i, tagLine).join('\n').length + (tagLine > i ? 1 : 0) + col + 1;
      const language = attribute(element.slice(0, opened), 'language') ?? '';
      const margin = codeBlock[1]!;
      if (label !== null) out.push(margin + plainLabel(label));
      label = null;
      const code = codeBlockText(element.slice(opened, element.indexOf('</CodeBlock>')));
      out.push('', `${margin}\`\`\`${language}`, ...code.map((l) => margin + l), `${margin}\`\`\``, '');
      i = closed;
      continue;
    }
    // A drawing written into the page (an <svg> diagram of boxes and arrows, a partial of its own on autobrr's site):
    // its <text> labels ("IRC announces", "AUTOBRR", "push", "grab") are graphics, a word or two each where the drawing
    // puts them. Read as text, each was a paragraph of its own in the section. It goes, as a picture does.
    const drawing = /^\s*<svg(?=[\s>]|$)/i.test(line) ? svgEnd(input, i) : -1;
    if (drawing >= 0) {
      const rest = input[drawing]!.slice(input[drawing]!.search(/<\/svg>/i) + '</svg>'.length);
      i = drawing;
      if (rest.trim() !== '') emit(rest);
      continue;
    }
    // A link written over lines of its own ("<a href=…>" / "  <img alt=\"Download from Microsoft Store\" …/>" / "</a>",
    // a store's button) is one link, as the line it is joined into reads it (markdown-inline.ts): read as an element,
    // its tags went and the image with them, and "click the button below" led to nothing.
    const link = /^(\s*)<a\s[^>]*\bhref\s*=/i.test(line) && !/<\/a>/i.test(line) ? linkEnd(input, i) : -1;
    if (link > i) {
      emit(
        `${/^\s*/.exec(line)![0]}${input
          .slice(i, link + 1)
          .map((l) => l.trim())
          .join(' ')}`,
      );
      i = link;
      continue;
    }
    if (mdx) {
      const inner = elements.at(-1);
      if (inner && line.includes(`</${inner.name}>`)) {
        elements.pop();
        if (cardLink !== null) out.push(`- ${cardLink}`);
        cardLink = null;
        // A box or a step that said nothing leaves no label waiting for the next one's text.
        if (BOXES[inner.name] !== undefined || TITLED.test(inner.name) || inner.name === 'Admonition') label = null;
        out.push('');
        continue;
      }
      if (elements.some((e) => FALLBACK_ONLY.test(e.name))) continue;
      const element = OPEN_ELEMENT.exec(line);
      const name = element?.[1] ?? '';
      if (element && !VOID_ELEMENT.test(name) && !/^(?:Tabs|TabItem|Tab)$/.test(name)) {
        elements.push({ name, indent: null });
        out.push('');
        // Mintlify's boxes (<Tip>, <Warning>) label their text as an admonition does; a <Step title="…">, an
        // <Accordion title="…"> by its title.
        const titled = TITLED.test(name) ? attribute(line, 'title') : undefined;
        // A card that leads to a page ("<Card title="Tags" href="/docs/usage/tags">") is a link to it, with what it
        // says of the page: a section of nothing else is a table of contents, which the importer skips (navigation.ts).
        const href = name === 'Card' ? attribute(line, 'href') : undefined;
        if (titled && href) {
          cardLink = `[${titled}](${href})`;
          continue;
        }
        // Docusaurus' own box component, <Admonition type="tip" title="…">, is labelled as its ":::tip" is.
        const type = name === 'Admonition' ? attribute(line, 'type') : undefined;
        const box = BOXES[name] ?? titled ?? (type && (attribute(line, 'title') ?? capitalise(type)));
        if (box) {
          label = { text: box, tab: false };
        }
        continue;
      }
    }
    // A box whose title waits for its text meets tabs instead (":::tip[Installing KDE Partition Manager]" over a tab per
    // system): the title stands on its own line, plain, as before code; bold, it would read as a sub-heading.
    if (label !== null && /^\s*<(?:Tabs|TabItem|Tab)(?=[\s>])/.test(line)) {
      out.push(plainLabel(label), '');
      label = null;
    }
    if (/^\s*<Tabs(?=[\s>])/.test(line)) out.push(TABS_OPEN);
    const tag = TAG_START.exec(line);
    if (tag) {
      const { line: end, col } = tagEnd(input, i);
      const whole = input.slice(i, end + 1).join(' ');
      const name = tag[1]!;
      if (name === 'Tabs') {
        tabsHeadingLevel = null;
        // values={[{label: 'Android', value: 'android'}, …]}, keys in either order.
        tabLabels = new Map();
        for (const [, entry] of whole.matchAll(/\{([^{}]*)\}/g)) {
          const key = (k: string) => new RegExp(`\\b${k}\\s*:\\s*['"]([^'"]+)['"]`).exec(entry!)?.[1];
          // A label written as JSX ("label: (<><Icon … /> Android</>)") shows its text.
          const jsx = /\blabel\s*:\s*\(([^)]*)\)/
            .exec(entry!)?.[1]
            ?.replace(/<[^>]*>/g, '')
            .trim();
          const [tabLabel, value] = [key('label') ?? (jsx || undefined), key('value')];
          if (tabLabel && value) tabLabels.set(value, tabLabel);
        }
      }
      if (name === 'TabItem' || name === 'Tab') {
        if (inTab) outerTabs.push({ indent: tabIndent, name: tabName });
        const value = attribute(whole, 'value');
        tabName = attribute(whole, 'label') ?? jsxLabel(whole) ?? (value ? (tabLabels.get(value) ?? value) : null);
        label = tabName === null ? null : { text: tabName, tab: true };
        // Text after the opening tag on its line ("<TabItem value="mac">Use Command + C.</TabItem>") is the tab's.
        const rest = input[end]!.slice(col + 1).trim();
        // What a tab says before its first heading ("docker run …" over the tab's "#### Updating") is shown in the tab
        // above that heading, not under it: it is read in the section that holds the tabs, labelled by the tab, as a
        // tab without headings is. Read under the heading, the Docker CLI tab's run command was its "Updating" step.
        out.push(TAB_ITEM, '');
        // After a tab with headings, a tab with none has its label as a heading, level with theirs, over its text.
        if (tabsHeadingLevel !== null && label?.text && !tabHasHeading(input, end)) {
          out.push(`${'#'.repeat(tabsHeadingLevel)} ${label.text}`, '');
          label = null;
        }
        if (rest) emit(rest);
        tabIndent = null;
        inTab = true;
        i = end;
        continue;
      }
      if (end > i && /^[A-Z]/.test(name)) {
        // A component's attributes (JSX, perhaps with tags of their own inside) are never text: only what follows
        // the tag on its last line is.
        const rest = input[end]!.slice(col + 1);
        if (rest.trim()) emit(rest);
        i = end;
        continue;
      }
      if (end > i) {
        // A multi-line tag is joined, so the inline converter removes it as one tag.
        out.push(whole.replace(/\s+/g, ' '));
        i = end;
        continue;
      }
    }
    // A bold name ending on a hard line break, its text on the next line ("**Theme**\\" / "Dark mode makes…"): read
    // as one paragraph, the name and the text ran together ("**Theme** Dark mode makes…"). It labels the text.
    // A bold line standing alone in a tab ("**Configuration:**" over the tab's code) is no sub-heading of the page: read
    // as one, it took the tabs after its own, up to the page's next heading, into a topic of its name. It is the plain
    // lead-in it reads as.
    const alone = (input[i - 1] ?? '').trim() === '' && (input[i + 1] ?? '').trim() === '';
    const tabBold = inTab && alone ? boldOnly(line.trim()) : null;
    if (tabBold !== null) line = line.replace(/\S.*$/, labelled(tabBold));
    const term = HARD_BREAK_TERM.exec(line);
    const next = input[i + 1] ?? '';
    if (term && !/[.:?!]$/.test(term[2]!.trim()) && next.trim() !== '' && !NOT_TEXT.test(next))
      line = `${term[1]}**${term[2]!.trim()}:**`;
    // A heading written in HTML ("<h4>Step 1: Prepare the physical disk</h4>" in a tab) is a heading as a "####" line
    // is: in a tab, it is marked as the tab's, and a tab's or box's label stays off it. Read as text, the tab's first
    // one became "**Linux:** Step 1: …", and its others, "Step 2" of each tab, named no tab.
    const html = HTML_HEADING.exec(line);
    if (html && !amongHeadingSamples((unindented ??= input.map((l) => l.trimStart())), i))
      line = `${'#'.repeat(Number(html[1]))} ${html[2]}`;
    emit(line);
  }
  keepSentenceTitle();
  return out;
}
