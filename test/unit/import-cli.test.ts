import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readGuidePages, withIncludes } from '../../src/app/guide-pages.js';
import { importGuidePages } from '../../src/core/import/import-guide.js';
import { SEED_FILE, seedUnofficialLink } from '../support/shared.js';

const SEED = SEED_FILE;
const unofficial = seedUnofficialLink();
const root = mkdtempSync(join(tmpdir(), 'stepwise-import-'));
const out = join(root, 'kb');
const run = (script: string, args: string[]) =>
  spawnSync('npx', ['tsx', script, ...args], { encoding: 'utf8', timeout: 60_000 });

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('kb-import CLI (input: the seed guide into a fresh temp dir)', () => {
  it('writes the folder, prints the report and a passing check, exits 0', () => {
    const r = run('src/cli/kb-import.ts', [SEED, '--out', out, '--allow-host', 'https://help.example.org/x']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/topics written/);
    expect(r.stdout).toMatch(/\n {6}- Password Lost \[password-lost\] — 5 steps from bullet list/);
    // One link dropped, summed up by its host; the unofficial site is not offered as a ready-made --allow-host.
    expect(r.stdout).toMatch(/Links dropped .*: 1, to 1 host\(s\)\n {5}1 {2}aclogportal\.com\n/);
    expect(r.stdout).not.toContain('--allow-host aclogportal.com');
    expect(r.stdout).toContain(`- ${unofficial.url}`);
    expect(r.stdout).toMatch(/kb:check: .* OK: \d+ topics/);
    // No labelled questions yet: kb:check tells the admin the answer model fitted across guides judges it.
    const check = run('src/cli/kb-check.ts', [out]);
    expect(check.stdout).toMatch(
      / 0 labelled examples \(judged by the answer model\); ticket form: goal, error, tried, device\n$/,
    );
    const files = readdirSync(out);
    expect(files).toContain('allowed-hosts.txt');
    // The starter ticket form: error, tried and device after the question; the e-mail field left for the team to add.
    expect(readFileSync(join(out, 'ticket-form.yml'), 'utf8')).toMatch(
      /^fields:\n {2}- error\n {2}- tried\n {2}- device\n {2}# - email/m,
    );
    expect(readFileSync(join(out, 'allowed-hosts.txt'), 'utf8')).toMatch(
      /^my\.kaspersky\.com$[\s\S]*^help\.example\.org$/m,
    );
    for (const f of files) expect(readFileSync(join(out, f), 'utf8').toLowerCase()).not.toContain(unofficial.host);
  }, 60_000);

  it('refuses to write into the now non-empty folder without --force (exit 1, clear message)', () => {
    const r = run('src/cli/kb-import.ts', [SEED, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/is not empty.*--force/);
  }, 60_000);

  it("with --force and --json replaces the folder and prints one JSON report; the team's edited ticket form is kept", () => {
    const edited = 'fields:\n  - email\n  - device\n';
    writeFileSync(join(out, 'ticket-form.yml'), edited);
    const r = run('src/cli/kb-import.ts', [SEED, '--out', out, '--force', '--json']);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(out, 'ticket-form.yml'), 'utf8')).toBe(edited);
    const report = JSON.parse(r.stdout) as {
      valid: boolean;
      topics: Array<{ id: string; title: string; heading: string }>;
      droppedLinks: Array<{ url: string }>;
    };
    expect(report.valid).toBe(true);
    expect(report.topics.length).toBeGreaterThanOrEqual(15);
    // Each topic names the source heading it came from, as written, so labels made against the source map onto topics.
    const seedLines = new Set(
      readFileSync(SEED, 'utf8')
        .split('\n')
        .map((l) =>
          l
            .replace(/^#+\s*/, '')
            .replace(/[*_`]/g, '')
            .trim(),
        ),
    );
    for (const t of report.topics) expect(seedLines.has(t.heading), t.heading).toBe(true);
    expect(report.droppedLinks.map((d) => d.url)).toEqual([unofficial.url]);
  }, 60_000);

  it('kb-check passes on the imported folder', () => {
    const r = run('src/cli/kb-check.ts', [out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/OK/);
  }, 60_000);
});

describe('kb-import CLI on a docs site kept as a folder of pages (input: test/fixtures/import/docs-folder)', () => {
  const FOLDER = 'test/fixtures/import/docs-folder';
  const site = join(root, 'site');

  it('imports every page in reading order, each page its own section, and skips drafts and non-pages', () => {
    const r = run('src/cli/kb-import.ts', [FOLDER, '--out', site, '--json']);
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as {
      valid: boolean;
      format: string;
      topics: Array<{ id: string; title: string; heading: string }>;
    };
    expect(report.valid).toBe(true);
    expect(report.format).toBe('markdown and rst');
    // index first; "02-pairing" before "10-troubleshooting" (number order); the settings folder's index before its
    // battery page; the hidden .drafts page, the _partials snippet and requirements.txt are not pages of the guide.
    expect(report.topics.map((t) => t.heading)).toEqual([
      'Beam Bike Lights help',
      'Pairing a light',
      'On Android',
      'On iPhone',
      'Troubleshooting',
      'The light does not turn on',
      'Settings',
      'Night mode',
      'Battery',
      'Saver mode',
    ]);
    // Each page is a section of its own: battery.rst's "*" underline does not nest it under the settings page.
    const sectionOf = (id: string) => readFileSync(join(site, `${id}.md`), 'utf8').match(/^section: (.+)$/m)?.[1];
    expect(sectionOf('saver-mode')).toBe('Battery');
    expect(sectionOf('night-mode')).toBe('Settings');
    expect(sectionOf('on-iphone')).toBe('Pairing a light');
    // The note above the battery page's title is that page's text; its ":orphan:" metadata is nobody's.
    const battery = readFileSync(join(site, 'battery.md'), 'utf8');
    expect(battery).toMatch(/\*\*Note:\*\* Charge figures come from the light itself/);
    expect(battery).not.toMatch(/orphan/);
    // Menus sum the page up by its own first sentence, not by the note above it.
    expect(battery).toMatch(/^summary: Each light reports its charge to the app every minute\.$/m);
    // What the MDX tabs held is text a member is shown; the markup is not.
    const trouble = readFileSync(join(site, 'the-light-does-not-turn-on.md'), 'utf8');
    expect(trouble).toMatch(/Charge it for an hour/);
    expect(trouble).toMatch(/starts in standby/);
    expect(trouble).not.toMatch(/TabItem|import Tabs/);
    // The partial the page imports from _partials/ is written where its tag stands; it is no page of its own.
    expect(trouble).toMatch(/\| Front \| 2 hours \|/);
    expect(trouble).not.toMatch(/ChargingTimes/);
    const readme = readFileSync(join(site, 'README.md'), 'utf8');
    expect(readme).toMatch(/from `docs-folder` \(5 pages\): 10 topics/);
    // What to do once members use it: the two exports whose lines become examples.jsonl.
    expect(readme).toMatch(/--export-unanswered[\s\S]*--export-confirmed[\s\S]*examples\.jsonl/);
  }, 60_000);

  it('refuses a folder with no pages in it, with a clear message (exit 1)', () => {
    const empty = join(root, 'no-pages');
    mkdirSync(join(empty, 'img'), { recursive: true });
    writeFileSync(join(empty, 'requirements.txt'), 'sphinx\n');
    const r = run('src/cli/kb-import.ts', [empty, '--out', join(root, 'never')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/holds no \.md, \.mdx or \.rst pages/);
  }, 60_000);

  it('input: a Sphinx folder whose pages ".. include::" a .txt note and a "_badges" page (:start-after:), with a SUMMARY.md and a conf.py whose rst_prolog defines |product|, and one page imported alone (its include of /etc/hostname refused) → the included text stands in each page, no page of its own; an include it cannot read is reported', () => {
    const sphinx = join(root, 'sphinx');
    mkdirSync(join(sphinx, 'includes'), { recursive: true });
    mkdirSync(join(sphinx, '_badges'), { recursive: true });
    mkdirSync(join(sphinx, 'guide'), { recursive: true });
    writeFileSync(join(sphinx, 'includes', 'backup.rst'), 'Back up your key before you start.\n');
    // GitBook's table of contents, as a GitBook folder keeps it: no page of the guide.
    writeFileSync(join(sphinx, 'SUMMARY.md'), '# Table of contents\n\n* [Rotate keys](guide/keys.rst)\n');
    writeFileSync(join(sphinx, 'includes', 'feedback.txt'), 'Tell us what was unclear.\n');
    writeFileSync(join(sphinx, '_badges', 'plan.rst'), ':orphan:\n:nosearch:\n\nAvailable on Enterprise plans only.\n');
    writeFileSync(join(sphinx, 'conf.py'), 'project = "Vault"\nrst_prolog = """\n.. |product| replace:: Vault\n"""\n');
    writeFileSync(
      join(sphinx, 'guide', 'keys.rst'),
      'Rotate |product| keys\n=====================\n\n.. include:: ../_badges/plan.rst\n   :start-after: :nosearch:\n\n.. include:: /includes/backup.rst\n\n.. include:: ../includes/feedback.txt\n\nOpen the key settings.\n\n.. include:: ../missing/note.txt\n\n.. include:: ../../../../../../../../../../etc/hostname\n',
    );
    const r = run('src/cli/kb-import.ts', [sphinx, '--out', join(root, 'sphinx-kb'), '--json']);
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { topics: Array<{ heading: string; file: string }>; warnings: string[] };
    expect(report.topics.map((t) => t.heading)).toEqual(['Rotate Vault keys']);
    const text = readFileSync(join(root, 'sphinx-kb', report.topics[0]!.file), 'utf8');
    for (const said of [
      'Available on Enterprise plans only.',
      'Back up your key',
      'Tell us what was unclear.',
      'Open the key settings.',
    ])
      expect(text).toContain(said);
    expect(text).not.toMatch(/orphan|nosearch|include::/);
    expect(report.warnings.join('\n')).toMatch(/"\.\. include:: \.\.\/missing\/note\.txt" was not read/);

    expect(readdirSync(join(root, 'sphinx-kb'))).not.toContain('summary.md');

    const alone = run('src/cli/kb-import.ts', [
      join(sphinx, 'guide', 'keys.rst'),
      '--out',
      join(root, 'keys-kb'),
      '--json',
    ]);
    expect(alone.status, alone.stderr).toBe(0);
    const page = readFileSync(join(root, 'keys-kb', 'rotate-vault-keys.md'), 'utf8');
    // A guide file never reads files far from it: an include that climbs to /etc is reported, not read.
    expect((JSON.parse(alone.stdout) as { warnings: string[] }).warnings.join('\n')).toMatch(
      /etc\/hostname" was not read/,
    );
    expect(page).toContain('Tell us what was unclear.');
    expect(page).toContain('Available on Enterprise plans only.');
  }, 60_000);

  it('input: a Sphinx folder whose page includes "shortcuts.rstext" (an extension of its own) → its text stands in the page, as docutils reads it', () => {
    const sphinx = join(root, 'sphinx-rstext');
    mkdirSync(sphinx, { recursive: true });
    writeFileSync(join(sphinx, 'conf.py'), 'project = "Decks"\n');
    writeFileSync(join(sphinx, 'shortcuts.rstext'), 'Press Space to play the deck.\n');
    writeFileSync(join(sphinx, 'index.rst'), 'Playing a deck\n==============\n\n.. include:: shortcuts.rstext\n');
    const r = run('src/cli/kb-import.ts', [sphinx, '--out', join(root, 'rstext-kb'), '--json']);
    expect(r.status, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as { warnings: string[] }).warnings.join('\n')).not.toMatch(/was not read/);
    expect(readFileSync(join(root, 'rstext-kb', 'playing-a-deck.md'), 'utf8')).toContain(
      'Press Space to play the deck.',
    );
  }, 60_000);

  it('takes one .mdx page as a Markdown guide (input: the troubleshooting page alone)', () => {
    const r = run('src/cli/kb-import.ts', [join(FOLDER, '10-troubleshooting.mdx'), '--out', join(root, 'one-page')]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/\(Markdown\): 2 topics written/);
  }, 60_000);
});

describe('which files of a docs folder are pages (input: folders written to a temp dir)', () => {
  const write = (dir: string, files: Record<string, string>) => {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
  };

  it('a Markdown file another page imports (tab/Docker.md, no "_" in its name) is written into that page, not a page too', async () => {
    const dir = join(root, 'partials-by-import');
    write(dir, {
      'index.mdx':
        "import Docker from './tab/Docker.md';\n\n# Quick Start\n\nPick a way.\n\n<Docker />\n\n## Updating\n\nPull again.\n",
      'tab/Docker.md': '## Quick Start with Docker\n\nRun the container.\n',
    });
    const pages = await readGuidePages(dir);
    expect(pages.map((p) => p.fileName)).toEqual(['index.mdx']);
    const { report } = importGuidePages({ folderName: 'docs', files: pages, allowedHosts: [] });
    expect(report.topics.map((t) => t.heading)).toEqual(['Quick Start', 'Quick Start with Docker', 'Updating']);
  });

  it('a docs folder whose pages import partials from the site\'s top ("@site/snippets/…", "/snippets/…") has them written in, and a partial that imports another beside it; a site-top folder does not list them as pages', async () => {
    const site = join(root, 'partials-from-site-top');
    write(site, {
      'docusaurus.config.js': 'module.exports = {};\n',
      'snippets/reverse-proxy.mdx': "import Caddy from './caddy.md';\n\nRun it behind a reverse proxy.\n\n<Caddy />\n",
      'snippets/caddy.md': 'Caddy is the simplest.\n',
      'snippets/wildcard.mdx': 'A `*` matches any text.\n',
      'docs/docker.mdx':
        "import ReverseProxy from '/snippets/reverse-proxy.mdx';\nimport Wildcard from '@site/snippets/wildcard.mdx';\n\n# Docker\n\n## Reverse proxy\n\n<ReverseProxy/>\n\n## Filters\n\n<Wildcard />\n",
    });
    const pages = await readGuidePages(join(site, 'docs'));
    expect(pages.map((p) => p.fileName)).toEqual(['docker.mdx']);
    expect(pages[0]!.text).toMatch(
      /## Reverse proxy\n[\s\S]*Run it behind a reverse proxy\.\n\nCaddy is the simplest\.[\s\S]*## Filters\n\nA `\*` matches any text\./,
    );
    const whole = await readGuidePages(site);
    expect(whole.map((p) => p.fileName)).toEqual(['docs/docker.mdx']);
    expect(whole[0]!.text).toContain('Caddy is the simplest.');
  });

  it('a single .mdx page imported alone has the partials it imports from beside it written in (input: index.mdx + tab/Docker.md)', async () => {
    const dir = join(root, 'single-with-partials');
    write(dir, {
      'index.mdx': "import Docker from './tab/Docker.md';\n\n# Quick Start\n\n<Docker />\n",
      'tab/Docker.md': '## Quick Start with Docker\n\nRun the container.\n',
    });
    const text = await withIncludes(join(dir, 'index.mdx'), readFileSync(join(dir, 'index.mdx'), 'utf8'));
    expect(text).toContain('## Quick Start with Docker\n\nRun the container.');
    expect(text).not.toContain('<Docker />');
  });

  it("a Sphinx project's pages are those its conf.py reads: the repository's README.md and an excluded folder are not; a second manual with MyST keeps its .md pages", async () => {
    const dir = join(root, 'sphinx-pages');
    write(dir, {
      'conf.py':
        "master_doc = 'index'\nexclude_patterns = ['_build', 'drafts',  # work in progress\n    '**/old-*.rst']\n",
      'index.rst': 'Help desk\n=========\n\nStart here.\n',
      'README.md': '# Help desk docs\n\n## Compilation\n\nRun make html.\n',
      'CONTRIBUTING.md': '# Contributing\n\nOpen a pull request.\n',
      'drafts/next.rst': 'Next\n====\n\nNot yet.\n',
      'tickets/create.rst': 'Create tickets\n==============\n\nPress New.\n',
      'tickets/old-create.rst': 'Create tickets (old)\n====================\n\nGone.\n',
      'mobile/conf.py': "extensions = [\n    'myst_parser',\n    # 'sphinx.ext.todo',\n]\n",
      'mobile/index.md': '# Mobile app\n\nInstall it.\n',
      'mobile/setup.rst': 'Set up\n======\n\nSign in.\n',
      'mobile/notes.txt': 'Not a page.\n',
    });
    const pages = await readGuidePages(dir);
    expect(pages.map((p) => p.fileName)).toEqual([
      'index.rst',
      'mobile/index.md',
      'mobile/setup.rst',
      'tickets/create.rst',
    ]);
  });

  it('a Sphinx project whose conf.py runs a shared settings file above the folder (exec(open("../shared.conf.py").read()), which names myst_parser) keeps its .md pages; a file it cannot read leaves the conf.py as it is', async () => {
    const base = join(root, 'sphinx-shared-conf');
    write(base, {
      'shared.conf.py': "extensions = [\n    'sphinx.ext.autosectionlabel',\n    'myst_parser',\n]\n",
      'EN/conf.py': 'import os\n\nexec (open("../shared.conf.py").read())\nexec(open("missing.py").read())\n',
      'EN/index.md': '# Insulin pump app\n\nStart here.\n',
      'EN/Setup/pump.md': '# Pairing the pump\n\nOpen the app.\n',
    });
    const pages = await readGuidePages(join(base, 'EN'));
    expect(pages.map((p) => p.fileName)).toEqual(['index.md', 'Setup/pump.md']);
  });

  it('MyST {include} directives (input: a tab-set whose tabs hold ":::{include} android.md" left open, a dropdown whose ":::{include}" its "```" closes, a closed "```{include}" with :start-after:) → each file\'s text where its directive stands, inside its tab or box; the included files are no pages of their own', async () => {
    const dir = join(root, 'myst-include');
    write(dir, {
      'conf.py': "extensions = ['myst_parser', 'sphinx_design']\n",
      'index.md': '# Build\n\n```{toctree}\nbuild\n```\n',
      'build.md': [
        '# Building the app',
        '',
        '```{admonition} File Manager Plus',
        ':class: dropdown',
        '',
        ':::{include} filemanager.md',
        '```',
        '',
        '```{tab-set}',
        '',
        ':::{tab-item} Android',
        ':::{include} android.md',
        ':::',
        '',
        ':::{tab-item} Computer',
        'Open a terminal.',
        ':::',
        '',
        '```',
        '',
        '```{include} shared/after.md',
        ':start-after: <!-- start -->',
        '```',
        '',
        'Done.',
      ].join('\n'),
      'filemanager.md': 'Install File Manager Plus from the store.\n',
      'android.md': 'Tap **Generate key**.\n\n```{note}\nKeep the tab open.\n```\n\n```text\nkey0\n```\n',
      'shared/after.md': 'Hidden intro.\n<!-- start -->\nInstall the app you built.\n',
    });
    const pages = await readGuidePages(dir);
    expect(pages.map((p) => p.fileName)).toEqual(['index.md', 'build.md']);
    const { topics } = importGuidePages({ folderName: 'myst-include', files: pages, allowedHosts: [] });
    const text = topics.find((t) => t.file === 'building-the-app.md')!.text;
    expect(text).toContain('**File Manager Plus:** Install File Manager Plus from the store.');
    expect(text).toMatch(
      /Android[\s\S]*Tap \*\*Generate key\*\*\.[\s\S]*\*\*Note:\*\* Keep the tab open\.[\s\S]*key0[\s\S]*Computer[\s\S]*Open a terminal\./,
    );
    expect(text).toContain('Install the app you built.');
    expect(text).toContain('Done.');
    expect(text).not.toMatch(/\{include\}|Hidden intro|:::|```\s*\n\s*Done/);
  });

  it("a Sphinx project whose conf.py says source_suffix = '.txt' (input: index.txt with a toctree, two .txt chapters using its rst_prolog, a notes.txt in a folder with no conf.py) → its .txt files are its pages, read as reStructuredText in toctree order", async () => {
    const dir = join(root, 'sphinx-txt');
    write(dir, {
      'docs/conf.py':
        "project = 'Archive'\nsource_suffix = '.txt'\nrst_prolog = '''\n.. |app| replace:: Archive\n'''\n",
      'docs/index.txt': 'Welcome\n=======\n\n.. toctree::\n\n   search\n   upload\n',
      'docs/upload.txt': 'Uploading documents\n===================\n\nOpen |app| and press **Upload**.\n',
      'docs/search.txt': 'Searching\n=========\n\n.. note:: Search needs an index.\n\nType words in the box.\n',
      'notes.txt': 'Not a page.\n',
    });
    const pages = await readGuidePages(dir);
    expect(pages.map((p) => p.fileName)).toEqual(['docs/index.txt', 'docs/search.txt', 'docs/upload.txt']);
    const { topics } = importGuidePages({ folderName: 'sphinx-txt', files: pages, allowedHosts: [] });
    expect(topics.find((t) => t.file === 'uploading-documents.md')!.text).toContain(
      'Open Archive and press **Upload**.',
    );
    expect(topics.find((t) => t.file === 'searching.md')!.text).toContain('**Note:** Search needs an index.');
  });

  it("pages come in the order the site shows them (input: Docusaurus positions, a GitBook SUMMARY.md, a Sphinx toctree with a glob, Mintlify docs.json, a VitePress sidebar, MkDocs nav above the folder and in it, the repository's README.md and AGENTS.md then left out)", async () => {
    const docusaurus = join(root, 'order-docusaurus');
    write(docusaurus, {
      'advanced/_category_.json': '{ "label": "Advanced", "position": 3 }',
      'advanced/cli.md': '# Command line\n\nRun it.\n',
      'getting-started/_category_.yml': 'label: Getting started\nposition: 1\n',
      'getting-started/install.md': '---\nsidebar_position: 2\n---\n# Install\n\nDownload it.\n',
      'getting-started/requirements.md': '---\nsidebar_position: 1\n---\n# Requirements\n\nA computer.\n',
      'widgets/clock.md': '# Clock\n\nShows the time.\n',
    });
    expect((await readGuidePages(docusaurus)).map((p) => p.fileName)).toEqual([
      'getting-started/requirements.md',
      'getting-started/install.md',
      'advanced/cli.md',
      'widgets/clock.md',
    ]);

    const gitbook = join(root, 'order-gitbook');
    write(gitbook, {
      'SUMMARY.md': '# Summary\n\n* [Welcome](README.md)\n* [Sync](basics/sync.md)\n* [Backup](basics/backup.md)\n',
      'README.md': '# Welcome\n\nHello.\n',
      'basics/backup.md': '# Backup\n\nCopy it.\n',
      'basics/sync.md': '# Sync\n\nPair devices.\n',
    });
    expect((await readGuidePages(gitbook)).map((p) => p.fileName)).toEqual([
      'README.md',
      'basics/sync.md',
      'basics/backup.md',
    ]);

    const sphinx = join(root, 'order-sphinx');
    write(sphinx, {
      'conf.py': "project = 'Desk'\n",
      'index.rst': 'Desk\n====\n\n.. toctree::\n   :maxdepth: 2\n\n   start\n   Tickets <tickets/index>\n   faq\n',
      'start.rst': 'Start\n=====\n\nLog in.\n',
      'faq.rst': 'FAQ\n===\n\nAsk.\n',
      'tickets/index.rst': 'Tickets\n=======\n\n.. toctree::\n   :glob:\n\n   *\n',
      'tickets/create.rst': 'Create\n======\n\nPress New.\n',
      'tickets/close.rst': 'Close\n=====\n\nPress Close.\n',
      'archive.rst': 'Archive\n=======\n\nOld.\n',
    });
    expect((await readGuidePages(sphinx)).map((p) => p.fileName)).toEqual([
      'index.rst',
      'start.rst',
      'tickets/index.rst',
      'tickets/close.rst',
      'tickets/create.rst',
      'faq.rst',
      'archive.rst',
    ]);

    // The user part of a Sphinx manual, imported on its own: its conf.py sits above the folder.
    const sphinxPart = join(root, 'order-sphinx-part');
    write(sphinxPart, {
      'conf.py': "project = 'Desk'\n",
      'user/index.rst': 'User guide\n==========\n\n.. toctree::\n   :maxdepth: 2\n\n   teams\n   sessions\n   faq\n',
      'user/faq.rst': 'FAQ\n===\n\nAsk.\n',
      'user/sessions.rst': 'Sessions\n========\n\nSubmit one.\n',
      'user/teams.rst': 'Teams\n=====\n\nInvite people.\n',
    });
    expect((await readGuidePages(join(sphinxPart, 'user'))).map((p) => p.fileName)).toEqual([
      'index.rst',
      'teams.rst',
      'sessions.rst',
      'faq.rst',
    ]);

    const mintlify = join(root, 'order-mintlify');
    write(mintlify, {
      'docs.json':
        '{"navigation": {"anchors": [{"anchor": "Docs", "groups": [{"group": "Start", "pages": ["start/intro", {"group": "REST", "pages": ["start/rest/request"]}]}, {"group": "Help", "pages": ["help/faq"]}]}]}}',
      'README.md': '# Docs repository\n\nHow to preview the site.\n',
      'help/faq.mdx': '---\ntitle: FAQ\n---\n\nAsk us.\n',
      'start/intro.mdx': '---\ntitle: Introduction\n---\n\nWelcome.\n',
      'start/rest/request.mdx': '---\ntitle: Requests\n---\n\nSend one.\n',
    });
    expect((await readGuidePages(mintlify)).map((p) => p.fileName)).toEqual([
      'start/intro.mdx',
      'start/rest/request.mdx',
      'help/faq.mdx',
      'README.md',
    ]);

    const vitepress = join(root, 'order-vitepress');
    write(vitepress, {
      'src/.vitepress/config/navigation/sidebar.ts':
        "export default { '/docs/': [{ text: 'FAQ', items: [{ text: 'General', link: '/docs/faq/general' }, { text: 'Library', link: '/docs/faq/library.html' }] }, { text: 'Guides', link: '/docs/guides/' }] }\n",
      'src/.vitepress/config.ts':
        "export default { themeConfig: { socialLinks: [{ link: 'https://github.com/x' }] } }\n",
      'src/docs/contribute.md': '# Contribute\n\nSend a fix.\n',
      'src/docs/faq/library.md': '# Library\n\nYour series.\n',
      'src/docs/faq/general.md': '# General\n\nAbout the app.\n',
      'src/docs/guides/index.md': '# Guides\n\nHow-tos.\n',
    });
    expect((await readGuidePages(join(vitepress, 'src', 'docs'))).map((p) => p.fileName)).toEqual([
      'faq/general.md',
      'faq/library.md',
      'guides/index.md',
      'contribute.md',
    ]);

    const mkdocs = join(root, 'order-mkdocs');
    write(mkdocs, {
      'mkdocs.yml':
        'site_name: Desk\ntheme:\n  name: material\nmarkdown_extensions:\n  - pymdownx.emoji:\n      emoji_index: !!python/name:material.extensions.emoji.twemoji\nnav:\n  - Home: index.md\n  - Guide:\n      - guide/setup.md\n      - Usage: guide/usage.md\n  - about.md\n',
      'README.md': '# Desk docs\n\nRun mkdocs serve to preview.\n',
      'AGENTS.md': '# AGENTS.md\n\nAdd new pages to nav.\n',
      'docs/index.md': '# Home\n\nWelcome.\n',
      'docs/about.md': '# About\n\nWho.\n',
      'docs/guide/usage.md': '# Usage\n\nUse it.\n',
      'docs/guide/setup.md': '# Setup\n\nSet up.\n',
    });
    const expected = ['guide/setup.md', 'guide/usage.md', 'about.md'];
    expect((await readGuidePages(join(mkdocs, 'docs'))).map((p) => p.fileName)).toEqual(['index.md', ...expected]);
    expect((await readGuidePages(mkdocs)).map((p) => p.fileName)).toEqual([
      'docs/index.md',
      ...expected.map((p) => `docs/${p}`),
    ]);
  });

  it('pages of an 11ty site whose sidebar sorts by title, the titles numbered ("1. Self-hosting", "1.2 Docker", "3.10. UI Guide") → read in their numbers\' order, a folder placed by its index page\'s number', async () => {
    const dir = join(root, 'order-numbered-titles');
    const page = (title: string, heading: string) =>
      `---\ntitle: ${title}\ndesc: About it.\n---\n\n# ${heading}\n\nText.\n`;
    write(dir, {
      'index.md': page('Technical Guide', 'Technical Guide'),
      'configuration.md': page('2. Penpot Configuration', 'Configuration'),
      'developer/index.md': page('3. Developer Guide', 'Developer Guide'),
      'developer/ui.md': page('3.10. UI Guide', 'UI Guide'),
      'developer/devenv.md': page('3.09. Dev environment', 'Dev environment'),
      'developer/architecture/index.md': page('3.01. Architecture', 'Architecture'),
      'developer/architecture/backend.md': page('Backend app', 'Backend app'),
      'getting-started/index.md': page('1. Self-hosting Guide', 'Self-hosting Guide'),
      'getting-started/docker.md': page('1.2  Install with Docker', 'Install with Docker'),
      'getting-started/settings.md': page('1.1 Recommended settings', 'Recommended settings'),
    });
    expect((await readGuidePages(dir)).map((p) => p.fileName)).toEqual([
      'index.md',
      'getting-started/index.md',
      'getting-started/settings.md',
      'getting-started/docker.md',
      'configuration.md',
      'developer/index.md',
      'developer/architecture/index.md',
      'developer/architecture/backend.md',
      'developer/devenv.md',
      'developer/ui.md',
    ]);
  });

  it('MkDocs include-markdown: "{% include-markdown %}" over several lines with start/end, one in a "!!! note" box → the files\' text written in, cut and indented as the plugin does; neither file a page', async () => {
    const dir = join(root, 'mkdocs-include-markdown');
    write(dir, {
      'mkdocs.yml': 'site_name: Demo\nplugins:\n  - include-markdown\n',
      'docs/install.md': [
        '# Install',
        '',
        '{%',
        '   include-markdown "includes/needs.md"',
        '   start="<!--needs-->"',
        '   end="<!--/needs-->"',
        '%}',
        '',
        '!!! note',
        '    {% include-markdown "./includes/backup.md" %}',
        '',
      ].join('\n'),
      'docs/includes/needs.md':
        'Shown elsewhere.\n<!--needs-->\nYou need 2 GB of memory.\n<!--/needs-->\nAlso elsewhere.\n',
      'docs/includes/backup.md': 'Keep a backup.\nIt takes a minute.\n',
    });
    const pages = await readGuidePages(dir);
    expect(pages.map((p) => p.fileName)).toEqual(['docs/install.md']);
    const { topics } = importGuidePages({ folderName: 'docs', files: pages, allowedHosts: [] });
    const body = topics.map((t) => t.text).join('\n');
    expect(body).toContain('You need 2 GB of memory.');
    expect(body).toContain('**Note:** Keep a backup. It takes a minute.');
    expect(body).not.toMatch(/include-markdown|elsewhere|\{%/);
  });

  it('MkDocs include: "{% include "./compose/app.yml" %}" inside a ```yaml fence → the compose file shown in the code block, not the tag', async () => {
    const dir = join(root, 'mkdocs-include-file');
    write(dir, {
      'mkdocs.yml': 'site_name: Demo\nplugins:\n  - include-markdown\n',
      'docs/install/docker.md': [
        '# Docker',
        '',
        'Save this as docker-compose.yml:',
        '',
        '```yaml',
        '{% include "./compose/app.yml" %}',
        '```',
        '',
      ].join('\n'),
      'docs/install/compose/app.yml': 'services:\n  web:\n    image: example/desk:latest\n',
    });
    const pages = await readGuidePages(dir);
    expect(pages.map((p) => p.fileName)).toEqual(['docs/install/docker.md']);
    const { topics } = importGuidePages({ folderName: 'docs', files: pages, allowedHosts: [] });
    const body = topics.map((t) => t.text).join('\n');
    expect(body).toContain('    image: example/desk:latest');
    expect(body).not.toMatch(/\{%|include/);
  });

  it('Hugo\'s _index.md is its section\'s page, read first; other "_" files stay partials', async () => {
    const dir = join(root, 'hugo-section');
    write(dir, {
      'install.md': '# Install\n\nDownload it.\n',
      '_index.md': '# Rclone syncs your files to cloud storage\n\nIt copies files.\n',
      '_snippet.md': '## Not a page\n\nShared text.\n',
    });
    const pages = await readGuidePages(dir);
    expect(pages.map((p) => p.fileName)).toEqual(['_index.md', 'install.md']);
  });
});

describe('docs sites read by helper md34b (input: folders written to a temp dir)', () => {
  const write = (dir: string, files: Record<string, string>) => {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
  };

  it('a Starlight folder whose pages say "sidebar:" / "  label: …" / "  order: 2" in their front matter → pages come in that order (Install before Configure before Troubleshooting), not alphabetically', async () => {
    const dir = join(root, 'order-starlight');
    write(dir, {
      'guide/configure.mdx': '---\ntitle: Configure\nsidebar:\n  label: Set up\n  order: 2\n---\n\nPick a port.\n',
      'guide/install.mdx': '---\ntitle: Install\nsidebar:\n  order: 1\n---\n\nRun the installer.\n',
      'guide/troubleshooting.mdx': '---\ntitle: Troubleshooting\n---\n\nRestart it.\n',
    });
    expect((await readGuidePages(dir)).map((p) => p.fileName)).toEqual([
      'guide/install.mdx',
      'guide/configure.mdx',
      'guide/troubleshooting.mdx',
    ]);
  });
});

describe('kb-import CLI on a versioned Docusaurus site (input: a site written to a temp dir)', () => {
  const write = (dir: string, files: Record<string, string>) => {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
  };
  /** A sync app's site: its current docs, and versions 1.9 and 1.10 kept in versioned_docs/. */
  const versionedSite = (dir: string, config: string) =>
    write(dir, {
      'docusaurus.config.js': config,
      'versions.json': '["1.10", "1.9"]\n',
      'docs/setup.md': '# Setting up\n\nInstall the app from the store.\n',
      'docs/sync.md': '# Syncing\n\nPair two devices over the network.\n',
      'versioned_docs/version-1.9/setup.md': '# Setting up\n\nInstall version 1.9.\n',
      'versioned_docs/version-1.9/sync.md': '# Syncing\n\nPair over USB.\n',
      'versioned_docs/version-1.10/setup.md': '# Setting up\n\nInstall version 1.10.\n',
    });

  it("input: the site top with docs/ (setup, sync) and versioned_docs/version-1.9 (2 pages) and version-1.10 (1 page) → the report says both versions were left out, oldest first, with their 3 pages and the newest one's folder to import instead; --json lists them too", () => {
    const site = join(root, 'versioned-site');
    versionedSite(site, "module.exports = { presets: [['classic', { docs: {} }]] };\n");
    const r = run('src/cli/kb-import.ts', [site, '--out', join(root, 'versioned-kb')]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      `Old versions left out (versioned_docs/): version-1.9, version-1.10 (3 pages); to serve one instead, import its folder (the newest: ${site}/versioned_docs/version-1.10).`,
    );
    const json = run('src/cli/kb-import.ts', [site, '--out', join(root, 'versioned-kb'), '--force', '--json']);
    expect(JSON.parse(json.stdout).versionsLeftOut).toEqual([
      { folder: 'versioned_docs', versions: ['version-1.9', 'version-1.10'], pages: 3 },
    ]);
    // The docs folder imported on its own leaves no version out: nothing to say.
    const docs = run('src/cli/kb-import.ts', [join(site, 'docs'), '--out', join(root, 'versioned-docs-kb')]);
    expect(docs.stdout).not.toContain('left out (versioned_docs/)');
  }, 60_000);

  /** What members would be served: each topic file's title and text, in the guide's order. */
  const servedTopics = (kb: string) =>
    readdirSync(kb)
      .filter((n) => n.endsWith('.md') && n !== 'README.md')
      .map((n) => readFileSync(join(kb, n), 'utf8'))
      .map((text) => ({ order: Number(/^order:\s*(\d+)/m.exec(text)?.[1]), text }))
      .sort((a, b) => a.order - b.order)
      .map((t) => t.text);

  it("input: that site with lastVersion: '1.10' in the preset's docs options and version-1.10-sidebars.json listing sync before setup → version 1.10's pages are served, in its sidebars' order, docs/ (next) and 1.9 left out, and the report says so; lastVersion: 'current', or a version it does not keep ('2.0'), serves docs/ as before", () => {
    const site = join(root, 'last-version-site');
    versionedSite(site, "module.exports = { presets: [['classic', { docs: { lastVersion: '1.10' } }]] };\n");
    write(site, {
      'versioned_docs/version-1.10/sync.md': '# Syncing\n\nPair over Bluetooth.\n',
      'versioned_sidebars/version-1.10-sidebars.json': '{ "docs": ["sync", "setup"] }\n',
      // One title on two pages of one folder: all the folders above them tell them apart.
      'versioned_docs/version-1.10/help/android.md': '# Troubleshooting\n\nRestart the app.\n',
      'versioned_docs/version-1.10/help/ios.md': '# Troubleshooting\n\nReinstall the app.\n',
    });
    const kb = join(root, 'last-version-kb');
    const r = run('src/cli/kb-import.ts', [site, '--out', kb]);
    expect(r.status, r.stderr).toBe(0);
    const topics = servedTopics(kb);
    expect(topics).toHaveLength(4);
    expect(topics[0]).toMatch(/^title: Syncing$[\s\S]*Pair over Bluetooth\./m);
    expect(topics[1]).toMatch(/^title: Setting up$[\s\S]*Install version 1\.10\./m);
    // Named as the docs folder's pages they stand in for, not "(Help, Version 1, Versioned docs)".
    expect(topics.slice(2).map((t) => /^title: (.*)$/m.exec(t)?.[1])).toEqual([
      'Troubleshooting (Help, Docs)',
      'Troubleshooting (Help, Docs)',
    ]);
    expect(r.stdout).toContain(
      `Serving version 1.10 (versioned_docs/version-1.10/), the site's lastVersion; docs/ (next, 2 pages) left out: to serve it instead, import ${site}/docs.`,
    );
    expect(r.stdout).toContain('Old versions left out (versioned_docs/): version-1.9 (2 pages);');
    const json = run('src/cli/kb-import.ts', [site, '--out', kb, '--force', '--json']);
    expect(JSON.parse(json.stdout).versionsLeftOut).toEqual([
      {
        folder: 'versioned_docs',
        versions: ['version-1.9'],
        pages: 2,
        served: { version: '1.10', next: 'docs', nextPages: 2 },
      },
    ]);

    for (const lastVersion of ['current', '2.0']) {
      const other = join(root, `last-version-${lastVersion}`);
      versionedSite(
        other,
        `module.exports = { presets: [['classic', { docs: { lastVersion: '${lastVersion}' } }]] };\n`,
      );
      const otherKb = join(root, `last-version-${lastVersion}-kb`);
      const current = run('src/cli/kb-import.ts', [other, '--out', otherKb]);
      expect(current.stdout).not.toContain('Serving version');
      expect(servedTopics(otherKb).join('\n')).toContain('Install the app from the store.');
    }
  }, 60_000);
});
