import { BUILTIN_COMMANDS, MAX_GUIDE_COMMANDS } from '../knowledge/builtin-commands.js';
import { plainText } from './plain-text.js';
import { cutSlug, slugify } from './slug.js';

/**
 * Which sections deserve a slash command. Only tasks and problems do: a member types
 * /reset-password or /account-locked, never /final-thoughts. A title reads as a task when it
 * starts with an imperative (or "how to …"), and as a problem when it ends like a symptom.
 */

const TASK_PREFIX = /^(?:how\s+(?:to|do\s+i|can\s+i|do\s+you)|ways\s+to|when\s+to|where\s+to)\s+/i;
const VERBS = new Set(
  `access activate add avoid back block call cancel change check choose clear configure connect contact create delete
  disable download edit enable enter export find fix get import install keep link log login logon make manage move open
  protect recover redeem register remove rename renew report request reset restore run secure set setup sign start stay
  stop switch transfer troubleshoot turn unlink unlock update upgrade uninstall upload use verify`.split(/\s+/),
);
const PROBLEM_END =
  /\b(?:not\s+(?:received|working|loading|arriving|arrived|showing|sent|accepted|opening|responding|syncing|found)|(?:doesn't|does not|won't|can't|cannot)\s+\w+|locked(?:\s+out)?|lost|forgotten|forgot|expired|blocked|incorrect|invalid|wrong|failed|failing|broken|stuck|missing|denied|suspended|hacked|compromised|crash(?:es|ing)?|errors?|issues?|problems?)$/i;
const PROBLEM_START = /^(?:can't|cannot|can not|unable to|forgot|lost|locked out)\b/i;

const FILLER = new Set(['a', 'an', 'the', 'your', 'my', 'you', 'our']);
const MAX = 32;

/** "Fixing" → "fix", "Resetting" → "reset": gerund headings are tasks too. */
function stem(word: string): string {
  const w = word.toLowerCase();
  if (!w.endsWith('ing') || w.length < 6) return w;
  const base = w.slice(0, -3);
  return /([b-df-hj-np-tv-z])\1$/.test(base) ? base.slice(0, -1) : base;
}

export function isTask(title: string): boolean {
  const plain = plainText(title).replace(/[.!?:]+$/, '');
  const rest = plain.replace(TASK_PREFIX, '');
  if (rest !== plain) return true;
  const first = rest.split(/\s+/)[0] ?? '';
  return (
    VERBS.has(first.toLowerCase()) || VERBS.has(stem(first)) || PROBLEM_END.test(plain) || PROBLEM_START.test(plain)
  );
}

/** The command a task title suggests: its words without "how to" and filler, at most 32 characters. */
export function commandFor(title: string): string {
  const words = plainText(title)
    .replace(TASK_PREFIX, '')
    .split(/\s+/)
    .filter((w) => !FILLER.has(w.toLowerCase()));
  return cutSlug(slugify(words.join(' '), 200), MAX);
}

/** Proposes unique commands in document order; a clash gets -2, a reserved name is skipped. */
export class CommandAllocator {
  private readonly taken = new Set<string>(BUILTIN_COMMANDS);
  /** Task-like titles left without a command because Discord's limit was reached (the first in the guide keep theirs). */
  over = 0;

  propose(title: string): string | undefined {
    if (!isTask(title)) return undefined;
    const base = commandFor(title);
    if (!base) return undefined;
    // Every command taken beside Stepwise's own was given to a topic.
    if (this.taken.size - BUILTIN_COMMANDS.length >= MAX_GUIDE_COMMANDS) {
      this.over++;
      return undefined;
    }
    let cmd = base;
    for (let n = 2; this.taken.has(cmd); n++) {
      if (n > 9) return undefined;
      cmd = `${cutSlug(base, MAX - 2)}-${n}`;
    }
    this.taken.add(cmd);
    return cmd;
  }
}
