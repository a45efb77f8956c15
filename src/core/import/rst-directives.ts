import {
  ADORNMENT,
  blank,
  DIRECTIVE_OPTION,
  indentOf,
  FIELD,
  LINE_BLOCK,
  LIST_ITEM,
  DIRECTIVE,
  opensTable,
} from './rst-syntax.js';
import { markTab } from './section-tree.js';

/**
 * What each directive is to a reader (a box, a tab, code, a table, an object, nothing to show), and how the text it
 * wraps is read.
 */

export const ADMONITIONS = new Set([
  'note',
  'tip',
  'hint',
  'important',
  'warning',
  'caution',
  'attention',
  'danger',
  'error',
  'seealso',
  'admonition',
]);
/** A box's label: its type as the site shows it ("Note", "See also"), or a generic admonition's title. */
export const admonitionLabel = (name: string, arg: string): string =>
  name === 'admonition' ? arg : name === 'seealso' ? 'See also' : name[0]!.toUpperCase() + name.slice(1);
export const CODE_DIRECTIVES = new Set(['code-block', 'code', 'sourcecode', 'highlight', 'parsed-literal']);
/** sphinx-tabs and sphinx-design tabs: the directive's argument names the tab. (A code tab is code: see parse-rst.) */
export const TAB_DIRECTIVES = new Set(['tab', 'group-tab', 'tab-item']);
/**
 * Directives whose argument is for the build, not the reader: a condition ("only:: html"), a column count
 * ("grid:: 2"), a CSS class ("container:: cfloat-left"). Their content is read; the argument is not.
 */
export const LAYOUT_DIRECTIVES = new Set([
  // A figure's argument is its picture's path; its legend, below its caption, is text. So is a thumbnail's
  // (sphinxcontrib-images).
  'figure',
  'thumbnail',
  'only',
  'grid',
  'grid-item',
  'container',
  'div',
  'rst-class',
  'cssclass',
  'tab-set',
  'tabs',
  'card-carousel',
]);
/**
 * Sphinx's object descriptions (".. data:: LOCAL_GROUPS", ".. option:: --verbose", ".. confval:: theme", a domain's
 * ".. py:function:: sync(path)"): the argument names what the text below it describes, as a definition list's term does.
 */
export const OBJECT_DIRECTIVES = new Set([
  'data',
  'option',
  'cmdoption',
  'envvar',
  'confval',
  'setting',
  'describe',
  'object',
  'function',
  'class',
  'method',
  'attribute',
  'property',
  'exception',
  'decorator',
  'macro',
  'directive',
  'role',
  'event',
]);
/** Version notes: "New in version 26: Links can carry a label." */
export const VERSION_NOTES: Record<string, string> = {
  versionadded: 'New in version',
  versionchanged: 'Changed in version',
  deprecated: 'Deprecated since version',
};
/**
 * Directives whose content a reader never sees as text (navigation, file inclusion, markup for the build).
 * Any other directive (glossary, versionadded, only, tab, option, topic, rubric, list-table, …) wraps text
 * a member may need: its argument and content are read as if they stood there unwrapped.
 */
export const HIDDEN_DIRECTIVES = new Set([
  'toctree',
  'contents',
  'raw',
  'include',
  'literalinclude',
  'index',
  'meta',
  'default-role',
  'role',
  'title',
  'sectnum',
  'header',
  'footer',
  'target-notes',
  'class',
  'highlight',
  'currentmodule',
  'module',
  'automodule',
  'autoclass',
  'autofunction',
  'tabularcolumns',
  'cssclass',
  'rst-class',
  // Sphinx settings for the rest of the page ("default-domain:: stconf" made a topic out of the word "stconf").
  'default-domain',
  'highlightlang',
  'sectionauthor',
  'moduleauthor',
  'codeauthor',
  'program',
  'py:module',
  'py:currentmodule',
  'autosummary',
  'autodata',
  'automethod',
  'autoattribute',
  'autoexception',
  // Notes for the writers (shown only when the build asks for them).
  'todo',
  'todolist',
  'spelling:word-list',
  // A page's tags for the site's index ("tags:: educator, how-to" led every Open edX page's summary), and videos.
  'tags',
  'youtube',
  'vimeo',
  'video',
  // A PeerTube video (Blender's ".. peertube:: c675e272-…"): its argument, the video's id, read as a step of its own.
  'peertube',
]);

/**
 * Directives that draw a diagram from the source they wrap ("blockdiag {" / "A -> B;", "digraph {"): a picture, which
 * Discord cannot show. Read as text, sphinxcontrib-blockdiag's source was a run of braces and arrows under a bold
 * "blockdiag {:".
 */
export const DIAGRAM_DIRECTIVES = new Set([
  'graphviz',
  'graph',
  'digraph',
  'inheritance-diagram',
  'mermaid',
  'plantuml',
  'uml',
  'blockdiag',
  'seqdiag',
  'actdiag',
  'nwdiag',
  'rackdiag',
  'packetdiag',
  'kroki',
  'wavedrom',
]);

/** A line of roles and nothing else (":doc:`setup`", ":ref:`Setup <setup>`,", ":ref:`a`, :ref:`b`"). */
export const ROLES_ONLY = /^\s*(?::[\w:+-]+:`[^`]+`[\s,]*)+$/;

/**
 * A directive's body past its options: the field list right under the directive line (":alt: A camera", a value
 * wrapped onto deeper lines), up to the first blank line, at whatever indentation the page uses (three spaces or four).
 * A field list further down is the directive's text.
 */
export function afterOptions(body: readonly string[]): string[] {
  let k = 0;
  while (
    k < body.length &&
    !blank(body[k]) &&
    (DIRECTIVE_OPTION.test(body[k]!) || (k > 0 && indentOf(body[k]!) > indentOf(body[0]!)))
  )
    k++;
  return body.slice(k);
}

/**
 * An object description's names after its first: the lines right under the directive, up to a blank line or an option
 * (".. mixxx:control:: [ChannelN],cue_play" over "[SamplerN],cue_play"), one signature a line.
 */
export function moreSignatures(body: readonly string[]): string[] {
  const end = body.findIndex((l) => blank(l) || DIRECTIVE_OPTION.test(l));
  return body.slice(0, end < 0 ? body.length : end).map((l) => l.trim());
}

/**
 * A box's paragraphs (a tip, a note, a version note) read as one: its label leads only the first, so a second paragraph
 * left apart was a step of its own or loose text after the box, no longer marked as the tip it is. The blank lines
 * between its plain paragraphs at `indent` go, and they run on as one paragraph under the label. Stops at anything
 * else (a list, a literal block, a nested directive, a field, a line block, a term over its definition), which keeps
 * its own form. In place.
 */
export function joinBoxParagraphs(text: string[], indent: number): void {
  const plain = (l: string) =>
    !blank(l) &&
    indentOf(l) === indent &&
    !LIST_ITEM.test(l) &&
    !DIRECTIVE.test(l) &&
    !FIELD.test(l) &&
    !LINE_BLOCK.test(l) &&
    !ADORNMENT.test(l) &&
    !opensTable(l);
  /** The end of the plain paragraph at `k`, or -1 when it is something else. */
  const paragraphEnd = (k: number) => {
    let end = k;
    while (end < text.length && !blank(text[end])) if (!plain(text[end++]!)) return -1;
    return end;
  };
  /**
   * A block quote in the box ("you may see this error:" over an indented "sudo: … must be owned by uid 0"): its words are
   * the box's, set apart in italics as the indentation sets them apart. Left apart it ended the box there, and the
   * quote and the box's paragraphs after it were steps of their own, no longer marked as the note they are.
   */
  const quotes = new Set<string>();
  const quoteAt = (k: number) => {
    let end = k;
    while (end < text.length && !blank(text[end])) end++;
    const quote = text.slice(k, end);
    const deeper = indentOf(text[k]!);
    if (deeper <= indent || quote.some((l) => indentOf(l) !== deeper)) return false;
    if (!quote.map((l) => l.slice(deeper - indent)).every(plain)) return false;
    const words = quote.map((l) => l.trim()).join(' ');
    const line = ' '.repeat(indent) + (/[*_`|\\]/.test(words) ? words : `*${words}*`);
    quotes.add(line);
    text.splice(k, end - k, line);
    return true;
  };
  let start = text.findIndex((l) => !blank(l));
  if (start < 0) return;
  let end = paragraphEnd(start);
  while (end > 0 && !/::\s*$/.test(text[end - 1]!)) {
    let next = end;
    while (next < text.length && blank(text[next])) next++;
    if (next < text.length && paragraphEnd(next) < 0 && /:\s*$/.test(text[end - 1]!)) quoteAt(next);
    if (next >= text.length || paragraphEnd(next) < 0) return;
    // A one-line paragraph without closing punctuation is the box's title ("Copying ticket hook and number" over
    // "To copy the ticket hook…"): a colon keeps it from running on into the sentence after it.
    if (end === start + 1 && !quotes.has(text[start]!) && !/[.!?:;,]["'”’)*_`]*\s*$/.test(text[start]!))
      text[start] = `${text[start]!.trimEnd()}:`;
    text.splice(end, next - end);
    start = end;
    end = paragraphEnd(start);
  }
}

/**
 * A tab's text with titles (sphinx-inline-tabs ":parse-titles:"): each title carries the tab's name, which tells it from
 * the same title in the next tab, and the first one moves up to where the tab opens, so the tab's words before it are
 * read under it rather than at the end of the previous tab's last section. Whether it had a title.
 */
export function markTabTitles(text: string[], tab: string): boolean {
  const isTitle = (k: number) =>
    !blank(text[k]) && !ADORNMENT.test(text[k]!) && ADORNMENT.test(text[k + 1] ?? '') && blank(text[k - 1]);
  let first = -1;
  for (let k = 0; k < text.length; k++)
    if (isTitle(k)) {
      if (first < 0) first = k;
      text[k] = markTab(text[k]!, tab);
    }
  if (first > 0 && text.slice(0, first).some((l) => !blank(l))) text.unshift('', ...text.splice(first, 2), '');
  return first >= 0;
}

/**
 * A glossary entry may name its term several ways, one per line ("API" / "Application Program Interface" over the
 * definition): Sphinx shows each as a term of the same definition. Read apart, the first was a line of text and the
 * second the term ("API Application Program Interface An API is…", no term shown): they are one term line, "API,
 * Application Program Interface". In place.
 */
export function joinGlossaryTerms(text: string[]): void {
  for (let k = 0; k < text.length; k++) {
    if (blank(text[k]) || !blank(text[k - 1])) continue;
    let end = k + 1;
    while (end < text.length && !blank(text[end]) && indentOf(text[end]!) === indentOf(text[k]!)) end++;
    if (end === k + 1 || blank(text[end]) || indentOf(text[end]!) <= indentOf(text[k]!)) continue;
    const names = text.slice(k, end).map((l) => l.trim());
    text.splice(k, end - k, text[k]!.replace(/\S.*$/, names.join(', ')));
  }
}
