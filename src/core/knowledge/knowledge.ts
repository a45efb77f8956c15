import { readFrontMatter } from './front-matter.js';
import { buildPacks } from './locale-packs.js';
import { BUILTIN_COMMANDS, DISCORD_COMMAND_LIMIT, isBuiltinCommand, MAX_GUIDE_COMMANDS } from './builtin-commands.js';
import { parseExamples } from './examples.js';
import { findLinks, linkProblem, parseAllowedHosts } from './links.js';
import { ALLOWLIST_FILE, type KnowledgeError, type KnowledgeSource, type LoadResult } from './knowledge-source.js';
import { frontMatterSchema, type Topic } from './topic.js';
import { parseTopicBody } from './topic-body.js';
import { parseTicketForm } from '../tickets/ticket-form.js';
import { TICKET_FIELDS } from '../tickets/ticket-template.js';

/** File lines of the front matter keys other checks point at, so those errors carry a line too. */
interface KeyLines {
  id?: number;
  command?: number;
  related: number[];
}
const keyLines = new WeakMap<Topic, KeyLines>();

function parseTopic(name: string, text: string, errors: KnowledgeError[]): Topic | null {
  const read = readFrontMatter(name, text, frontMatterSchema, errors);
  if (!read) return null;
  const { data: fm, split, keyLine, nodeLine } = read;
  const body = parseTopicBody(split.body);
  if (body.steps.length === 0) {
    errors.push({ file: name, line: split.bodyLine, message: 'the body has no numbered steps ("1. ...")' });
  }
  split.body.split('\n').forEach((l, i) => {
    if (/^\s{0,3}\d{1,2}[.)]\s*$/.test(l)) errors.push({ file: name, line: split.bodyLine + i, message: 'empty step' });
  });
  const topic: Topic = {
    id: fm.id,
    title: fm.title,
    section: fm.section,
    summary: fm.summary ?? body.intro.split('\n')[0]?.slice(0, 100) ?? fm.title,
    aliases: fm.aliases,
    related: fm.related,
    intro: body.intro,
    steps: body.steps,
    notes: body.notes,
    file: name,
  };
  if (fm.command !== undefined) topic.command = fm.command;
  if (fm.order !== undefined) topic.order = fm.order;
  const lines: KeyLines = { related: fm.related.map((_, i) => nodeLine(['related', i]) ?? 2) };
  const idLine = keyLine('id');
  if (idLine !== undefined) lines.id = idLine;
  const commandLine = keyLine('command');
  if (commandLine !== undefined) lines.command = commandLine;
  keyLines.set(topic, lines);
  return topic;
}

/** Validate a whole guide. Every problem is reported, not just the first, so one kb:check run fixes them all. */
export function buildKnowledge(source: KnowledgeSource): LoadResult {
  const errors: KnowledgeError[] = [];
  if (source.allowedHostsText === null) {
    errors.push({
      file: ALLOWLIST_FILE,
      message: 'missing: list the hosts links may point to, one per line (it may be empty)',
    });
  }
  const allowedHosts = parseAllowedHosts(source.allowedHostsText ?? '');
  const allowed = new Set(allowedHosts);
  if (source.files.length === 0) errors.push({ file: '.', message: 'no topic files (*.md) found' });

  const topics: Topic[] = [];
  for (const { name, text } of source.files) {
    for (const link of findLinks(text)) {
      const problem = linkProblem(link, allowed);
      if (problem) errors.push({ file: name, line: link.line, message: problem });
    }
    const topic = parseTopic(name, text, errors);
    if (topic) topics.push(topic);
  }
  // The files come by name; the guide's own order (front matter `order`) goes first. The sort is stable, so topics
  // without one keep their file-name order, after the others.
  topics.sort((a, b) => (a.order ?? Number.POSITIVE_INFINITY) - (b.order ?? Number.POSITIVE_INFINITY) || 0);

  const byId = new Map<string, Topic>();
  const byCommand = new Map<string, Topic>();
  for (const t of topics) {
    const lines = keyLines.get(t);
    const twin = byId.get(t.id);
    if (twin) errors.push(at(t.file, lines?.id, `duplicate id "${t.id}" (also in ${twin.file})`));
    else byId.set(t.id, t);
    if (t.command && isBuiltinCommand(t.command)) {
      errors.push(
        at(
          t.file,
          lines?.command,
          `command "${t.command}" is one of Stepwise's own (/${BUILTIN_COMMANDS.join(', /')}): choose another name`,
        ),
      );
    } else if (t.command) {
      const other = byCommand.get(t.command);
      if (other) errors.push(at(t.file, lines?.command, `duplicate command "${t.command}" (also in ${other.file})`));
      else byCommand.set(t.command, t);
    }
  }
  if (byCommand.size > MAX_GUIDE_COMMANDS) {
    // Discord refuses the whole set of commands past its limit, so the bot could register none: say which to drop.
    const over = [...byCommand.values()].slice(MAX_GUIDE_COMMANDS);
    errors.push(
      at(
        over[0]!.file,
        keyLines.get(over[0]!)?.command,
        `${byCommand.size} topics declare a command, and Discord registers ${DISCORD_COMMAND_LIMIT} per server, ` +
          `${BUILTIN_COMMANDS.length} of them Stepwise's own: remove \`command:\` from ${over.length} topic(s), ` +
          `e.g. ${over
            .slice(0, 3)
            .map((t) => t.file)
            .join(', ')} (members still reach them through /ask)`,
      ),
    );
  }
  for (const t of topics) {
    t.related.forEach((r, i) => {
      const line = keyLines.get(t)?.related[i];
      if (r === t.id) errors.push(at(t.file, line, 'a topic cannot be related to itself'));
      else if (!byId.has(r)) errors.push(at(t.file, line, `related topic "${r}" does not exist`));
    });
  }
  const { packs, examples: packExamples } = buildPacks(source.packs ?? [], byId, allowed, errors);
  const { examples, errors: exampleErrors } = parseExamples(source.examplesText ?? '', new Set(byId.keys()));
  errors.push(...exampleErrors);
  const formText = source.ticketFormText ?? null;
  const ticketForm = formText === null ? [...TICKET_FIELDS] : parseTicketForm(formText, errors);
  if (errors.length > 0) {
    // Group by file (in the order first seen), then by line, so an admin can fix a file top to bottom.
    const order = new Map<string, number>();
    for (const e of errors) if (!order.has(e.file)) order.set(e.file, order.size);
    errors.sort((a, b) => order.get(a.file)! - order.get(b.file)! || (a.line ?? 0) - (b.line ?? 0));
    return { ok: false, errors };
  }
  return { ok: true, knowledge: { topics, byId, allowedHosts, examples, packs, packExamples, ticketForm } };
}

function at(file: string, line: number | undefined, message: string): KnowledgeError {
  return line === undefined ? { file, message } : { file, line, message };
}
