import en from './locales/en.json' with { type: 'json' };
import { createRequire } from 'node:module';
import { closestLocale } from '../normalise/locales.js';

/**
 * Everything Stepwise says in its own words (buttons, embeds, the ticket form, errors, command names and
 * descriptions, /stats), one file per language in ./locales, keyed as en.json is. A key a file lacks falls
 * back to English; test/unit/i18n.test.ts checks every file has every key with the same placeholders.
 */
export type MessageKey = keyof typeof en;

/** The locales Stepwise speaks, by Discord's tags, English first. */
export const UI_LOCALES = [
  'en',
  'es-ES',
  'pt-BR',
  'de',
  'fr',
  'it',
  'pl',
  'tr',
  'ru',
  'ja',
  'zh-CN',
  'ko',
  'id',
  'vi',
  'hi',
];

type Messages = Partial<Record<MessageKey, string>>;
const loaded = new Map<string, Messages>([['en', en]]);
const load = createRequire(import.meta.url);

/** A locale file; a build that bundled the code without its locale files answers in English rather than failing. */
function readLocale(locale: string): Messages {
  try {
    return load(`./locales/${locale}.json`) as Messages;
  } catch {
    return {};
  }
}

/**
 * One locale's strings, read the first time that language is needed (most servers use a few): start-up
 * reads only English. They are modules of the package (./locales/*.json), loaded as such.
 */
export function messagesOf(locale: string): Messages {
  let messages = loaded.get(locale);
  if (!messages) {
    messages = UI_LOCALES.includes(locale) ? readLocale(locale) : {};
    loaded.set(locale, messages);
  }
  return messages;
}

/** The UI locale that serves `tag` ("es-419" → es-ES, "en-US" → en), English when none does. */
export function uiLocale(tag: string | null | undefined): string {
  return (tag && closestLocale(tag, UI_LOCALES)) || 'en';
}

/** One string in a member's language, with {placeholders} filled in. */
export function t(tag: string | null | undefined, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const text = messagesOf(uiLocale(tag))[key] ?? en[key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
