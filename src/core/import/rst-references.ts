import { altWords } from './inline-picture.js';
import { refName, type RstReferences, TRIM_LEFT, TRIM_RIGHT } from './rst-inline.js';
import { ADORNMENT, blank, DIRECTIVE, indentOf, OPTION } from './rst-syntax.js';

/** What a reference shows: section labels and page titles across a folder, a page's link targets and substitutions. */

/** A label set on its own line (`.. _sync-conflicts:`), naming what follows it. */
const LABEL = /^\.\.\s+_([^:`]+|`[^`]+`):\s*$/;

/**
 * A title as plain words, for a reference to it: its markup goes, a role's name with it ("`The config.py File`:index:",
 * as pgAdmin titles every page, showed as "The config.py File:index:").
 */
const plainTitle = (title: string) =>
  title
    .replace(/:[\w:+-]+:`([^`]*)`|`([^`]*)`:[\w:+-]+:/g, (_m, a?: string, b?: string) => a ?? b ?? '')
    .replace(/[`*]/g, '')
    .trim();

/**
 * The section labels of a reST page with the titles they stand above (`.. _webdav:` then "Accessing files using
 * WebDAV" underlined): :ref:`webdav` shows that title. Read from every page of a folder before any is parsed, since
 * a page refers to its neighbours' sections.
 */
export function rstSectionLabels(text: string): Map<string, string> {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const titles = new Map<string, string>();
  lines.forEach((l, i) => {
    const label = LABEL.exec(l);
    if (!label) return;
    let j = i + 1;
    while (j < lines.length && (blank(lines[j]) || LABEL.test(lines[j]!))) j++;
    // An overlined title ("=====" / "Title" / "=====") or an underlined one ("Title" / "-----").
    const overlined = ADORNMENT.test(lines[j] ?? '') && ADORNMENT.test(lines[j + 2] ?? '');
    const title = overlined ? lines[j + 1] : ADORNMENT.test(lines[j + 1] ?? '') ? lines[j] : undefined;
    // Shown as plain words: the title's own markup ("Using ``webdav``") is not the reference's.
    if (title && !blank(title)) titles.set(refName(label[1]!.replace(/`/g, '')), plainTitle(title));
  });
  for (const [name, caption] of figureCaptions(lines)) if (!titles.has(name)) titles.set(name, caption);
  return titles;
}

/** A label naming a figure or a table: on its own line, indented into a box or a list, or opening a list-table's cell. */
const FIGURE_LABEL = /^\s*(?:[*-]\s+)*\.\.\s+_([^:`]+|`[^`]+`):\s*$/;

/**
 * The figures and titled tables a page labels (".. _fig-screw-start:" over ".. figure:: screw.png" and its caption
 * "Profile with a starting vector angle.", or over ".. list-table:: Bended mesh."), with their captions: Sphinx shows
 * the caption for :ref:`fig-screw-start` ("See Fig. Profile with a starting vector angle."), where the label's words
 * read "See Fig. fig screw start".
 */
function figureCaptions(lines: readonly string[]): Map<string, string> {
  const captions = new Map<string, string>();
  lines.forEach((l, i) => {
    const label = FIGURE_LABEL.exec(l);
    if (!label) return;
    let j = i + 1;
    while (j < lines.length && (blank(lines[j]) || FIGURE_LABEL.test(lines[j]!))) j++;
    // A table's title (".. list-table:: Bended mesh.") is what Sphinx shows for a reference to it.
    const table = /^\s*\.\.\s+(?:list-|csv-)?table::\s*(\S.*)$/.exec(lines[j] ?? '')?.[1];
    if (table) captions.set(refName(label[1]!.replace(/`/g, '')), plainTitle(table).replace(/(?<!\.)\.$/, ''));
    if (!/^\s*\.\.\s+figure::/.test(lines[j] ?? '')) return;
    const column = indentOf(lines[j]!);
    // Past the figure's path and options, then the blank line: its caption is the paragraph indented under it.
    let k = j + 1;
    while (k < lines.length && !blank(lines[k]) && indentOf(lines[k]!) > column) k++;
    while (k < lines.length && blank(lines[k])) k++;
    const caption: string[] = [];
    while (k < lines.length && !blank(lines[k]) && indentOf(lines[k]!) > column) caption.push(lines[k++]!.trim());
    // Its full stop goes: the reference stands in a sentence of its own ("Fig. Generated mesh, it turns").
    if (caption.length > 0 && !DIRECTIVE.test(caption[0]!))
      captions.set(refName(label[1]!.replace(/`/g, '')), plainTitle(caption.join(' ')).replace(/(?<!\.)\.$/, ''));
  });
  return captions;
}

/**
 * A reST page's title, its first section title (overlined or underlined, at the margin): what Sphinx shows for a
 * :doc: naming the page. Plain words, as for a :ref:'s section title.
 */
export function rstPageTitle(text: string): string | undefined {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  for (let j = 0; j + 1 < lines.length; j++) {
    const [l, next] = [lines[j]!, lines[j + 1]!];
    const overlined = ADORNMENT.test(l) && !blank(next) && !ADORNMENT.test(next) && ADORNMENT.test(lines[j + 2] ?? '');
    const underlined =
      !blank(l) &&
      indentOf(l) === 0 &&
      !ADORNMENT.test(l) &&
      blank(lines[j - 1]) &&
      ADORNMENT.test(next) &&
      next.trim().length >= Math.min(4, l.trim().length);
    const title = overlined ? next : underlined ? l : undefined;
    if (title) return plainTitle(title);
  }
  return undefined;
}

/** Definitions the inline converter needs, gathered before conversion so forward references work. */
export function collectReferences(lines: readonly string[], sectionTitles: ReadonlyMap<string, string>): RstReferences {
  const targets = new Map<string, string>();
  const substitutions = new Map<string, string>();
  const pictures = new Set<string>();
  lines.forEach((l, i) => {
    const t = /^\s*\.\.\s+_([^:]+|`[^`]+`):\s*(\S+)\s*$/.exec(l);
    if (t) targets.set(refName((t[1] ?? '').replace(/`/g, '')), t[2] ?? '');
    const s = /^\s*\.\.\s+\|([^|]+)\|\s+replace::\s*(.*)$/.exec(l);
    if (s) substitutions.set(refName(s[1] ?? ''), s[2] ?? '');
    // A character by its code (".. |atilde| unicode:: U+000E3"): the character, as docutils writes it in.
    const u = /^\s*\.\.\s+\|([^|]+)\|\s+unicode::\s*(.*)$/.exec(l);
    if (u) {
      // Its ":trim:", ":ltrim:" and ":rtrim:" options take the spaces beside it away ("120 |deg|" shows "120°").
      let trim = '';
      for (let j = i + 1; j < lines.length && OPTION.test(lines[j]!); j++) trim += lines[j]!.trim();
      const [left, right] = [/:(?:l?trim):/.test(trim), /:(?:r?trim):/.test(trim)];
      substitutions.set(
        refName(u[1] ?? ''),
        `${left ? TRIM_LEFT : ''}${unicodeText(u[2] ?? '')}${right ? TRIM_RIGHT : ''}`,
      );
    }
    // An icon in the text ("click the |share| icon") may read as its alt text, given on an option line below it (without
    // a closing full stop: "Save icon." in "tap Save icon. twice"), where the sentence has a gap for it; one
    // without is a picture the sentence may name (inline-picture.ts). So is one whose alt text names nothing but is a
    // sentence for screen readers (Mattermost's "Use the More icon to access additional message options."): read in, it
    // stood inside the sentence it was the icon of ("select the options menu Use the More icon to access additional
    // message options. to move the block").
    const image = /^\s*\.\.\s+\|([^|]+)\|\s+image::/.exec(l);
    if (image) {
      pictures.add(refName(image[1] ?? ''));
      for (let j = i + 1; j < lines.length && OPTION.test(lines[j]!); j++) {
        const alt = /^\s*:alt:\s*(.+)$/.exec(lines[j]!)?.[1]?.trim();
        const words = alt ? altWords(alt.replace(/\.$/, '')) : '';
        if (words) substitutions.set(refName(image[1] ?? ''), words);
      }
    }
  });
  return { targets, substitutions, pictures, sectionTitles };
}

/**
 * A unicode directive's text: each code ("U+000E3", "0xE3", "x2122", "\u00A9", "&#x2014;", "169") as its character,
 * any other word as written, a comment after ".." left out. Read as an unknown substitution, it was dropped: "|atilde|:
 * A, Alt-Backspace, ~" showed ": A, …", the character it explains gone.
 */
function unicodeText(codes: string): string {
  return codes
    .split(/\s\.\.\s/)[0]!
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((code) => {
      const hex = /^(?:0x|x|\\x|U\+|u|\\u|&#x)([0-9a-f]+);?$/i.exec(code)?.[1];
      const decimal = /^(?:&#)?(\d+);?$/.exec(code)?.[1];
      const point = hex !== undefined ? Number.parseInt(hex, 16) : decimal !== undefined ? Number(decimal) : NaN;
      return Number.isFinite(point) && point <= 0x10ffff ? String.fromCodePoint(point) : code;
    })
    .join('');
}
