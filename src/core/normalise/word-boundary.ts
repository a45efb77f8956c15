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
  const p = parse(pattern.source);
  const source = p.tokens.map((token, i) => {
    if (token !== '\\b') return token;
    if (startsWithWordChar(p, i + 1, sequenceEnd(p, i))) return WORD_START;
    if (endsWithWordChar(p, sequenceStart(p, i), i)) return WORD_END;
    return BOUNDARY;
  });
  return new RegExp(source.join(''), flags);
}

/** A pattern's tokens, and for each group's opening and closing token the index of the other (-1 elsewhere). */
interface Parsed {
  tokens: string[];
  partner: number[];
}

function parse(source: string): Parsed {
  const tokens = tokenize(source);
  const partner = tokens.map(() => -1);
  const open: number[] = [];
  tokens.forEach((t, i) => {
    if (t.startsWith('(')) open.push(i);
    else if (t === ')' && open.length > 0) {
      const o = open.pop()!;
      partner[o] = i;
      partner[i] = o;
    }
  });
  return { tokens, partner };
}

/** A single token that always matches one word character: a spelled letter, digit or underscore, or `\d`, `\w`. */
const WORD_CHAR_TOKEN = /^(?:[A-Za-z0-9_]|\\[dw])$/;
/** Quantifiers that let what they follow match nothing (`{` may: `{0,2}`). */
const MAY_BE_ABSENT = new Set(['?', '*', '{']);
/** Groups that match text (not look-arounds). */
const isGroupOpen = (t: string | undefined) => t === '(' || t === '(?:' || /^\(\?<[^=!]/.test(t ?? '');

/** Where the atom (a token, or a group with everything in it) starting at `i` ends, exclusive. */
const atomEnd = ({ tokens, partner }: Parsed, i: number) => (tokens[i]!.startsWith('(') ? partner[i]! + 1 : i + 1);

/** Where the quantifier starting at `i`, if any, ends (a lazy `?` included), exclusive; `i` when there is none. */
function quantifierEnd({ tokens }: Parsed, i: number): number {
  const t = tokens[i];
  let end = i;
  if (t === '?' || t === '*' || t === '+') end = i + 1;
  else if (t === '{') end = tokens.indexOf('}', i) + 1;
  return end > i && tokens[end] === '?' ? end + 1 : end;
}

/** Whether the atom from `i` (exclusive end `end`) always matches a word character first (or last). */
function atomIsWordy(p: Parsed, i: number, end: number, side: 'start' | 'end'): boolean {
  if (end === i + 1) return WORD_CHAR_TOKEN.test(p.tokens[i]!);
  if (!isGroupOpen(p.tokens[i])) return false;
  return branches(p, i).every(([from, to]) =>
    side === 'start' ? startsWithWordChar(p, from, to) : endsWithWordChar(p, from, to),
  );
}

/** Whether tokens [from, to) can only match text that begins with a word character. */
function startsWithWordChar(p: Parsed, from: number, to: number): boolean {
  if (from >= to) return false;
  const end = atomEnd(p, from);
  if (end <= from || end > to || !atomIsWordy(p, from, end, 'start')) return false;
  // An optional atom: what follows it must begin with a word character too.
  return MAY_BE_ABSENT.has(p.tokens[end] ?? '') ? startsWithWordChar(p, quantifierEnd(p, end), to) : true;
}

/** Whether tokens [from, to) can only match text that ends with a word character. */
function endsWithWordChar(p: Parsed, from: number, to: number): boolean {
  const { tokens } = p;
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
  const start = tokens[last] === ')' ? p.partner[last]! : last;
  if (start < from || !atomIsWordy(p, start, last + 1, 'end')) return false;
  // An optional atom: what comes before it must end with a word character too.
  return optional ? endsWithWordChar(p, from, start) : true;
}

/** Where the sequence holding token `i` ends: the next `|` or `)` of its own group, or the pattern's end. */
function sequenceEnd({ tokens, partner }: Parsed, i: number): number {
  for (let k = i + 1; k < tokens.length; k++) {
    if (tokens[k] === ')' || tokens[k] === '|') return k;
    if (tokens[k]!.startsWith('(')) {
      if (partner[k]! < 0) break;
      k = partner[k]!; // past the group
    }
  }
  return tokens.length;
}

/** Where the sequence holding token `i` starts: just after the `|` or `(` before it in its own group. */
function sequenceStart({ tokens, partner }: Parsed, i: number): number {
  for (let k = i - 1; k >= 0; k--) {
    if (tokens[k]!.startsWith('(') || tokens[k] === '|') return k + 1;
    if (tokens[k] === ')') {
      if (partner[k]! < 0) break;
      k = partner[k]!; // before the group
    }
  }
  return 0;
}

/** The branches of the group opened at `open`, as [first token, end) pairs. */
function branches({ tokens, partner }: Parsed, open: number): Array<[number, number]> {
  const close = partner[open]!;
  const out: Array<[number, number]> = [];
  let from = open + 1;
  for (let k = open + 1; k < close; k++) {
    if (tokens[k]!.startsWith('('))
      k = partner[k]!; // a nested group's bars are its own
    else if (tokens[k] === '|') {
      out.push([from, k]);
      from = k + 1;
    }
  }
  out.push([from, close]);
  return out;
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
