/** Text helpers for the places where markup must not appear: titles, ids, aliases, summaries. */

/** Markdown → the words a reader sees: links keep their label, emphasis and code marks go. */
export function plainText(md: string): string {
  // Code spans ("attach `*.xyz` files") and escaped characters keep their text as written: set aside before
  // emphasis is removed, put back at the end.
  const kept: string[] = [];
  return (
    md
      .replace(/\u0000/g, '')
      .replace(/(`+)(.+?)\1/g, (_m, _ticks: string, inner: string) => `\u0000${kept.push(inner.trim()) - 1}\u0000`)
      // A backslash escape ("2\. Add an account", "\*nix") is markup too: the character stands as written.
      .replace(/\\([!-/:-@[-`{-~])/g, (_m, ch: string) => `\u0000${kept.push(ch) - 1}\u0000`)
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/(\*\*|\*|~~)(\S(?:.*?\S)?)\1/g, '$2')
      // Underscores mark emphasis only at a word's edge: "WRITE_SECURE_SETTINGS" and "snake_case" keep theirs.
      .replace(/(?<![\p{L}\p{N}_])(__|_)(\S(?:.*?\S)?)\1(?![\p{L}\p{N}_])/gu, '$2')
      .replace(/[*`]/g, '')
      .replace(/\u0000(\d+)\u0000/g, (_m, i: string) => kept[Number(i)] ?? '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** A heading as compared with another: the words a reader sees, case aside ("**Sync**" and "sync" are one). */
export const headingKey = (title: string): string => plainText(title).toLowerCase();

/** Cut at a word boundary so a summary or title never ends mid-word. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

/** A text ending on an ellipsis that stands as a word of its own ("… fails with *...", "...* *..."). */
const OPENING_ELLIPSIS = /(?:^|\s)[*_"“‘(]*(?:\.{3}|…)$/;
const ABBREVIATIONS = /\b(?:e\.g|i\.e|etc|vs|mr|mrs|ms|dr|no|approx|incl)\.$/i;

/** Sentences of a paragraph, for guides whose sections are prose only. */
export function sentences(paragraph: string): string[] {
  const parts = paragraph.split(/(?<=[.!?]["”’)]?)\s+(?=["“‘(*]?[A-Z0-9])/);
  const out: string[] = [];
  for (const p of parts) {
    const prev = out[out.length - 1];
    // An ellipsis standing alone opens the words after it, a quoted error ("*... Untrusted ... not in certificate ...*"):
    // cut there, "..." was the summary of the answer it opens.
    if (prev !== undefined && (ABBREVIATIONS.test(prev) || OPENING_ELLIPSIS.test(prev)))
      out[out.length - 1] = `${prev} ${p}`;
    else out.push(p);
  }
  return out.map((s) => s.trim()).filter(Boolean);
}
