import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLES_FILE } from '../core/knowledge/examples.js';
import {
  ALLOWLIST_FILE,
  LOCALES_DIR,
  NOT_TOPICS,
  TICKET_FORM_FILE,
  type KnowledgeSource,
  type LoadResult,
} from '../core/knowledge/knowledge-source.js';

/**
 * The knowledge folder on disk, read into the plain KnowledgeSource the core validates. File access
 * lives here, in the app layer, so the core stays testable without a disk. The reads are synchronous: a
 * guide with its packs is a few hundred small files, read in milliseconds that way, where three hundred
 * promises took ten times as long at start-up.
 */
export async function readKnowledgeSource(dir: string): Promise<KnowledgeSource> {
  const names = readdirSync(dir).filter(isTopicFile).sort();
  const files = names.map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
  return {
    files,
    allowedHostsText: readIfThere(join(dir, ALLOWLIST_FILE)),
    examplesText: readIfThere(join(dir, EXAMPLES_FILE)),
    ticketFormText: readIfThere(join(dir, TICKET_FORM_FILE)),
    packs: readPacks(join(dir, LOCALES_DIR)),
  };
}

const isTopicFile = (name: string) => name.endsWith('.md') && !NOT_TOPICS.has(name.toLowerCase());

function readIfThere(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** Language packs: knowledge/locales/<tag>/*.md, one folder per locale. No folder, no packs. */
function readPacks(root: string): NonNullable<KnowledgeSource['packs']> {
  if (!existsSync(root)) return [];
  const folders = readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return folders.map((locale) => {
    const dir = join(root, locale);
    const files = readdirSync(dir)
      .filter(isTopicFile)
      .sort()
      .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
    return { locale, files, examplesText: readIfThere(join(dir, EXAMPLES_FILE)) };
  });
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
  const { buildKnowledge } = await import('../core/knowledge/knowledge.js');
  return buildKnowledge(source);
}
