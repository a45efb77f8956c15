/**
 * Resident memory of a process that only builds the index of an N-topic synthetic guide and answers the
 * questions given after N with it. Run alone by
 * `npm run bench` so that nothing else the benchmark did inflates the figure. Prints one JSON line.
 */
import { modelPolicy, taughtPolicy } from '../src/core/decide/policy.js';
import { decide } from '../src/core/decide/decision.js';
import { loadKnowledge } from '../src/app/knowledge-folder.js';
import { SearchIndex } from '../src/core/search/search-index.js';
import { DEFAULT_SEARCH_PARAMS } from '../src/core/tuning.js';
import { syntheticGuide } from './synthetic-guide.js';

const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;
const topics = Number(process.argv[2] ?? 10_000);
const loaded = await loadKnowledge('knowledge');
if (!loaded.ok) throw new Error('knowledge/ does not load');
const before = process.memoryUsage().rss;
const index = new SearchIndex(
  syntheticGuide(loaded.knowledge.topics, { topics }),
  DEFAULT_SEARCH_PARAMS,
  loaded.knowledge.examples,
);
// Answer questions both ways, so anything answering keeps is counted too (until session 8, the answer model's
// per-topic caches of passages and word pairs; they are now built with the index).
const questions = process.argv.slice(3);
for (const policy of [taughtPolicy(), modelPolicy()]) for (const q of questions) decide(index, q, policy);
// Garbage left from building and answering is not memory the index holds; collect it before reading RSS
// (the parent starts this process with --expose-gc), so two runs of the same code agree.
globalThis.gc?.();
globalThis.gc?.();
const usage = process.memoryUsage();
process.stdout.write(
  `${JSON.stringify({ rss_mb: mb(usage.rss), rss_before_mb: mb(before), heap_used_mb: mb(usage.heapUsed), topics: index.size })}\n`,
);
