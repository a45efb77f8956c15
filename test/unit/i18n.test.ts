import { describe, expect, it } from 'vitest';
import { messagesOf, type MessageKey, t, UI_LOCALES } from '../../src/core/i18n/messages.js';
import { isDiscordLocale } from '../../src/core/normalise/locales.js';

const en = messagesOf('en');
const keys = Object.keys(en) as MessageKey[];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const COMMAND_NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

describe('locale files (input: every src/core/i18n/locales/*.json against en.json)', () => {
  it.each(UI_LOCALES.filter((l) => l !== 'en'))('%s: a Discord locale, every key, the same placeholders', (locale) => {
    expect(isDiscordLocale(locale)).toBe(true);
    const file = messagesOf(locale);
    expect(Object.keys(file).sort()).toEqual([...keys].sort());
    for (const key of keys) expect(placeholders(file[key]!), `${locale} ${key}`).toEqual(placeholders(en[key]!));
  });

  it.each(UI_LOCALES)('%s: command names follow Discord rules and differ from each other', (locale) => {
    const names = keys.filter((k) => /^command\.[\w.]+\.name$/.test(k)).map((k) => t(locale, k));
    for (const name of names) {
      expect(name, locale).toMatch(COMMAND_NAME);
      expect(name).toBe(name.toLowerCase());
    }
    const commands = keys.filter((k) => /^command\.\w+\.name$/.test(k)).map((k) => t(locale, k));
    expect(new Set(commands).size).toBe(commands.length);
  });

  it('input: a locale Stepwise does not ship (nl), and es-419 → English, and the Spanish of Spain', () => {
    expect(t('nl', 'escalate.open')).toBe(en['escalate.open']);
    expect(t('es-419', 'escalate.open')).toBe(messagesOf('es-ES')['escalate.open']);
    expect(t('ja', 'ticket.closeForm.title', { id: 7 })).toContain('7');
  });
});
