import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/app/knowledge-folder.js';
import { Assistant } from '../../src/core/assistant.js';
import { loadLanguageDetector } from '../../src/core/language.js';

/** The sign-in guide with its 15 language packs, asked as free text (no interaction locale). */
let assistant: Assistant;
beforeAll(async () => {
  await loadLanguageDetector();
  const loaded = await loadKnowledge('knowledge');
  if (!loaded.ok) throw new Error('knowledge/ does not load');
  assistant = new Assistant(loaded.knowledge);
});

describe('the language of a free-text line', () => {
  it.each([
    ['quen mat khau roi lam sao lay lai vay', 'vi'], // Vietnamese typed without tone marks
    ['sifremi unuttum nasil sifirlarim', 'tr'], // Turkish without its letters
    ['zapomnialem hasla do konta, co teraz', 'pl'], // Polish without diacritics
    ['public wifi safe?', 'en'], // English words many languages borrow are not French
    ['hotel wifi login safe?', 'en'],
  ])('input: %j → replies in %s', (line, lang) => {
    expect(assistant.ask(line).lang).toBe(lang);
  });
});

describe('Korean chat marks (ㅠㅠ crying, ㅋㅋ laughing)', () => {
  it('input: "비번 까먹었어요ㅠㅠ 어떻게 찾아요?" (forgot my password ㅠㅠ, how do I get it back?) → the reset steps', () => {
    const d = assistant.ask('비번 까먹었어요ㅠㅠ 어떻게 찾아요?');
    expect([d.action, d.topic?.id, d.lang]).toEqual(['answer', 'reset-password', 'ko']);
  });

  it('input: "로그인 안돼요ㅠㅠ" (login will not work ㅠㅠ) → never silence; "ㅋㅋㅋㅋ" → silence', () => {
    expect(assistant.ask('로그인 안돼요ㅠㅠ').action).not.toBe('ignore');
    expect(assistant.ask('ㅋㅋㅋㅋ').action).toBe('ignore');
  });
});

describe('short Latin-script questions that read as English, or as nothing', () => {
  it.each([
    ['gimana cara login', 'log-in'], // Indonesian: how do I log in
    ['como eu faço login', 'log-in'], // Portuguese
  ])('input: %j → answered (%s), not silenced by the English chatter rules', (line, topic) => {
    const d = assistant.ask(line);
    expect([d.action, d.topic?.id]).toEqual(['answer', topic]);
  });
});
