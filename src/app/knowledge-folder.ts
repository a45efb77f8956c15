import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EXAMPLES_FILE } from '../core/examples.js';
import {
  ALLOWLIST_FILE,
  LOCALES_DIR,
  NOT_TOPICS,
  type KnowledgeSource,
  type LoadResult,
} from '../core/knowledge-source.js';

/**
 * The knowledge folder on disk, read into the plain KnowledgeSource the core validates. File access
 * lives here, in the app layer, so the core stays testable without a disk.
 */
export async function readKnowledgeSource(dir: string): Promise<KnowledgeSource> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.md') && !NOT_TOPICS.has(n.toLowerCase())).sort();
  const files = await Promise.all(names.map(async (name) => ({ name, text: await readFile(join(dir, name), 'utf8') })));
  const allowedHostsText = await readFile(join(dir, ALLOWLIST_FILE), 'utf8').catch(() => null);
  const examplesText = await readFile(join(dir, EXAMPLES_FILE), 'utf8').catch(() => null);
  return { files, allowedHostsText, examplesText, packs: await readPacks(join(dir, LOCALES_DIR)) };
}

/** Language packs: knowledge/locales/<tag>/*.md, one folder per locale. No folder, no packs. */
async function readPacks(root: string): Promise<NonNullable<KnowledgeSource['packs']>> {
  const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
  const folders = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    folders.map(async (locale) => {
      const dir = join(root, locale);
      const names = (await readdir(dir)).filter((n) => n.endsWith('.md') && !NOT_TOPICS.has(n.toLowerCase())).sort();
      const files = await Promise.all(
        names.map(async (name) => ({ name, text: await readFile(join(dir, name), 'utf8') })),
      );
      const examplesText = await readFile(join(dir, EXAMPLES_FILE), 'utf8').catch(() => null);
      return { locale, files, examplesText };
    }),
  );
}

export async function loadKnowledge(dir: string): Promise<LoadResult> {
  let source: KnowledgeSource;
  try {
    source = await readKnowledgeSource(dir);
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'folder not found' : String(err);
    return { ok: false, errors: [{ file: dir, message: `cannot read the knowledge folder: ${reason}` }] };
  }
  // Loaded here, not up front: a start-up served from the guide cache never needs the YAML reader.
  const { buildKnowledge } = await import('../core/knowledge.js');
  return buildKnowledge(source);
}
