import { readFile } from 'node:fs/promises';
import { type Concept, useCrossLanguageLexicon } from '../core/normalise/cross-language.js';

let loading: Promise<void> | undefined;

/**
 * Reads src/core/normalise/cross-language.json once and hands it to the core (see cross-language.ts). JSON.parse of the file
 * takes about 5 ms; importing it as a module through tsx takes 20-35 ms of start-up. A bundled build (esbuild) has no
 * file beside it: the bundler carries the JSON through the import below instead.
 */
export function loadCrossLanguageLexicon(): Promise<void> {
  loading ??= readFile(new URL('../core/normalise/cross-language.json', import.meta.url), 'utf8')
    .then((text) => JSON.parse(text) as Concept[])
    .catch(() =>
      import('../core/normalise/cross-language.json', { with: { type: 'json' } }).then(
        (m) => m.default as unknown as Concept[],
      ),
    )
    .then(useCrossLanguageLexicon);
  return loading;
}
