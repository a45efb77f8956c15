import { describe, expect, it } from 'vitest';
import { containsSecret, REDACTED, redactSecrets } from '../../src/core/normalise/secrets.js';

describe('containsSecret / redactSecrets: secrets are found and hidden', () => {
  it.each([
    ['"my password is X"', 'my password is Hunter2! why wont it work', 'Hunter2!'],
    ['"pw: X"', 'pw: sunshine99', 'sunshine99'],
    ['"pass: X" after an e-mail', 'email: jane.doe@example.com pass: Summer2024!', 'Summer2024!'],
    ['an e-mail / password combo', 'here is my login kasp.user@example.com / P@ssw0rd123 can u check', 'P@ssw0rd123'],
    ['German "Passwort ist X"', 'mein Passwort ist Geheim123! und es geht nicht', 'Geheim123!'],
    ['Spanish "contraseña es X"', 'mi contraseña es Gatito#77 y no entra', 'Gatito#77'],
    ['"password=X" in a code block', '```\npassword=Tr0ub4dor&3\n```', 'Tr0ub4dor&3'],
    ['a 6-digit code', 'code is 482913 but it says expired', '482913'],
    ['a 6-digit code split by a space', 'the otp they sent is 771 204', '771 204'],
    ['a code split in odd places', 'code 48 2913', '48 2913'],
    ['a code in spoiler tags', '||839201|| is the code i got', '839201'],
    ['a short PIN', 'pin is 0000 lol', '0000'],
    ['a recovery key', 'recovery key: ABCD-EFGH-IJKL-MNOP', 'ABCD-EFGH-IJKL-MNOP'],
    ['an activation code', 'activation code 75BDG-6MBCT-D4UNA-6UMMS', '75BDG-6MBCT-D4UNA-6UMMS'],
    [
      'a Discord token',
      'is this my token? NzA3NzkxNDI1MzUxNDQ5Mjg3.2FSJgh.B6hRLeos47wGJkcU-0XXkHG5qJw ok',
      'NzA3NzkxNDI1MzUxNDQ5Mjg3.2FSJgh.B6hRLeos47wGJkcU-0XXkHG5qJw',
    ],
    ['an API key', 'key sk-proj-wFVMAqTkNp-vsgvbRysUiB9ozIfz3hlkV797tpnB', 'wFVMAqTkNp-vsgvbRysUiB9ozIfz3hlkV797tpnB'],
  ])('finds and redacts %s', (_label, text, secret) => {
    expect(containsSecret(text)).toBe(true);
    const redacted = redactSecrets(text);
    expect(redacted).not.toContain(secret);
    expect(redacted).toContain(REDACTED);
  });

  it('keeps the words around a secret so staff see what it was: "my password is [redacted]"', () => {
    expect(redactSecrets('my password is hunter2')).toBe(`my password is ${REDACTED}`);
  });
});

describe('containsSecret: ordinary questions are not secrets', () => {
  it.each([
    'my code never came',
    'I have 2 devices',
    'waited 10 min and nothing',
    'asked for a reset email 3 times',
    'email or password is incorrect',
    'my password is wrong',
    'it says a code was sent to my phone but nothing came',
    'is it bad to use the same password everywhere',
    'getting the incorrect email or pw error every time',
    'my license key is invalid',
    "J'ai oublié mon mot de passe kaspersky, comment le réinitialiser ?",
    'mi contraseña es incorrecta',
    'la password è sbagliata',
    'forgot password :pray:',
    'locked out since 2024',
  ])('does not flag %j', (text) => {
    expect(containsSecret(text)).toBe(false);
    expect(redactSecrets(text)).toBe(text);
  });
});
