/**
 * Where start-up time goes: the modules src/app/main.ts loads, in its order, then the guide and its index.
 * Run as the bot runs (built): `node scripts/build.mjs --out node_modules/.cache/stepwise-bench --with-bench`, then
 * `node node_modules/.cache/stepwise-bench/bench/startup-breakdown.js`; or the sources, `npx tsx bench/startup-breakdown.ts`.
 * A fresh process each time; stderr, ms.
 */
const since = (t: number) => (performance.now() - t).toFixed(0).padStart(5);
const t0 = performance.now();
let last = t0;
const mark = (label: string) => {
  process.stderr.write(`${since(last)} ms  ${label.padEnd(34)} (${since(0)} ms since the process started)\n`);
  last = performance.now();
};
mark('node (and tsx, if run so), to here');
await import('discord.js');
mark('discord.js');
await import('zod');
mark('zod');
await import('../src/app/config.js');
mark('config (dotenv)');
const { loadKnowledge } = await import('../src/app/knowledge-folder.js');
mark('knowledge loader (yaml)');
const { Assistant } = await import('../src/core/assistant.js');
mark('assistant (fuse.js, lexicon)');
await import('../src/discord/bot.js');
mark('discord adapter');
await import('../src/store/open-store.js');
mark('store (better-sqlite3)');
await import('../src/app/knowledge-watcher.js');
await import('../src/app/shard-fleet.js');
await import('../src/playground/playground.js');
await import('../src/app/log.js');
mark('watcher, sharding, chat, pino');
const loaded = await loadKnowledge('knowledge');
mark('read + validate the guide');
if (!loaded.ok) throw new Error('knowledge/ does not load');
new Assistant(loaded.knowledge);
mark(`index (${loaded.knowledge.topics.length} topics)`);
