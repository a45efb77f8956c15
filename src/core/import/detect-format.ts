/** The markup a guide is written in. Plain text is read as Markdown: it is Markdown without markup. */
export type GuideFormat = 'rst' | 'markdown';

/**
 * `.rst` and `.md` say what they are. A `.txt` guide is very often reStructuredText saved under a
 * neutral name (Sphinx sources, "Read the Docs" exports), so look for what only rst has:
 * `.. directive::` lines, overlined titles, or underlines in characters Markdown does not use.
 */
export function detectFormat(fileName: string, text: string): GuideFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'rst' || ext === 'rest') return 'rst';
  if (ext === 'md' || ext === 'mdx' || ext === 'markdown') return 'markdown';
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.some((l) => /^\s*\.\.\s+(?:[\w-]+::|_[^:]+:|\|[^|]+\|)/.test(l))) return 'rst';
  if (lines.some((l) => /^\s{0,3}#{1,6}\s+\S/.test(l) || /^\s{0,3}```/.test(l))) return 'markdown';
  const rstUnderline = lines.some(
    (l, i) => i > 0 && /^([~^"'`:+*#.])\1{3,}\s*$/.test(l) && (lines[i - 1] ?? '').trim() !== '',
  );
  return rstUnderline ? 'rst' : 'markdown';
}
