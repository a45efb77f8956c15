import de from './locales/de.json' with { type: 'json' };
import en from './locales/en.json' with { type: 'json' };
import esES from './locales/es-ES.json' with { type: 'json' };
import fr from './locales/fr.json' with { type: 'json' };
import hi from './locales/hi.json' with { type: 'json' };
import id from './locales/id.json' with { type: 'json' };
import it from './locales/it.json' with { type: 'json' };
import ja from './locales/ja.json' with { type: 'json' };
import ko from './locales/ko.json' with { type: 'json' };
import pl from './locales/pl.json' with { type: 'json' };
import ptBR from './locales/pt-BR.json' with { type: 'json' };
import ru from './locales/ru.json' with { type: 'json' };
import tr from './locales/tr.json' with { type: 'json' };
import vi from './locales/vi.json' with { type: 'json' };
import zhCN from './locales/zh-CN.json' with { type: 'json' };
import { closestLocale } from '../locales.js';

/**
 * Everything Stepwise says in its own words (buttons, embeds, the ticket form, errors, command names and
 * descriptions, /stats), one file per language in ./locales, keyed as en.json is. A key a file lacks falls
 * back to English; test/unit/i18n.test.ts checks every file has every key with the same placeholders.
 */
export type MessageKey = keyof typeof en;

/** The locales Stepwise speaks, by Discord's tags, English first. */
export const MESSAGES: Readonly<Record<string, Partial<Record<MessageKey, string>>>> = {
  en,
  'es-ES': esES,
  'pt-BR': ptBR,
  de,
  fr,
  it,
  pl,
  tr,
  ru,
  ja,
  'zh-CN': zhCN,
  ko,
  id,
  vi,
  hi,
};

export const UI_LOCALES = Object.keys(MESSAGES);

/** The UI locale that serves `tag` ("es-419" → es-ES, "en-US" → en), English when none does. */
export function uiLocale(tag: string | null | undefined): string {
  return (tag && closestLocale(tag, UI_LOCALES)) || 'en';
}

/** One string in a member's language, with {placeholders} filled in. */
export function t(tag: string | null | undefined, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const text = MESSAGES[uiLocale(tag)]?.[key] ?? en[key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
