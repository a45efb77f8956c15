import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** ../shared beside the checkout, as CI lays it out; never an absolute path of one machine. */
export const SHARED_DIR = resolve(import.meta.dirname, '..', '..', '..', 'shared');
export const SEED_DIR = join(SHARED_DIR, 'seed');
export const DEV_QUESTIONS = join(SHARED_DIR, 'eval', 'questions.dev.jsonl');

/** The seed guide (the one .txt file in shared/seed). */
export const SEED_FILE = join(
  SEED_DIR,
  readdirSync(SEED_DIR)
    .filter((n) => n.endsWith('.txt'))
    .sort()[0] ?? 'missing.txt',
);

/**
 * The unofficial login link the seed's image points to, read from the seed at run time so that the
 * host itself is written nowhere in this repository.
 */
export function seedUnofficialLink(): { url: string; host: string } {
  const m = /:target:\s*(\S+)/.exec(readFileSync(SEED_FILE, 'utf8'));
  if (!m) throw new Error(`no :target: link in ${SEED_FILE}`);
  return { url: m[1]!, host: new URL(m[1]!).hostname };
}
