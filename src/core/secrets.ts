/**
 * Account secrets people paste while panicking: passwords, one-time codes, recovery keys, tokens.
 * They must never be echoed back, logged or stored as written.
 */
const SECRET_PATTERNS: readonly RegExp[] = [
  // "my password is X", "pw: X", "passwort = X": the word after the keyword is the secret.
  /\b(?:password|passwort|contrase[nñ]a|senha|mot de passe|passcode|pass|pwd|pw|pin)\s*(?:is|was|=|:|->|est|es|ist|é|e)\s*[:=]?\s*["'`]?([^\s"'`]{3,})/giu,
  // Discord bot/user token shape: three base64url parts separated by dots.
  /\b([A-Za-z\d_-]{23,28}\.[A-Za-z\d_-]{6,7}\.[A-Za-z\d_-]{27,})\b/g,
  // Recovery keys: groups of 4-5 letters/digits joined by dashes.
  /\b([A-Z\d]{4,6}(?:[- ][A-Z\d]{4,6}){3,})\b/g,
  // One-time codes: a lone group of 6-8 digits (optionally split in the middle).
  /(?<![\d.,:/-])(\d{3}[ -]?\d{3}|\d{6,8})(?![\d.,:/-])/g,
  // "code is X" with a shorter or alphanumeric code.
  /\b(?:code|otp|c[oó]digo|token|key|clave|chave|schl[uü]ssel)\s*(?:is|was|=|:|es|ist|est)\s*["'`]?([A-Za-z\d-]{4,})/giu,
  // Long random-looking strings: API keys, JWTs and the like.
  /\b((?=[A-Za-z\d_-]*\d)(?=[A-Za-z\d_-]*[A-Za-z])[A-Za-z\d_-]{32,})\b/g,
];

export const REDACTED = '[redacted]';

/** True when the text seems to carry a secret. */
export function containsSecret(text: string): boolean {
  return SECRET_PATTERNS.some((p) => {
    p.lastIndex = 0;
    return p.test(text);
  });
}

/** The text with every secret replaced by [redacted]; the keywords around it stay so staff see what it was. */
export function redactSecrets(text: string): string {
  let out = text;
  for (const p of SECRET_PATTERNS) {
    out = out.replace(p, (whole: string, secret: string) => whole.replace(secret, REDACTED));
  }
  return out;
}
