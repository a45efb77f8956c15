import { describe, expect, it } from 'vitest';
import { unicodeWords } from '../../src/core/normalise/word-boundary.js';

describe('unicodeWords: a word boundary in every alphabet', () => {
  it.each([
    ['Portuguese "família"', /\b(?:folks|fam)\b/i, 'Na minha família ninguém fala inglês'],
    ['French "limité"', /\blimit\b/i, 'le stockage est limité ?'],
    ['Vietnamese "bốt"', /\bb\b/i, 'con bốt này'],
    ['German "Größe"', /\bgr\b/i, 'Größe ändern'],
  ])('never ends a word inside a word of another language: %s', (_l, pattern, text) => {
    expect(pattern.test(text)).toBe(true);
    expect(unicodeWords(pattern).test(text)).toBe(false);
  });

  it.each([
    'hey fam, anyone around?',
    'how long does the upload take',
    'max file size 40MB',
    "y'all ok?",
    'word_with_underscore limit',
    'limit',
    'unlimited',
  ])('matches ASCII text exactly where \\b does (input: %j)', (text) => {
    for (const pattern of [
      /\b(?:folks|fam)\b/i,
      /\blimit\b/i,
      /\b\d+\s*mb\b/i,
      /\by'?all\b/i,
      /\bunder\b|\bscore\b/,
      // Boundaries next to what may match nothing, or next to a group with a branch that is no word character.
      /\bs?core\b/,
      /(?:lim|it)?\b/,
      /\b(?:ro)?bot'?s?\b/i,
      /\b(?:any|every)(?:one|body)?\b/i,
      /\b(?:-|un)limited\b/,
      /\b(?<word>hey|limit)\b/,
      /\bhow\s+(?!long\b)\w+/,
      /\bwords?\b|\bwork(?:s|ed|ing)?\b/,
      /\b(?:ro)?bot\b/,
      /\bun+?d\b/,
    ]) {
      expect(unicodeWords(pattern).test(text)).toBe(pattern.test(text));
      expect(text.replace(unicodeWords(new RegExp(pattern.source, 'g')), '|')).toBe(
        text.replace(new RegExp(pattern.source, 'g'), '|'),
      );
    }
  });

  // Input: "família" after each kind of boundary the rewrite writes: the full one, a word's start, a word's end.
  it.each([
    ['a full boundary (before a group with a branch that is no word character)', /\b(?:lia|-)/i],
    ["a word's start", /\blia/i],
    ["a word's end, after a group", /(?:minha\s+fam)\b/i],
    ["a word's end, after an optional letter", /fams?\b/i],
    ["a word's start, before an optional group", /\b(?:fa)?lia/i],
  ])('no ASCII-only boundary inside "família": %s', (_l, pattern) => {
    expect(pattern.test('Na minha família')).toBe(true);
    expect(unicodeWords(pattern).test('Na minha família')).toBe(false);
  });

  it('leaves an escaped backslash before a "b" alone (input: the pattern \\\\b, a backslash then "b")', () => {
    expect(unicodeWords(/a\\b/).test('a\\b')).toBe(true);
  });
});
