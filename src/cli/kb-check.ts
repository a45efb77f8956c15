import { join } from 'node:path';
import { formatKnowledgeError } from '../core/knowledge.js';
import { loadKnowledge } from '../app/knowledge-folder.js';
import { handleHelp } from './shared.js';

const USAGE = `
Usage: npm run kb:check -- [DIR]

Validates a knowledge folder (default: knowledge/): front matter schema, duplicate ids or
commands, related topics that do not exist, links whose host is not in allowed-hosts.txt,
topics without numbered steps, and examples.jsonl (each line valid, topic ids that exist, no
question twice). Prints one summary line and exits 0 when the guide is
valid; otherwise prints each problem as FILE:LINE: message and exits 1.
`;

const argv = process.argv.slice(2);
handleHelp(argv, USAGE);
const dir = argv.find((a) => !a.startsWith('-')) ?? 'knowledge';
const result = await loadKnowledge(dir);
if (!result.ok) {
  // Paths relative to the working directory, so an editor or terminal can jump straight to FILE:LINE.
  for (const e of result.errors) process.stderr.write(`${formatKnowledgeError({ ...e, file: e.file === dir ? dir : join(dir, e.file) })}\n`);
  process.stderr.write(`kb:check: ${result.errors.length} problem(s) in ${dir}\n`);
  process.exit(1);
}
const { topics, allowedHosts, examples } = result.knowledge;
const commands = topics.filter((t) => t.command).length;
const steps = topics.reduce((n, t) => n + t.steps.length, 0);
const sections = new Set(topics.map((t) => t.section)).size;
process.stdout.write(`kb:check: ${dir} OK: ${topics.length} topics in ${sections} sections, ${commands} commands, ${steps} steps, ${allowedHosts.length} allowed hosts, ${examples.length} labelled examples\n`);
