import { join } from 'node:path';
import { toolSettings } from '../app/config.js';
import { loadKnowledge } from '../app/knowledge-folder.js';
import { formatKnowledgeError } from '../core/knowledge/knowledge-source.js';
import { isTaught } from '../core/decide/policy.js';
import { parseCli, runIfMain } from './cli.js';
import type { CliIo } from '../app/terminal-io.js';

const USAGE = `
Usage: npm run kb:check -- [DIR]

Validates a knowledge folder (default: KNOWLEDGE_DIR, else knowledge/): front matter schema,
duplicate ids or commands, commands that take a built-in name (/ask, /topics, /ticket, /tickets, /stats),
related topics that do not exist, links whose host is not in allowed-hosts.txt, topics
without numbered steps, and examples.jsonl (each line valid, topic ids that exist, no question
twice), and the language packs in locales/<tag>/ (each topic one of the guide's, with as many steps,
only allowlisted links; coverage per locale is reported), and ticket-form.yml when there is one (at most four
fields after the member's question, built-in ids or fields with an id and a label, no typo'd key). Prints one summary line and exits 0 when the guide is valid; otherwise prints each problem
as FILE:LINE: message and exits 1. The summary says which judge answers: the guide's own classifier when the team has
labelled enough questions (100 on topics, five or more for three topics in four, 30 it does not cover), else the
answer model fitted across many guides, and it names the ticket form's fields.
`;

export async function main(argv: string[], io: CliIo): Promise<number> {
  const { positionals } = parseCli(argv, {}, USAGE);
  const dir = positionals[0] ?? toolSettings(io.env).KNOWLEDGE_DIR;
  const result = await loadKnowledge(dir);
  if (!result.ok) {
    // Paths relative to the working directory, so an editor or terminal can jump straight to FILE:LINE.
    for (const e of result.errors)
      io.err(`${formatKnowledgeError({ ...e, file: e.file === dir ? dir : join(dir, e.file) })}\n`);
    io.err(`kb:check: ${result.errors.length} problem(s) in ${dir}\n`);
    return 1;
  }
  const { topics, allowedHosts, examples, packs, ticketForm } = result.knowledge;
  const coverage = [...packs].map(([locale, translated]) => `${locale} ${translated.size}/${topics.length}`);
  const packLine = coverage.length > 0 ? `; ${coverage.length} language packs (${coverage.join(', ')})` : '';
  const commands = topics.filter((t) => t.command).length;
  const steps = topics.reduce((n, t) => n + t.steps.length, 0);
  const sections = new Set(topics.map((t) => t.section)).size;
  const judge = isTaught(examples, topics.length) ? 'judged by its own classifier' : 'judged by the answer model';
  io.out(
    `kb:check: ${dir} OK: ${topics.length} topics in ${sections} sections, ${commands} commands, ${steps} steps, ` +
      `${allowedHosts.length} allowed hosts, ${examples.length} labelled examples (${judge})${packLine}; ` +
      `ticket form: ${ticketForm.map((f) => f.id).join(', ')}\n`,
  );
  return 0;
}

await runIfMain(import.meta, main);
