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

/** Words a shortened command may not end on: "/protect-adguard-from-being" promises words that never come. */
const DANGLING = new Set(
  'a an and are as at be being by for from in into is of on or than that the to via when where which while with without'.split(
    ' ',
  ),
);

/** `slug` cut to `max` characters at a word's end, and then to a word that can end it. */
function cutCommand(slug: string, max: number): string {
  const cut = cutSlug(slug, max);
  if (cut === slug) return cut;
  const words = cut.split('-');
  while (words.length > 1 && DANGLING.has(words[words.length - 1]!)) words.pop();
  return words.join('-');
}

/**
 * Verbs that need an object to name a task: a heading of the verb alone ("Enable", "Create", a page's sub-section)
 * would give /enable, which no member could tell from the list. "Setup", "Login", "Export" name tasks alone.
 */
const NEEDS_OBJECT = new Set(
  `access activate add avoid block call cancel change check choose clear configure connect create delete disable edit
  enable enter find fix get keep link make manage move open protect remove rename report request run set start stop
  switch transfer turn use verify`.split(/\s+/),
);

/** The command a task title suggests: its words without "how to" and filler, at most 32 characters. */
export function commandFor(title: string): string {
  const words = plainText(title)
    .replace(TASK_PREFIX, '')
    .split(/\s+/)
    .filter((w) => !FILLER.has(w.toLowerCase()));
  const command = cutCommand(slugify(words.join(' '), 200), MAX);
  return NEEDS_OBJECT.has(command) ? '' : command;
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
      cmd = `${cutCommand(base, MAX - 2)}-${n}`;
    }
    this.taken.add(cmd);
    return cmd;
  }
}
