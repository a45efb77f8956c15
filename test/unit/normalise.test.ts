import { describe, expect, it } from 'vitest';
import { cleanText, MAX_QUESTION_CHARS, terms } from '../../src/core/normalise/normalise.js';

describe('terms(): the words a question is searched by', () => {
  it.each([
    // phrases people split or hyphenate become one concept
    ['log-in', ['login']],
    ['logging into', ['login']],
    ['signed in', ['login']],
    ['signing on', ['login']],
    ['two factor', ['twofactor']],
    ['2-step', ['twofactor']],
    ['e-mail', ['email']],
    ['wi-fi', ['wifi']],
    ['set up 2fa', ['enabl', 'twofactor']],
    ['turn on mfa', ['enabl', 'twofactor']],
    // slang and abbreviations map to the guide's word
    ['pw', ['password']],
    ['forgot pwd', ['forget', 'password']],
    ['otp', ['code']],
    ['creds', ['credential']],
    ['acct', ['account']],
    // another language's word for something not reaching the member
    ['no me llega el codigo', ['not', 'arriv', 'code']],
    // other languages
    ['mot de passe oublié', ['password', 'forget']],
    ["J'ai oublié mon mot de passe", ['forget', 'password']],
    ['passwort vergessen', ['password', 'forget']],
    ['melde mich bei meinem konto an', ['login', 'account']],
    ['wo kann ich mich anmelden', ['wher', 'login']],
    ['non sono corretti', ['wrong']],
    // stemming makes word forms one term
    ['locked', ['lock']],
    ['locking', ['lock']],
    ['locks', ['lock']],
  ])('terms(%j) is %j', (text, expected) => {
    expect(terms(text)).toEqual(expected);
  });

  // Every form of a word is one term, whichever form the guide's heading uses and whichever the member types: each of
  // these pairs once came out as two terms, so "Add a device" never matched "adding a device".
  it.each([
    ['add', 'adding', 'added', 'adds'],
    ['app', 'apps'],
    ['save', 'saved', 'saving'],
    ['use', 'used', 'using', 'uses'],
    ['type', 'typed', 'typing'],
    ['name', 'named', 'naming'],
    ['apply', 'applied', 'applies'],
    ['copy', 'copied', 'copying', 'copies'],
    ['setting', 'settings'],
    ['heading', 'headings'],
    ['embed', 'embedded', 'embeds'],
    ['speed', 'speeds'],
  ])('word forms %j are one term', (...forms) => {
    expect(new Set(forms.map((f) => terms(f).join(' '))).size).toBe(1);
  });

  it.each([
    // a short word keeps its silent e, and a suffix taken off gives it back: "noted" is "note", never "not"
    ['noted', 'not'],
    ['hoped', 'hopped'],
  ])('%j and %j stay apart', (a, b) => {
    expect(terms(a)).not.toEqual(terms(b));
  });

  it.each([
    // requirement words are one concept with "need"
    ['requirements', ['need']],
    ['prereqs for logging in', ['need', 'login']],
    // filler and stop words carry no topic
    ['hey so um can you help me lol', []],
    ['the, a and of', []],
  ])('terms(%j) is %j', (text, expected) => {
    expect(terms(text)).toEqual(expected);
  });

  it.each([
    ['Cyrillic look-alike letters in "раssword"', 'раssword', ['password']],
    ['Greek omicron in "lοgin"', 'lοgin', ['login']],
    ['full-width letters "ＰＡＳＳＷＯＲＤ"', 'ＰＡＳＳＷＯＲＤ', ['password']],
    ['zero-width spaces inside "res\\u200bet pass\\u200bword"', 'res\u200bet pass\u200bword', ['reset', 'password']],
    ['a user mention before "forgot password"', '<@123456789012345678> forgot password', ['forget', 'password']],
    ['@everyone before "reset password"', '@everyone reset password', ['reset', 'password']],
    ['a custom emoji before "locked"', '<:sob:123456789012345678> locked', ['lock']],
    ['a link before "reset password"', 'https://evil.example/login reset password', ['reset', 'password']],
  ])('reads %s', (_label, text, expected) => {
    expect(terms(text)).toEqual(expected);
  });
});

describe('Japanese: particles and polite endings are grammar, not search words', () => {
  it('"パスワードを忘れました" (polite) and "パスワード忘れた" (casual) are searched by the same words', () => {
    expect(terms('パスワードを忘れました')).toEqual(terms('パスワード忘れた').filter((t) => t !== 'た'));
    expect(terms('パスワードを忘れました')).not.toContain('を');
    // A word that is only grammar in hiragana stays when written in kanji or katakana.
    expect(terms('ログイン画面が真っ白です')).toEqual(expect.arrayContaining(['画面', '真っ白']));
  });
});

describe('cleanText(): what may be shown back or stored', () => {
  it.each([
    ['zero-width and bidi characters removed', 'res\u200bet\u202e pass\u2060word', 'reset password'],
    ['soft hyphen removed', 'pass\u00adword', 'password'],
    ['control characters become spaces', 'code\u000048\u00002913', 'code 48 2913'],
    ['whitespace collapsed and trimmed', '\n\t  forgot   password \u3000\n', 'forgot password'],
    ['full-width text folded by NFKC', 'ｆｏｒｇｏｔ', 'forgot'],
    ['mentions kept as written (only search ignores them)', '<@123> hi', '<@123> hi'],
  ])('%s: %j → %j', (_label, raw, expected) => {
    expect(cleanText(raw)).toBe(expected);
  });

  it('cuts a 100,000-character message to MAX_QUESTION_CHARS', () => {
    expect(cleanText('a'.repeat(100_000))).toHaveLength(MAX_QUESTION_CHARS);
  });
});

describe('words that name different things on most guides stay different terms', () => {
  // The sign-in guide once folded these together ("block" was "lock", "page" was "website", changing the language was
  // "account details"), which cost any other guide the difference: a Mastodon member blocking a user found topics on
  // locked accounts, and "change the language" lost the word "language" altogether.
  it.each([
    ['block a user', 'my account is locked', []],
    ['widgets on android', 'widgets on my iphone', ['widget']],
    ['open the page', 'open the website', ['open']],
    ['remember me', 'forgot my password', []],
    ['the upload was received', 'the upload arrived', ['upload']],
  ])('%j and %j share only the terms %j', (a, b, shared) => {
    const tb = terms(b);
    expect(terms(a).filter((t) => tb.includes(t))).toEqual(shared);
  });

  it('"change the language" is searched by "language", not only by what changing account details used to be', () => {
    expect(terms('how do i change the language')).toContain('languag');
  });
});
