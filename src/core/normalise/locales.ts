/**
 * Languages. Discord tells a bot each member's locale on every interaction, as one of its own tags; a
 * language pack of the guide is a folder named by one of them (knowledge/locales/ja/), and the bot's own
 * strings are a file named the same way (src/core/i18n/locales/ja.json).
 */

/** Every locale Discord sends (https://discord.com/developers/docs/reference#locales). */
export const DISCORD_LOCALES = [
  'id',
  'da',
  'de',
  'en-GB',
  'en-US',
  'es-ES',
  'es-419',
  'fr',
  'hr',
  'it',
  'lt',
  'hu',
  'nl',
  'no',
  'pl',
  'pt-BR',
  'ro',
  'fi',
  'sv-SE',
  'vi',
  'tr',
  'cs',
  'el',
  'bg',
  'ru',
  'uk',
  'hi',
  'th',
  'zh-CN',
  'ja',
  'zh-TW',
  'ko',
] as const;

export type DiscordLocale = (typeof DISCORD_LOCALES)[number];

export const isDiscordLocale = (tag: string): tag is DiscordLocale =>
  (DISCORD_LOCALES as readonly string[]).includes(tag);

/** The language part of a tag, lowercased: "pt-BR" → "pt", "zh-CN" → "zh". */
export const languageOf = (tag: string): string => tag.split('-')[0]!.toLowerCase();

/**
 * The locale whose pack or strings serve a member: the exact tag when there is one, else one of the
 * same language ("es-419" → "es-ES", "pt" → "pt-BR", "en-GB" → "en"), else null.
 */
export function closestLocale(tag: string, available: Iterable<string>): string | null {
  const list = [...available];
  if (list.includes(tag)) return tag;
  const language = languageOf(tag);
  return list.find((l) => languageOf(l) === language) ?? null;
}
