import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/app/knowledge-folder.js';
import { Assistant } from '../../src/core/assistant.js';
import { loadLanguageDetector } from '../../src/core/normalise/language.js';

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

describe("off-topic questions in a pack's language that use the guide's words", () => {
  it('input: "est-ce que je peux avoir le code par appel téléphonique plutôt que par sms ?" (code by phone call instead of SMS?) → handed to staff, the code steps as their hint', () => {
    // The English guide alone answers it with the verification-code steps, which do not say how to change the channel.
    const d = assistant.ask('est-ce que je peux avoir le code par appel téléphonique plutôt que par sms ?');
    expect([d.action, d.lang, d.alternatives.map((t) => t.id)[0]]).toEqual(['escalate', 'fr', 'verification-code']);
  });

  it('input: "mot de passe oublié, comment le réinitialiser ?" (forgot my password, how do I reset it?) → still the reset steps', () => {
    const d = assistant.ask('mot de passe oublié, comment le réinitialiser ?');
    expect([d.action, d.topic?.id]).toEqual(['answer', 'reset-password']);
  });
});

describe("a line in a pack's language that the English guide reads differently", () => {
  it('input: "cách đổi mật khẩu" (Vietnamese: how do I change my password) → the Vietnamese password-change steps', () => {
    // The English guide alone answers it with browser-app-issues; the Vietnamese pack reads its words.
    const d = assistant.ask('cách đổi mật khẩu');
    expect([d.action, d.topic?.id, d.lang]).toEqual(['answer', 'password-rotation', 'vi']);
  });

  it.each([
    ['halo semua', 'id'], // Indonesian: hi everyone ("halo" is not a typo for "halt")
    ['chào mọi người', 'vi'],
    ['всем привет', 'ru'],
  ])('input: %j (a greeting to everyone) → silence', (line) => {
    expect(assistant.ask(line).action).toBe('ignore');
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

describe('a guide without language packs (English only, as kb:import writes one)', () => {
  let plain: Assistant;
  beforeAll(async () => {
    const loaded = await loadKnowledge('knowledge');
    if (!loaded.ok) throw new Error('knowledge/ does not load');
    plain = new Assistant({ ...loaded.knowledge, packs: new Map(), packExamples: [] });
  });

  it('input: "ログインできない、どうすればいい？" (cannot log in, what do I do?) → Stepwise speaks Japanese (lang ja)', () => {
    expect(plain.ask('ログインできない、どうすればいい？').lang).toBe('ja');
    expect(plain.ask('登录不了怎么办').lang).toBe('zh-CN');
  });

  it('input: "how do I reset my password" with interaction locale ko → the English steps, Stepwise\'s words in Korean', () => {
    const d = plain.ask('how do I reset my password', 'ko');
    expect([d.action, d.topic?.id, d.lang]).toEqual(['answer', 'reset-password', 'ko']);
  });

  it('input: "obrigado, resolvido" (Latin script, no locale) → stays English: no pack to check a guess against', () => {
    expect(plain.ask('obrigado, resolvido').lang).toBe('en');
  });
});
