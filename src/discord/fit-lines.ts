import { t } from '../core/i18n/messages.js';

/** Join lines until the next would overflow `max`, then say how many were left out. */
export function fitLines(lines: readonly string[], max: number, lang: string): string {
  const out: string[] = [];
  let used = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const more = lines.length - i - 1;
    const reserve = more > 0 ? 40 : 0;
    if (used + line.length + 1 + reserve > max) {
      out.push(t(lang, 'stats.more', { count: lines.length - i }));
      break;
    }
    out.push(line);
    used += line.length + 1;
  }
  return out.join('\n') || '—';
}
