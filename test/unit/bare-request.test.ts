import { describe, expect, it } from 'vitest';
import { bareRequestLanguage } from '../../src/core/decide/bare-request.js';
import { Assistant } from '../../src/core/assistant.js';
import { loadKnowledge } from '../../src/app/knowledge-folder.js';

describe('bare requests for help: asked what is wrong, not searched', () => {
  it.each([
    ['can someone help me?', 'en'],
    ['I have a problem', 'en'],
    ["i'm having an issue", 'en'],
    ['quick question', 'en'],
    ['help!!', 'en'],
    ['<@123456789012345678> help pls', 'en'],
    ['ayuda por favor', 'es'],
    ['alguém pode me ajudar?', 'pt'],
    ["j'ai besoin d'aide", 'fr'],
    ['hilfe bitte', 'de'],
    ['помогите пожалуйста', 'ru'],
    ['yardım edebilir misiniz', 'tr'],
    ['có ai giúp mình với', 'vi'],
    ['मुझे मदद चाहिए', 'hi'],
    ['有人可以帮我吗？', 'zh'],
    ['誰か助けてください', 'ja'],
    ['누가 좀 도와주세요', 'ko'],
  ])('input: %j → a bare request in %s', (line, lang) => {
    expect(bareRequestLanguage(line)).toBe(lang);
  });

  it.each([
    'thanks for the help!',
    'anyone here?',
    'no problem',
    'problem solved',
    'same issue here',
    'help with sync',
    'I have a question about backups',
    'ayuda con la sincronización',
    '帮我重置密码',
    '',
    '😭😭',
  ])('input: %j → not a bare request (searched, or small talk, as before)', (line) => {
    expect(bareRequestLanguage(line)).toBeNull();
  });

  it('the sign-in guide no longer answers "I need help" with a topic; "I need help logging in" is still answered', async () => {
    const loaded = await loadKnowledge('knowledge');
    if (!loaded.ok) throw new Error('knowledge/ does not load');
    const assistant = new Assistant(loaded.knowledge);
    expect(assistant.ask('I need help')).toMatchObject({ action: 'clarify', topic: null, lang: 'en' });
    expect(assistant.ask('ayuda por favor')).toMatchObject({ action: 'clarify', lang: 'es-ES' });
    expect(assistant.ask('I need help logging in').action).toBe('answer');
  });
});
