import { type Section, tabMarked } from './section-tree.js';
import { FENCE } from '../knowledge/fences.js';

/**
 * Guides written in word processors fake their structure: a paragraph that is only bold text
 * ("**Password Lost**") acts as a sub-heading, and a "Step 1: …" line marks a step. This pass turns
 * the former into sub-sections; the latter stay lines of their section, where the step builder finds
 * them. A real heading titled "Step 2: …" stays a section of its own: it is a heading the author wrote,
 * and a team's labelled questions (and kb:import --json's `heading`) name it.
 */

/** "Step 3", "**Step 3: Enter your e-mail**", "Step 3 – Enter…": the number and what follows. */
export const STEP_LINE = /^\s*(?:\*\*|__)?\s*step\s*(\d{1,2})\b\s*(?:[:.)\-–—]\s*)?(?:\*\*|__)?\s*(.*?)\s*$/i;

/** The bold text of a paragraph that is nothing but bold text, e.g. `**Password Lost**`. */
export function boldOnly(paragraph: string): string | null {
  // Indented, it belongs to a list item or a box ("   **OR**" between two ways of doing a step): no heading.
  const m = /^ ?(?:\*\*([^*]+?)\*\*|__([^_]+?)__)\s*:?\s*$/.exec(paragraph);
  const text = (m?.[1] ?? m?.[2])?.trim().replace(/:$/, '');
  if (!text || text.length > 100 || STEP_LINE.test(text)) return null;
  // An address in bold ("**https://snapshot.org/#/delegate/space-name.eth**") is emphasis on a link, not a title.
  if (/^(?:https?:\/\/|www\.)\S+$/i.test(text)) return null;
  return text;
}

/**
 * The words of a paragraph that is a short label in italics, e.g. `*POP3*` over one way and `*IMAP*` over the other (a
 * FAQ answer's parts): a sub-heading, as a bold one is. A sentence in italics ("*If you came here by tapping the
 * notification, …*"), or a label ending in a stop or a colon, is emphasis on text, not a title.
 */
export function italicOnly(paragraph: string): string | null {
  const m = /^ ?(?:\*([^*\s](?:[^*]*[^*\s])?)\*|_([^_\s](?:[^_]*[^_\s])?)_)\s*$/.exec(paragraph);
  const text = m?.[1] ?? m?.[2];
  if (!text || text.length > 60 || /[.!?,;:…]$/.test(text) || !/^[\p{Lu}\p{N}]/u.test(text)) return null;
  return STEP_LINE.test(text) ? null : text;
}

/** Bold text that is a sentence: a statement ("… everything.", "… it!") or a question ("… not to sleep?"). */
const SENTENCE = /[^.][.!?]$/;
/** A sentence that is no question: "…" and "etc." aside, it ends on one stop or an exclamation mark. */
const STATEMENT = /[^.][.!]$/;

/** Split a section's own lines at bold-only paragraphs (and italic labels, when several); each starts a child section. */
function promote(section: Section): Section {
  const own: string[] = [];
  const pseudo: Section[] = [];
  let target = own;
  let fence = false;
  const alone = section.lines.map((marked, i, lines) => {
    // A bold line inside a tab carries the tab's name (mdx.ts): it tells the sub-heading apart, and is never text.
    const { text: line } = tabMarked(marked);
    if (FENCE.test(line)) fence = !fence;
    return !fence && (lines[i - 1] ?? '').trim() === '' && (lines[i + 1] ?? '').trim() === '';
  });
  // Italic labels head parts only where there are several ("*POP3*" … "*IMAP*"): one alone under a heading ("*Please
  // check the readme regarding the logos*") is a remark on the section's text. Among bold sub-headings ("**(134) Can
  // you…?**" of a FAQ) they are parts of one answer: they head parts of that sub-section when it is read in turn.
  const bold = section.lines.some((l, i) => alone[i] && boldOnly(tabMarked(l).text) !== null);
  const italics = bold ? [] : section.lines.filter((l, i) => alone[i] && italicOnly(tabMarked(l).text) !== null);
  // A sentence in bold ("**Note that this deletes everything.**", "**You need an active internet connection.**") is
  // emphasis on the text around it: made a heading, it became a topic of its own, taking the section's next steps.
  // Among other bold sentences and questions it is one of a FAQ's entries ("**My device has gone to sleep and I can't
  // send any messages.**" between "**How can I…?**" ones), which head their answers.
  const boldSentences = section.lines.filter((l, i) => alone[i] && SENTENCE.test(boldOnly(tabMarked(l).text) ?? ''));
  const titles = section.lines.map((marked, i) => {
    const line = tabMarked(marked).text;
    if (!alone[i]) return null;
    const title = boldOnly(line);
    if (title !== null && STATEMENT.test(title) && boldSentences.length < 2) return null;
    return title ?? (italics.length >= 2 ? italicOnly(line) : null);
  });
  // A bold line with nothing under it before the next one or the section's end heads nothing: it is the last word of
  // the text above it ("**Therefore, UAM should always be activated when using SMB.**"), which an empty sub-section
  // would drop. A tab's bold line stays a sub-heading: it names the tab.
  const heads = titles.map((title, i) => {
    if (title === null || tabMarked(section.lines[i]!).qualifier) return title;
    for (let j = i + 1; j < titles.length && titles[j] === null; j++) if (section.lines[j]!.trim() !== '') return title;
    return null;
  });
  section.lines.forEach((marked, i) => {
    const { text: line, qualifier } = tabMarked(marked);
    const title = heads[i];
    if (title) {
      target = [];
      pseudo.push({
        title,
        level: section.level + 1,
        lines: target,
        children: [],
        origin: 'pseudo',
        ...(qualifier && { qualifier }),
      });
      return;
    }
    target.push(line);
  });
  const children = [...pseudo, ...section.children].map((c) => ({ ...c, level: section.level + 1 }));
  return { ...section, lines: own, children: children.map(promote) };
}

export function applyPseudoHeadings(sections: readonly Section[]): Section[] {
  return sections.map(promote);
}

/** Whether a run of lines holds any bold-only paragraph, or several italic labels (for documents without headings). */
export function hasPseudoHeadings(lines: readonly string[]): boolean {
  const alone = (i: number) => (lines[i - 1] ?? '').trim() === '' && (lines[i + 1] ?? '').trim() === '';
  return (
    lines.some((l, i) => alone(i) && boldOnly(l) !== null) ||
    lines.filter((l, i) => alone(i) && italicOnly(l) !== null).length >= 2
  );
}
