import { watch, type FSWatcher } from 'node:fs';
import type { Assistant } from '../core/assistant.js';
import type { KnowledgeError } from '../core/knowledge/knowledge-source.js';
import { loadGuide } from './guide-cache.js';

export interface WatchHandlers {
  onReload(next: Assistant): void | Promise<void>;
  onError(errors: KnowledgeError[]): void;
}

/**
 * Reload the guide when its files change. A broken edit keeps the last good guide in service and
 * reports the errors (file and line), so an admin's typo never takes the bot down.
 */
export function watchKnowledge(dir: string, handlers: WatchHandlers, debounceMs = 300): FSWatcher {
  let timer: NodeJS.Timeout | undefined;
  const reload = async () => {
    const result = await loadGuide(dir);
    if (result.ok) await handlers.onReload(result.assistant);
    else handlers.onError(result.errors);
  };
  const watcher = watch(dir, () => {
    clearTimeout(timer);
    timer = setTimeout(() => void reload(), debounceMs);
  });
  watcher.on('close', () => clearTimeout(timer));
  return watcher;
}
