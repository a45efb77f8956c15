/**
 * Node flags every Stepwise process runs with: `npm start` (package.json), the shard processes, and the
 * benchmark that measures them. A test checks package.json's start script carries them.
 *
 * --max-semi-space-size=4: V8 grows its young generation up to 16 MB per semi-space while the index is
 * built at start-up, and never gives it back; the bot then holds ~32 MB of empty new space for the rest
 * of its life. Capped at 4 MB, the 10,000-topic index process sits ~30 MB lower (bench: 204 → 172 MB) and
 * builds ~5% slower; a message allocates kilobytes, so answering does not notice.
 *
 * --v8-pool-size=1: with V8's default pool of background threads (concurrent marking, compiling) the 10,000-topic
 * process measured 203-223 MB from one run to the next, over the 200 MB target; with one background thread, 190 MB
 * run after run, and no slower to build or to answer (BENCHMARKS.md, session 23). MALLOC_ARENA_MAX=2 does about the
 * same, which points at what the threads' own malloc arenas keep after freeing.
 *
 * --enable-source-maps: the bot runs built JavaScript (scripts/build.mjs writes a source map beside it), and a stack in
 * the log should name the line of src/ an admin or developer can open, not of dist/. Node parses a map as it loads
 * the module, so the bundle's map covers Stepwise's own files only (0.2 MB; with every package's lines 2.7 MB, which
 * cost ~130 ms of each start): about 50 ms of start-up here.
 */
export const NODE_FLAGS: readonly string[] = ['--max-semi-space-size=4', '--v8-pool-size=1', '--enable-source-maps'];
