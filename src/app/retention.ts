import type { Logger } from './log.js';
import type { Store } from '../store/store.js';
import { DAY_MS } from '../core/learn/insights.js';

/**
 * Retention: delete recorded questions and feedback older than `days` days before `now`.
 * `days` = 0 keeps everything. Returns how many rows went.
 */
export async function purgeOldInsights(
  store: Pick<Store, 'purgeInsightsBefore'>,
  days: number,
  now: number = Date.now(),
): Promise<number> {
  if (!(days > 0)) return 0;
  return store.purgeInsightsBefore(now - days * DAY_MS);
}

/**
 * Purge now and then once a day, until the returned function is called (it resolves once a purge in
 * progress has finished, so the store can be closed after it). The timer is unref'd so it never keeps
 * the process alive; failures are logged and retried at the next run.
 */
export function scheduleInsightsPurge(
  store: Pick<Store, 'purgeInsightsBefore'>,
  days: number,
  log: Logger,
  everyMs: number = DAY_MS,
): () => Promise<void> {
  if (!(days > 0)) return async () => {};
  let running: Promise<void> = Promise.resolve();
  const run = () => {
    running = (async () => {
      try {
        const removed = await purgeOldInsights(store, days, Date.now());
        if (removed > 0) log.info({ removed, days }, 'old insights purged');
      } catch (err) {
        log.error({ err }, 'could not purge old insights');
      }
    })();
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
