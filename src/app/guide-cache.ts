import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Assistant } from '../core/assistant.js';
import type { KnowledgeError } from '../core/knowledge/knowledge-source.js';
import type { SpellingMemory } from '../core/search/search-index.js';
import type { Knowledge, LocalizedTopic } from '../core/knowledge/topic.js';
import { readKnowledgeSource } from './knowledge-folder.js';

/**
 * Start-up's own cost is mostly reading the guide (YAML) and the typo corrections made while indexing it.
 * Both are pure functions of the guide's files and the core's code, so they are kept in a cache file named
 * by a hash of both: an edited guide or a changed core gets a new name and is built afresh, never served
 * stale. The cache lives under node_modules/.cache (the usual place for tool caches); when it cannot be
 * read or written (a read-only install) the guide is simply built as before.
 */
const CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/stepwise/', import.meta.url));
const CORE_DIR = fileURLToPath(new URL('../core/', import.meta.url));
/** Bump when the cache file's shape changes. */
const FORMAT = 5;
/** Cache files kept (one per recent version of the guide or the core). */
const KEEP = 4;

export type GuideLoad = { ok: true; assistant: Assistant; cached: boolean } | { ok: false; errors: KnowledgeError[] };

interface CacheFile {
  format: number;
  knowledge: Omit<Knowledge, 'byId' | 'packs'> & { packs: Array<[string, Array<[string, LocalizedTopic]>]> };
  spelling: StoredSpelling;
  /** The multilingual index's, for a guide with language packs (see Assistant.warm). */
  packSpelling: StoredSpelling;
}

interface StoredSpelling {
  edited: Array<[string, string[]]>;
  guide: Array<[string, string[]]>;
  examples: string[][];
}

const storedSpelling = (s: SpellingMemory): StoredSpelling => ({
  edited: [...s.edited],
  guide: [...s.guide],
  examples: s.examples ?? [],
});

const spellingMemory = (s: StoredSpelling): SpellingMemory => ({
  edited: new Map(s.edited),
  guide: new Map(s.guide),
  examples: s.examples,
});

/**
 * A hash of the core's source files. A build made by scripts/build.mjs carries it in fingerprint.txt (hashing the
 * files here cost every start 13 ms); run from the sources, the files are hashed. Null when neither is on disk (code
 * bundled elsewhere without them), which turns caching off.
 */
async function coreFingerprint(): Promise<string | null> {
  try {
    return readFileSync(join(CORE_DIR, 'fingerprint.txt'), 'utf8').trim();
  } catch {
    // Not a build: the sources themselves.
  }
  try {
    const hash = createHash('sha256');
    // Synchronous: seventy small files are read in a few milliseconds, where as many promises took far longer.
    const names = readdirSync(CORE_DIR, { recursive: true, encoding: 'utf8' })
      .filter((n) => /\.(ts|js|json)$/.test(n))
      .sort();
    for (const name of names) hash.update(name).update(readFileSync(join(CORE_DIR, name)));
    return hash.digest('hex');
  } catch {
    return null;
  }
}

/**
 * Load, validate and index the guide in `dir`, through the cache when it can. The language readers the Assistant
 * asks with are the caller's to load (see language-readers.ts), when it best suits its start-up.
 */
export async function loadGuide(dir: string): Promise<GuideLoad> {
  let source: Awaited<ReturnType<typeof readKnowledgeSource>>;
  try {
    source = await readKnowledgeSource(dir);
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'folder not found' : String(err);
    return { ok: false, errors: [{ file: dir, message: `cannot read the knowledge folder: ${reason}` }] };
  }
  const core = await coreFingerprint();
  const key = core && createHash('sha256').update(`${FORMAT}\n${core}\n`).update(JSON.stringify(source)).digest('hex');
  const file = key ? join(CACHE_DIR, `guide-${key.slice(0, 32)}.json`) : null;
  const hit = file ? await readCache(file) : null;
  if (hit) {
    const knowledge: Knowledge = {
      ...hit.knowledge,
      byId: new Map(hit.knowledge.topics.map((t) => [t.id, t])),
      packs: new Map(hit.knowledge.packs.map(([locale, topics]) => [locale, new Map(topics)])),
    };
    const assistant = new Assistant(knowledge, spellingMemory(hit.spelling), spellingMemory(hit.packSpelling));
    return { ok: true, assistant, cached: true };
  }
  const { buildKnowledge } = await import('../core/knowledge/knowledge.js');
  const built = buildKnowledge(source);
  if (!built.ok) return built;
  const assistant = new Assistant(built.knowledge);
  if (file) {
    // Between the two builds, whatever waits (a member's /ask while an edited guide reloads) is served.
    await new Promise((resolve) => setImmediate(resolve));
    // Before the cache is written, so it keeps the multilingual index's spelling too (most of that index's build
    // time): on the next starts the first question in a pack's language builds that index in a second, not four.
    // Without a cache (a bundled build) there is nothing to keep it in, and it is built on first use as ever.
    assistant.warm();
    await writeCache(file, assistant);
  }
  return { ok: true, assistant, cached: false };
}

async function readCache(file: string): Promise<CacheFile | null> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as CacheFile;
    return parsed.format === FORMAT ? parsed : null;
  } catch {
    return null;
  }
}

async function writeCache(file: string, assistant: Assistant): Promise<void> {
  const { byId: _, packs, ...rest } = assistant.knowledge;
  const body: CacheFile = {
    format: FORMAT,
    knowledge: { ...rest, packs: [...packs].map(([locale, topics]) => [locale, [...topics]]) },
    spelling: storedSpelling(assistant.spelling),
    packSpelling: storedSpelling(assistant.packSpelling),
  };
  try {
    await mkdir(CACHE_DIR, { recursive: true });
    // Written aside and renamed: a crash mid-write never leaves half a cache file under the real name.
    const temp = `${file}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify(body));
    await rename(temp, file);
    // Each guide edit writes a new file: keep the few newest, so the cache does not grow with every edit.
    const old = (await readdir(CACHE_DIR)).filter((n) => /^guide-[0-9a-f]+\.json$/.test(n));
    const dated = await Promise.all(old.map(async (n) => ({ n, at: (await stat(join(CACHE_DIR, n))).mtimeMs })));
    for (const { n } of dated.sort((a, b) => b.at - a.at).slice(KEEP)) await rm(join(CACHE_DIR, n), { force: true });
  } catch {
    // A read-only install: start-up just builds the guide each time.
  }
}
