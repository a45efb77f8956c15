import { EXAMPLES_FILE, parseExamples, type Example } from './examples.js';
import { readFrontMatter } from './front-matter.js';
import type { KnowledgeError, KnowledgeSource } from './knowledge-source.js';
import { findLinks, linkProblem } from './links.js';
import { isDiscordLocale } from '../normalise/locales.js';
import { packFrontMatterSchema, type LocalizedTopic, type Topic } from './topic.js';
import { parseTopicBody } from './topic-body.js';

/** A BCP 47 language tag without Discord's blessing ("ar", "sr-Latn"): a pack for free text only. */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-[A-Z]{2})?$/;

/** Where a pack's files live, relative to the knowledge folder: what errors name. */
export const packPath = (locale: string, name = '') => `locales/${locale}/${name}`.replace(/\/$/, '');

/**
 * Validate the language packs against the English guide. A pack is named by a Discord locale (its commands
 * get name_localizations, interactions in that locale are answered from it) or by another language tag (free
 * text only). Like the guide itself: a pack topic must be a
 * topic of the guide, with the same number of steps (a member following them in Japanese must do what
 * the English steps say), only allowlisted links, and a command only where the English topic has one.
 * A pack may be partial: the topics it lacks are answered in English.
 */
export function buildPacks(
  packs: NonNullable<KnowledgeSource['packs']>,
  byId: ReadonlyMap<string, Topic>,
  allowed: ReadonlySet<string>,
  errors: KnowledgeError[],
): { packs: Map<string, Map<string, LocalizedTopic>>; examples: Example[] } {
  const out = new Map<string, Map<string, LocalizedTopic>>();
  const examples: Example[] = [];
  for (const pack of packs) {
    if (!isDiscordLocale(pack.locale) && !LANGUAGE_TAG.test(pack.locale)) {
      errors.push({
        file: packPath(pack.locale),
        message: `"${pack.locale}" is not a language tag: name the folder as Discord does (es-ES, pt-BR, ja, zh-CN, ...), or by its language (ar)`,
      });
      continue;
    }
    const topics = new Map<string, LocalizedTopic>();
    const commands = new Map<string, string>();
    for (const { name, text } of pack.files) {
      const file = packPath(pack.locale, name);
      for (const link of findLinks(text)) {
        const problem = linkProblem(link, allowed);
        if (problem) errors.push({ file, line: link.line, message: problem });
      }
      const read = readFrontMatter(file, text, packFrontMatterSchema, errors);
      if (!read) continue;
      const { data, split, keyLine } = read;
      const english = byId.get(data.id);
      if (!english) {
        errors.push({ file, line: keyLine('id') ?? 2, message: `no topic "${data.id}" in the guide to translate` });
        continue;
      }
      const twin = topics.get(data.id);
      if (twin) {
        errors.push({
          file,
          line: keyLine('id') ?? 2,
          message: `"${data.id}" is translated twice (also in ${twin.file})`,
        });
        continue;
      }
      const body = parseTopicBody(split.body);
      if (body.steps.length !== english.steps.length) {
        errors.push({
          file,
          line: split.bodyLine,
          message: `${body.steps.length} steps, but the topic has ${english.steps.length} in ${english.file}: translate each step, no more, no less`,
        });
      }
      if (data.command !== undefined) {
        const other = commands.get(data.command);
        if (!isDiscordLocale(pack.locale)) {
          errors.push({
            file,
            line: keyLine('command') ?? 2,
            message: `Discord has no "${pack.locale}" locale, so commands cannot be named in it: remove "command"`,
          });
        } else if (!english.command) {
          errors.push({
            file,
            line: keyLine('command') ?? 2,
            message: `"${data.id}" has no command in ${english.file}, so it cannot have one here`,
          });
        } else if (other) {
          errors.push({
            file,
            line: keyLine('command') ?? 2,
            message: `duplicate command "${data.command}" (also in ${other})`,
          });
        } else commands.set(data.command, file);
      }
      const topic: LocalizedTopic = {
        id: data.id,
        locale: pack.locale,
        title: data.title,
        aliases: data.aliases,
        ...body,
        file,
      };
      if (data.summary !== undefined) topic.summary = data.summary;
      if (data.command !== undefined && english.command) topic.command = data.command;
      topics.set(data.id, topic);
    }
    out.set(pack.locale, topics);
    if (pack.examplesText) {
      const parsed = parseExamples(pack.examplesText, new Set(byId.keys()), packPath(pack.locale, EXAMPLES_FILE));
      errors.push(...parsed.errors);
      for (const e of parsed.examples) examples.push({ ...e, locale: pack.locale });
    }
  }
  return { packs: out, examples };
}
