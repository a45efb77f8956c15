/**
 * A word boundary in every alphabet. JavaScript's `\b` knows only ASCII letters: to it "família" has a word end after
 * "fam", "limité" after "limit" and "bốt" after "b", so an English rule written with `\b` fires inside words of other
 * languages ("Na minha família ninguém fala inglês" read as a line to the "fam", the group). `unicodeWords` rewrites
 * a pattern's `\b` to a boundary between a letter, mark or digit of any script and anything else; on ASCII text it
 * matches exactly what `\b` did.
 */
const WORDISH = '[\\p{L}\\p{M}\\p{N}_]';
const BOUNDARY = `(?:(?<!${WORDISH})(?=${WORDISH})|(?<=${WORDISH})(?!${WORDISH}))`;
/**
 * Where the pattern itself puts a word character next to the boundary (a letter it spells, `\d`, or a group whose
 * every branch starts or ends with one, optional ones only when what lies beyond them does too), the boundary can
 * only be a word's start or end: one look-around instead of four. Each class of every script is costly for the regex
 * engine to build, a millisecond or more per boundary written out in full, once when the pattern is made and again
 * when it first runs; the chat rules hold a few hundred `\b`.
 */
const WORD_START = `(?<!${WORDISH})`;
const WORD_END = `(?!${WORDISH})`;

export function unicodeWords(pattern: RegExp): RegExp {
  const flags = pattern.flags.includes('u') ? pattern.flags : `${pattern.flags}u`;
  const tokens = tokenize(pattern.source);
  const source = tokens.map((token, i) => {
    if (token !== '\\b') return token;
    if (startsWithWordChar(tokens, i + 1, sequenceEnd(tokens, i))) return WORD_START;
    if (endsWithWordChar(tokens, sequenceStart(tokens, i), i)) return WORD_END;
    return BOUNDARY;
  });
  return new RegExp(source.join(''), flags);
}

/** A single token that always matches one word character: a spelled letter, digit or underscore, or `\d`, `\w`. */
const WORD_CHAR_TOKEN = /^(?:[A-Za-z0-9_]|\\[dw])$/;
/** Quantifiers that let what they follow match nothing (`{` may: `{0,2}`). */
const MAY_BE_ABSENT = new Set(['?', '*', '{']);
/** Groups that match text (not look-arounds). */
const isGroupOpen = (t: string | undefined) => t === '(' || t === '(?:' || /^\(\?<[^=!]/.test(t ?? '');

/** Where the atom (a token, or a group with everything in it) starting at `i` ends, exclusive. */
const atomEnd = (tokens: readonly string[], i: number) =>
  tokens[i]!.startsWith('(') ? closingOf(tokens, i) + 1 : i + 1;

/** Where the quantifier starting at `i`, if any, ends (a lazy `?` included), exclusive; `i` when there is none. */
function quantifierEnd(tokens: readonly string[], i: number): number {
  const t = tokens[i];
  let end = i;
  if (t === '?' || t === '*' || t === '+') end = i + 1;
  else if (t === '{') end = tokens.indexOf('}', i) + 1;
  return end > i && tokens[end] === '?' ? end + 1 : end;
}

/** Whether the atom from `i` (exclusive end `end`) always matches a word character first (or last). */
function atomIsWordy(tokens: readonly string[], i: number, end: number, side: 'start' | 'end'): boolean {
  if (end === i + 1) return WORD_CHAR_TOKEN.test(tokens[i]!);
  if (!isGroupOpen(tokens[i])) return false;
  return branches(tokens, i, end - 1).every(([from, to]) =>
    side === 'start' ? startsWithWordChar(tokens, from, to) : endsWithWordChar(tokens, from, to),
  );
}

/** Whether tokens [from, to) can only match text that begins with a word character. */
function startsWithWordChar(tokens: readonly string[], from: number, to: number): boolean {
  if (from >= to) return false;
  const end = atomEnd(tokens, from);
  if (end <= from || end > to || !atomIsWordy(tokens, from, end, 'start')) return false;
  // An optional atom: what follows it must begin with a word character too.
  return MAY_BE_ABSENT.has(tokens[end] ?? '') ? startsWithWordChar(tokens, quantifierEnd(tokens, end), to) : true;
}

/** Whether tokens [from, to) can only match text that ends with a word character. */
function endsWithWordChar(tokens: readonly string[], from: number, to: number): boolean {
  if (from >= to) return false;
  let last = to - 1;
  let optional = false;
  if (tokens[last] === '?' && ['?', '*', '+', '}'].includes(tokens[last - 1] ?? '')) return false; // lazy: rare here
  if (tokens[last] === '+') last--;
  else if (tokens[last] === '?' || tokens[last] === '*') {
    last--;
    optional = true;
  } else if (tokens[last] === '}') return false;
  if (last < from) return false;
  const start = tokens[last] === ')' ? openingOf(tokens, last) : last;
  if (start < from || !atomIsWordy(tokens, start, last + 1, 'end')) return false;
  // An optional atom: what comes before it must end with a word character too.
  return optional ? endsWithWordChar(tokens, from, start) : true;
}

/** Where the sequence holding token `i` ends: the next `|` or `)` of its own group, or the pattern's end. */
function sequenceEnd(tokens: readonly string[], i: number): number {
  let depth = 0;
  for (let k = i + 1; k < tokens.length; k++) {
    if (tokens[k]!.startsWith('(')) depth++;
    else if (tokens[k] === ')' && depth-- === 0) return k;
    else if (tokens[k] === '|' && depth === 0) return k;
  }
  return tokens.length;
}

/** Where the sequence holding token `i` starts: just after the `|` or `(` before it in its own group. */
function sequenceStart(tokens: readonly string[], i: number): number {
  let depth = 0;
  for (let k = i - 1; k >= 0; k--) {
    if (tokens[k] === ')') depth++;
    else if (tokens[k]!.startsWith('(') && depth-- === 0) return k + 1;
    else if (tokens[k] === '|' && depth === 0) return k + 1;
  }
  return 0;
}

/** The branches of the group opened at `open` and closed at `close`, as [first token, end) pairs. */
function branches(tokens: readonly string[], open: number, close: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let depth = 0;
  let from = open + 1;
  for (let k = open + 1; k < close; k++) {
    if (tokens[k]!.startsWith('(')) depth++;
    else if (tokens[k] === ')') depth--;
    else if (tokens[k] === '|' && depth === 0) {
      out.push([from, k]);
      from = k + 1;
    }
  }
  out.push([from, close]);
  return out;
}

function closingOf(tokens: readonly string[], open: number): number {
  let depth = 0;
  for (let k = open; k < tokens.length; k++) {
    if (tokens[k]!.startsWith('(')) depth++;
    else if (tokens[k] === ')' && --depth === 0) return k;
  }
  return -1;
}

function openingOf(tokens: readonly string[], close: number): number {
  let depth = 0;
  for (let k = close; k >= 0; k--) {
    if (tokens[k] === ')') depth++;
    else if (tokens[k]!.startsWith('(') && --depth === 0) return k;
  }
  return -1;
}

/**
 * A pattern's source cut into what the regex engine reads as one unit: an escape (`\b`, `\p{L}`, `\u{1F600}`, `\x41`,
 * `\cJ`, `\k<name>`), a character class with everything in it, a group's opening (`(`, `(?:`, `(?!`, `(?<=`,
 * `(?<name>`), or a single character.
 */
function tokenize(source: string): string[] {
  const tokens: string[] = [];
  let i = 0;
  while (i < source.length) {
    const start = i;
    if (source[i] === '\\') i = afterEscape(source, i);
    else if (source[i] === '[') {
      i++;
      while (i < source.length && source[i] !== ']') i = source[i] === '\\' ? afterEscape(source, i) : i + 1;
      i++;
    } else if (source[i] === '(' && source[i + 1] === '?') {
      const opener = /^\(\?(?::|=|!|<=|<!|<[^>]+>)/.exec(source.slice(i));
      i += opener ? opener[0].length : 1;
    } else i++;
    tokens.push(source.slice(start, i));
  }
  return tokens;
}

/** Where the escape starting at `at` (a backslash) ends. */
function afterEscape(source: string, at: number): number {
  const kind = source[at + 1];
  if (/^[pPu]\{/.test(source.slice(at + 1, at + 3))) return source.indexOf('}', at) + 1;
  if (kind === 'k' && source[at + 2] === '<') return source.indexOf('>', at) + 1;
  if (kind === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(at + 2, at + 6))) return at + 6;
  if (kind === 'x' && /^[0-9a-fA-F]{2}$/.test(source.slice(at + 2, at + 4))) return at + 4;
  if (kind === 'c' && /^[A-Za-z]$/.test(source[at + 2] ?? '')) return at + 3;
  return at + 2;
}
