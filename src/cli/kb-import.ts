import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { importGuide, importGuidePages } from '../core/import/import-guide.js';
import { importAsPack } from '../core/import/pack-import.js';
import { toolSettings } from '../app/config.js';
import { type GuideSite, PAGE_EXTENSIONS, readGuideSite, withIncludes } from '../app/guide-pages.js';
import { formatReport } from '../core/import/report-text.js';
import { ALLOWLIST_FILE, formatKnowledgeError, TICKET_FORM_FILE } from '../core/knowledge/knowledge-source.js';
import { STARTER_TICKET_FORM } from '../core/tickets/ticket-form.js';
import { loadKnowledge } from '../app/knowledge-folder.js';
import { parseAllowedHosts } from '../core/knowledge/links.js';
import { fail, parseCli, runIfMain } from './cli.js';
import type { CliIo } from '../app/terminal-io.js';

const USAGE = `
Usage: npm run kb:import -- FILE|FOLDER --out DIR [--allow-host HOST ...] [--force] [--json]
       npm run kb:import -- FILE --pack TAG --translates SOURCE [--guide DIR] [--force] [--json]

Turns an existing help guide (.md, .mdx, .rst or .txt) into a Stepwise knowledge folder: one topic
file per section and sub-section, with ids, titles (a heading written more than once also
names its section: "Introduction (Folders)"), sections, related topics, proposed slash
commands, aliases from the titles (and the headings above them), numbered steps, and each
topic's place in the guide (order: the folder is served in the guide's order). Sections
that only link to other pages ("Related articles", "See also") or hold only a placeholder
("TODO", "Coming soon") are skipped and reported, and a page title repeated as its first
sub-heading makes one topic. Links whose host is not allowed
are removed and reported by host (in code only http(s) addresses are links; code that
loses one, and a sentence that handed one over after a colon, shows <link removed>). The allowlist is knowledge/allowed-hosts.txt
(when it exists) plus every --allow-host; it is written to DIR/allowed-hosts.txt. DIR/ticket-form.yml
(written unless DIR has one) is the ticket form members fill in: error, tried and device after their
question, with the e-mail field and a field of your own to copy commented out. A FOLDER's pages are
read in the order its site shows them (SUMMARY.md, mkdocs.yml's nav, Sphinx toctrees, Mintlify's
docs.json, VitePress' sidebar, each Docusaurus docs instance's sidebars file and positions), and in a Sphinx folder only
the files its conf.py reads are pages (its own source_suffix too: '.txt' pages are read as
reStructuredText).

  --out DIR          folder to write (created if missing; must be empty unless --force)
  --allow-host HOST  also allow links to HOST (repeatable)
  --force            write into a non-empty DIR, replacing its *.md and allowed-hosts.txt (an
                     existing ticket-form.yml is kept)
  --json             print the report as one JSON object instead of text (every topic with
                     its id, title, and heading: the source heading as written; a topic cut
                     at a bold line carries the heading of the section it sits in)

With --pack, FILE is a translation of SOURCE (the guide's own source file, as imported): their
sections are paired in order, and FILE becomes the language pack TAG of the guide in DIR (default:
KNOWLEDGE_DIR, else knowledge/), written to DIR/locales/TAG/ under the guide's topic ids.

  --pack TAG         the pack's language: a Discord locale (es-ES, pt-BR, ja, ...) or a language tag
  --translates SOURCE  the file FILE translates, whose import gave the guide its topic ids
  --guide DIR        the knowledge folder the pack belongs to

A FOLDER is a guide kept as many pages, as docs sites keep it: every .md, .mdx, .markdown, .rst
and .rest file under it is one page, in path order with index and README pages first and numbered
names in number order ("2-sync" before "10-backup"). Names starting with "." or "_" (drafts,
partials, build files; not Hugo's _index.md, a section's page), GitBook's SUMMARY.md (its table of
contents), node_modules and the files a docusaurus.config (in the FOLDER or above it) excludes
("exclude: ['**/partials/**']") are left out, and so are a Docusaurus site's old versions
(versioned_docs/version-X/: the current docs are imported, or the version the config's lastVersion
names, docs/ being its next; the report names the versions left out; import a version's folder to get it); a partial a page imports (Docusaurus \`<Note />\`, whatever
its name), a file a MkDocs page's include-markdown tag names (\`{% include-markdown "…" %}\`), or a
file a reStructuredText page includes (\`.. include::\`, also .txt), is written into the page where
its tag stands, and is not a page of its own. Each page becomes a top-level section
titled by its one top heading, else its front matter's title, else its title in mkdocs.yml's nav,
else its file name (an index page's: its folder's name). A single .rst FILE has the files it includes from
beside it written in the same way, and a single .md or .mdx FILE the partials it imports. A Sphinx conf.py (in the FOLDER, or beside or above the FILE)
gives every .rst page its rst_prolog and rst_epilog, as Sphinx does: substitutions such as
|product| read as the site shows them. Markdown pages written in MyST (a Sphinx project's Markdown:
\`\`\`{note} boxes, {guilabel}\`Settings\` roles, (label)= targets) are read as Sphinx shows them.

The written folder is validated like kb:check; exit 1 if it is not valid.
`;

/** A single guide file may also be plain text; a folder's .txt files are not pages (see PAGE_EXTENSIONS). */
const EXTENSIONS = new Set([...PAGE_EXTENSIONS, '.txt']);

/** "https://Help.Example.com/x" → "help.example.com": people paste addresses, the list wants hosts. */
function hostOf(value: string): string {
  const v = value.trim().toLowerCase();
  try {
    return new URL(v.includes('://') ? v : `https://${v}`).hostname;
  } catch {
    return v;
  }
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCli(
    argv,
    {
      out: { type: 'string', short: 'o' },
      'allow-host': { type: 'string', multiple: true },
      force: { type: 'boolean' },
      json: { type: 'boolean' },
      pack: { type: 'string' },
      translates: { type: 'string' },
      guide: { type: 'string' },
    },
    USAGE,
  );
  if (values.pack !== undefined) return importPack(positionals, values, io);
  if (positionals.length > 1) fail(`kb:import: one guide file or folder at a time (got ${positionals.join(' and ')}).`);
  const file = positionals[0];
  if (!file) fail('kb:import: which guide? Usage: npm run kb:import -- FILE|FOLDER --out DIR');
  if (!values.out) fail('kb:import: where to? Add --out DIR (a new or empty folder).');
  const args = {
    file,
    out: values.out,
    hosts: values['allow-host'] ?? [],
    force: values.force === true,
    json: values.json === true,
  };

  const isFolder = await stat(args.file).then(
    (st) => st.isDirectory(),
    () => false,
  );
  const source = isFolder ? await readSiteOrFail(args.file) : { text: await readGuideFile(args.file) };

  const existing = await readdir(args.out).catch(() => [] as string[]);
  if (existing.length > 0 && !args.force) {
    fail(
      `kb:import: ${args.out} is not empty (${existing.length} entries). Choose a new folder, or add --force to replace its topic files.`,
    );
  }

  const baseList = join('knowledge', ALLOWLIST_FILE);
  const baseHosts = existsSync(baseList) ? parseAllowedHosts(await readFile(baseList, 'utf8')) : [];
  const extraHosts = args.hosts.map(hostOf).filter(Boolean);
  const allowedHosts = [...new Set([...baseHosts, ...extraHosts])];

  const { topics, report } =
    'pages' in source
      ? importGuidePages({ folderName: basename(args.file), files: source.pages, allowedHosts })
      : importGuide({ fileName: basename(args.file), text: source.text, allowedHosts });
  report.source = args.file;
  if ('pages' in source && source.versionsLeftOut.length > 0) report.versionsLeftOut = source.versionsLeftOut;

  await mkdir(args.out, { recursive: true });
  // --force replaces a previous import; stale topics would otherwise clash with the new ones.
  const replaced = existing.filter((n) => n.toLowerCase().endsWith('.md') || n === ALLOWLIST_FILE);
  for (const name of replaced) await rm(join(args.out, name));
  for (const t of topics) await writeFile(join(args.out, t.file), t.text);
  const allowlistText = [
    `# Hosts that links in topic files may point to (https only; http too for localhost, 127.0.0.1, 192.168.x.x, *.local), one per line.`,
    `# Written by kb:import from ${existsSync(baseList) ? baseList : 'no base list'}${extraHosts.length ? ' plus --allow-host' : ''}.`,
    ...allowedHosts,
    '',
  ].join('\n');
  await writeFile(join(args.out, ALLOWLIST_FILE), allowlistText);
  // The team's own form survives a re-import with --force; only a folder without one gets the starter form.
  const formWritten = !existing.includes(TICKET_FORM_FILE);
  if (formWritten) await writeFile(join(args.out, TICKET_FORM_FILE), STARTER_TICKET_FORM);
  await writeFile(
    join(args.out, 'README.md'),
    `# Imported guide\n\nWritten by \`npm run kb:import\` from \`${basename(args.file)}\`${'pages' in source ? ` (${source.pages.length} pages)` : ''}: ${topics.length} topics, one per section.\n` +
      `Review the proposed commands and add aliases (synonyms, typos, other languages) as described in the\n` +
      `project's knowledge/README.md, check that \`${TICKET_FORM_FILE}\` asks what your support team needs, then run\n` +
      `\`npm run kb:check -- ${args.out}\`.\n\n` +
      `Once members ask it questions, \`npm run --silent insights -- --export-unanswered\` lists the ones it sent\n` +
      `to staff, to label with a topic or "escalate", and \`--export-confirmed\` the ones members labelled themselves\n` +
      `by marking a topic "This solved it". Added to \`examples.jsonl\` here, each is answered as labelled from then on.\n`,
  );

  const result = await loadKnowledge(args.out);
  let validation: string;
  if (result.ok) {
    const { topics: loaded } = result.knowledge;
    const commands = loaded.filter((t) => t.command).length;
    const steps = loaded.reduce((n, t) => n + t.steps.length, 0);
    const sections = new Set(loaded.map((t) => t.section)).size;
    validation = `kb:check: ${args.out} OK: ${loaded.length} topics in ${sections} sections, ${commands} commands, ${steps} steps, ${allowedHosts.length} allowed hosts`;
  } else {
    validation = [
      ...result.errors.map(formatKnowledgeError),
      `kb:check: ${result.errors.length} problem(s) in ${args.out}`,
    ].join('\n');
  }

  if (args.json) {
    const errors = result.ok ? [] : result.errors;
    io.out(
      `${JSON.stringify({ ...report, out: args.out, allowedHosts, replaced, valid: result.ok, validation: result.ok ? validation : undefined, errors })}\n`,
    );
  } else {
    const lines = [
      formatReport(report),
      '',
      `Allowlist used (${allowedHosts.length} hosts): ${allowedHosts.join(', ') || '(empty)'}`,
    ];
    if (replaced.length > 0) lines.push(`Replaced ${replaced.length} existing file(s) in ${args.out} (--force).`);
    const form = formWritten ? `, ${TICKET_FORM_FILE}` : '';
    lines.push(
      `Wrote ${topics.length} topic files, ${ALLOWLIST_FILE}${form} and README.md to ${args.out}`,
      '',
      validation,
    );
    io.out(`${lines.join('\n')}\n`);
  }
  return result.ok ? 0 : 1;
}

/** A guide file's text; a clear message and exit 1 for an unknown extension or a file that cannot be read. */
async function readGuideFile(file: string): Promise<string> {
  if (!EXTENSIONS.has(extname(file).toLowerCase()))
    fail(`kb:import: ${file}: expected a .md, .mdx, .rst or .txt guide, or a folder of them.`);
  const text = await readFile(file, 'utf8').catch((err: NodeJS.ErrnoException) =>
    fail(`kb:import: cannot read ${file}: ${err.code === 'ENOENT' ? 'file not found' : err.message}`),
  );
  return withIncludes(file, text);
}

/** Every page of a guide kept as a folder, in reading order (see USAGE); exit 1 when it holds none. */
async function readSiteOrFail(dir: string): Promise<GuideSite> {
  const site = await readGuideSite(dir).catch((err: Error) => fail(`kb:import: cannot read ${dir}: ${err.message}`));
  if (site.pages.length === 0) fail(`kb:import: ${dir} holds no .md, .mdx or .rst pages.`);
  return site;
}

/** kb:import -- FILE --pack TAG --translates SOURCE: a translated guide as a language pack. */
async function importPack(
  positionals: string[],
  values: { pack?: string; translates?: string; guide?: string; force?: boolean; json?: boolean; out?: string },
  io: CliIo,
): Promise<number> {
  const file = positionals[0];
  const tag = values.pack!;
  if (!file || positionals.length > 1)
    fail('kb:import: one translated guide file, e.g. npm run kb:import -- guia.md --pack es-ES --translates guide.md');
  if (values.out) fail('kb:import: --pack writes into the guide folder (--guide DIR); leave out --out.');
  if (!/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,4}){0,2}$/.test(tag))
    fail(`kb:import: "${tag}" is not a language tag (es-ES, pt-BR, ja, zh-CN, ar ...).`);
  if (!values.translates)
    fail("kb:import: which file does it translate? Add --translates SOURCE (the guide's own source file).");
  const guideDir = values.guide ?? toolSettings(io.env).KNOWLEDGE_DIR;
  const guide = await loadKnowledge(guideDir);
  if (!guide.ok) fail(`kb:import: the guide in ${guideDir} is not valid; run npm run kb:check -- ${guideDir} first.`);

  const [translated, source] = [await readGuideFile(file), await readGuideFile(values.translates)];
  const hostsOf = guide.knowledge.allowedHosts;
  const fromSource = importGuide({ fileName: basename(values.translates), text: source, allowedHosts: [...hostsOf] });
  const ids = fromSource.report.topics.map((t) => t.id);
  const byId = guide.knowledge.byId;
  const missing = ids.filter((id) => !byId.has(id));
  if (missing.length > 0)
    fail(
      `kb:import: ${values.translates} does not give the guide in ${guideDir} (no topic ${missing.slice(0, 3).join(', ')}): pass the file the guide was imported from.`,
    );
  const result = importAsPack(
    importGuide({ fileName: basename(file), text: translated, allowedHosts: [...hostsOf] }),
    ids.map((id) => byId.get(id)!),
  );
  if (!result.ok) fail(`kb:import: ${file}: ${result.message}.`);

  const out = join(guideDir, 'locales', tag);
  const existing = (await readdir(out).catch(() => [] as string[])).filter((n) => n.toLowerCase().endsWith('.md'));
  if (existing.length > 0 && !values.force)
    fail(`kb:import: ${out} already has ${existing.length} topic files. Add --force to replace them.`);
  await mkdir(out, { recursive: true });
  for (const name of existing) await rm(join(out, name));
  for (const f of result.pack.files) await writeFile(join(out, f.file), f.text);

  const check = await loadKnowledge(guideDir);
  const errors = check.ok ? [] : check.errors;
  if (values.json) {
    io.out(
      `${JSON.stringify({ pack: tag, out, topics: result.pack.pairs, replaced: existing, valid: check.ok, errors })}\n`,
    );
  } else {
    const lines = [
      `Imported ${file} as the ${tag} pack of ${guideDir}: ${result.pack.files.length} topics, paired in order with ${values.translates}.`,
      ...result.pack.pairs.map((p) => `  ${p.id}: ${p.title}`),
      '',
      check.ok
        ? `kb:check: ${guideDir} OK with the ${tag} pack.`
        : [...errors.map(formatKnowledgeError), `kb:check: ${errors.length} problem(s) in ${guideDir}`].join('\n'),
    ];
    io.out(`${lines.join('\n')}\n`);
  }
  return check.ok ? 0 : 1;
}

await runIfMain(import.meta, main);
