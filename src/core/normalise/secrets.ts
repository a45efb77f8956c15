import { withoutMarks } from './without-marks.js';

/**
 * Account secrets people paste while panicking: passwords, one-time codes, recovery keys, tokens.
 * They must never be echoed back, logged or stored as written.
 *
 * The other way round matters as much: "my password is incorrect" or "the code was sent" carry no
 * secret, and redacting the word that says what is wrong would hide the question from the search.
 */

/**
 * Words that say something *about* a password or code rather than being one: after "password is"
 * these describe the problem. Lowercase, accents kept as typed and also without them.
 */
const DESCRIPTIVE_WORDS: ReadonlySet<string> = new Set(
  `not incorrect wrong invalid correct right expired sent missing rejected refused denied fine ok okay
   the a an my your his her their our this that it its same different too very so still now being never
   always also just only case required needed changed reset forgotten forgot lost stolen compromised hacked
   leaked saved stored accepted valid working broken weak strong long short secure safe empty blank good bad
   no none in on for of at to from what where there here coming arriving arrived received delivered gone
   asked requested showing shown displayed visible hidden wrongly definitely probably already somehow
   falsch richtig nicht kein abgelaufen incorrecto incorrecta correcto correcta mal malo no incorreta
   incorreto errada errado errata errato sbagliata sbagliato corretta corretto faux fausse pas non
   incorrecte invalide expiré expire expirado expirada scaduto scaduta abgelehnt rechazado rechazada`
    .split(/\s+/)
    .filter(Boolean),
);

const looksDescriptive = (value: string): boolean => {
  const word = value.toLowerCase().replace(/[.,!?;:)]+$/u, '');
  return DESCRIPTIVE_WORDS.has(word) || DESCRIPTIVE_WORDS.has(withoutMarks(word));
};

interface SecretPattern {
  /** Global regex; group 1 is the secret itself, the rest stays so staff see what it was. */
  re: RegExp;
  /** Extra check on the captured value, for shapes a regex alone would over-match. */
  accept?: (secret: string) => boolean;
}

/** Connectors between a keyword and its value: "is", "=", ":" and their equivalents in other languages. */
const IS = '(?:\\s+(?:is|was|est|es|ist|é|è|era|war)\\s*[:=]?|\\s*(?:=|:|->|=>))\\s*["\'`]?';

const SECRET_PATTERNS: readonly SecretPattern[] = [
  // "my password is X", "pw: X", "passwort = X": the word after the keyword is the secret.
  {
    re: new RegExp(
      String.raw`\b(?:password|passwort|kennwort|contrase[nñ]a|senha|mot de passe|passcode|pass|pwd|pw|pin)${IS}([^\s"'${'`'}]{3,})`,
      'giu',
    ),
    accept: (v) => !looksDescriptive(v) && !/^:?\w+:$/u.test(v),
  },
  // "user@example.com / P@ssw0rd": an e-mail followed by what is obviously its password.
  { re: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*(?:\/|\||:|,)\s*([^\s"'`]{4,})/gu, accept: (v) => !looksDescriptive(v) },
  // Discord bot/user token shape: three base64url parts separated by dots.
  { re: /\b([A-Za-z\d_-]{23,28}\.[A-Za-z\d_-]{6,7}\.[A-Za-z\d_-]{27,})\b/g },
  // Recovery keys: groups of 4-6 letters/digits joined by dashes or spaces.
  { re: /\b([A-Z\d]{4,6}(?:[- ][A-Z\d]{4,6}){3,})\b/g },
  // One-time codes: a lone group of 6-8 digits (optionally split in the middle). Digits glued to
  // letters are error codes or ids ("0x80070005", "v12345678"), which staff need to see.
  { re: /(?<![\p{L}\d.,:/_-])(\d{3}[ -]?\d{3}|\d{6,8})(?![\p{L}\d.,:/_-])/gu },
  // "code 48 2913", "otp: 4821": digits right after the word code, even short or split.
  {
    re: /\b(?:code|codes|otp|pin|c[oó]digo|codice)\s*(?:is|was|=|:|es|ist|est)?\s*(\d[\d -]{2,}\d)\b/giu,
    accept: (v) => v.replace(/\D/g, '').length >= 4,
  },
  // "code is X", "token: X" with a shorter or alphanumeric code.
  {
    re: new RegExp(
      String.raw`\b(?:code|otp|c[oó]digo|codice|token|key|clave|chave|schl[uü]ssel)${IS}([A-Za-z\d-]{4,})`,
      'giu',
    ),
    accept: (v) => !looksDescriptive(v) && (/\d/.test(v) || /^[A-Z-]{4,}$/.test(v)),
  },
  // Long random-looking strings: API keys, JWTs and the like (not the payload of a data: URL).
  { re: /(?<!base64,)\b((?=[A-Za-z\d_-]*\d)(?=[A-Za-z\d_-]*[A-Za-z])[A-Za-z\d_-]{32,})\b/g },
];

export const REDACTED = '[redacted]';

/** True when the text seems to carry a secret. */
export function containsSecret(text: string): boolean {
  return SECRET_PATTERNS.some(({ re, accept }) => {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) if (!accept || accept(m[1] ?? '')) return true;
    return false;
  });
}

/** The text with every secret replaced by [redacted]; the keywords around it stay so staff see what it was. */
export function redactSecrets(text: string): string {
  let out = text;
  for (const { re, accept } of SECRET_PATTERNS) {
    out = out.replace(re, (whole: string, secret: string) =>
      !accept || accept(secret) ? whole.replace(secret, REDACTED) : whole,
    );
  }
  return out;
}
