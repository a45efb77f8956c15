import { parse, stringify } from 'yaml';
import { splitFrontMatter } from '../knowledge/front-matter.js';
import type { Topic } from '../knowledge/topic.js';
import type { ImportResult } from './sections-to-topics.js';

/**
 * A translated guide imported as a language pack of the guide: the translation has the same sections in the
 * same order as the guide it translates (what a translated manual is), so its Nth topic becomes the pack's
 * version of the guide's Nth topic, under the guide's id. Titles, summaries and steps come from the
 * translation; aliases the importer derived from its headings are kept; sections, related topics and commands
 * stay the guide's (a pack names a command only when a person chooses the translated name).
 */
export interface PackImport {
  files: Array<{ file: string; text: string }>;
  /** Each pack file with the heading it was made from, in order, for the report. */
  pairs: Array<{ id: string; guideTitle: string; title: string }>;
}

export type PackImportResult = { ok: true; pack: PackImport } | { ok: false; message: string };

export function importAsPack(imported: ImportResult, guide: readonly Topic[]): PackImportResult {
  if (imported.topics.length !== guide.length) {
    return {
      ok: false,
      message:
        `the translation has ${imported.topics.length} sections and the guide ${guide.length} topics: a pack pairs ` +
        `them in order, so the translation must have the same sections as the guide`,
    };
  }
  const files: PackImport['files'] = [];
  const pairs: PackImport['pairs'] = [];
  imported.topics.forEach((t, i) => {
    const english = guide[i]!;
    const split = splitFrontMatter(t.text);
    const fm = (split ? parse(split.yaml) : {}) as { title?: string; summary?: string; aliases?: string[] };
    const front: Record<string, unknown> = { id: english.id, title: fm.title ?? english.title };
    if (fm.summary) front.summary = fm.summary;
    if (fm.aliases?.length) front.aliases = fm.aliases;
    const text = `---\n${stringify(front, { lineWidth: 0 }).trimEnd()}\n---\n${split?.body ?? ''}`;
    files.push({ file: `${english.id}.md`, text });
    pairs.push({ id: english.id, guideTitle: english.title, title: String(front.title) });
  });
  return { ok: true, pack: { files, pairs } };
}
