import { truncate } from './discord-limits.js';

/**
 * Make member text safe to show inside a bot message: no markdown takes effect, no mention resolves,
 * no link embeds. allowed_mentions already stops pings; this also stops "@everyone" from even looking live.
 */
export function escapeUserText(text: string): string {
  return text
    .replace(/[\\`*_~|>#\-[\]()<:]/g, (c) => `\\${c}`)
    .replace(/@(everyone|here)/gi, '@\u200b$1')
    .replace(/@(?=[!&]?\d)/g, '@\u200b')
    .replace(/\b(https?):\/\//gi, '$1\u200b://')
    .replace(/discord\.gg\//gi, 'discord\u200b.gg/');
}

/** Quote member text as a single block line, escaped, so a long question cannot break the layout. */
export function quoteUserText(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return escapeUserText(truncate(flat, max));
}
