/**
 * A word boundary in every alphabet. JavaScript's `\b` knows only ASCII letters: to it "família" has a word end after
 * "fam", "limité" after "limit" and "bốt" after "b", so an English rule written with `\b` fires inside words of other
 * languages ("Na minha família ninguém fala inglês" read as a line to the "fam", the group). `unicodeWords` rewrites
 * a pattern's `\b` to a boundary between a letter, mark or digit of any script and anything else; on ASCII text it
 * matches exactly what `\b` did.
 */
const WORDISH = '[\\p{L}\\p{M}\\p{N}_]';
const BOUNDARY = `(?:(?<!${WORDISH})(?=${WORDISH})|(?<=${WORDISH})(?!${WORDISH}))`;

export function unicodeWords(pattern: RegExp): RegExp {
  const flags = pattern.flags.includes('u') ? pattern.flags : `${pattern.flags}u`;
  return new RegExp(pattern.source.replace(/(?<!\\)((?:\\\\)*)\\b/g, `$1${BOUNDARY}`), flags);
}
