import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HARD_BREAK } from '../../src/core/import/markdown-inline.js';
import { inlinePartials } from '../../src/core/import/partials.js';
import { importGuide, importGuidePages } from '../../src/core/import/import-guide.js';
import { parseMarkdown } from '../../src/core/import/parse-markdown.js';
import { formatReport } from '../../src/core/import/report-text.js';
import { buildKnowledge } from '../../src/core/knowledge/knowledge.js';
import { renderAnswer } from '../../src/core/render/render.js';
import { parseTopicBody } from '../../src/core/knowledge/topic-body.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');
const bodyOf = (text: string) => parseTopicBody(text.replace(/^---\n[\s\S]*?\n---\n/, ''));
/** A guide imported and built as the bot serves it: each topic as a member is shown it. */
function servedGuide(fileName: string, text: string) {
  const { topics } = importGuide({ fileName, text, allowedHosts: [] });
  const built = buildKnowledge({ files: topics.map((t) => ({ name: t.file, text: t.text })), allowedHostsText: '' });
  if (!built.ok) throw new Error(JSON.stringify(built.errors));
  const { knowledge } = built;
  return { knowledge, shown: (id: string) => renderAnswer(knowledge.byId.get(id)!, knowledge).body };
}

describe('parseMarkdown', () => {
  it('input: ATX with closing #s, setext === and --- → headings; --- after a blank line → a rule, not a heading', () => {
    const doc = parseMarkdown('Guide\n=====\n\nintro\n\n## Part one ##\n\ntext\n\n---\n\nPart two\n--------\n\nmore\n');
    expect(doc.sections.map((s) => [s.title, s.children.map((c) => c.title)])).toEqual([
      ['Guide', ['Part one', 'Part two']],
    ]);
  });

  it('input: a fenced block with "# comment" and "## comment" lines → kept as code, no heading made', () => {
    const doc = parseMarkdown('# Title\n\n```sh\n# comment\n## also\n```\n');
    expect(doc.sections).toHaveLength(1);
    expect(doc.sections[0]!.children).toEqual([]);
    expect(doc.sections[0]!.lines).toContain('# comment');
  });

  it('input: HTML comment spanning lines, <img>, reference link → comment and image gone, link resolved', () => {
    const doc = parseMarkdown(
      '# T\n\n<!-- a\nb -->\n<img src="x.png">\nSee [docs][d].\n\n[d]: https://docs.example.org/a\n',
    );
    expect(doc.sections[0]!.lines.filter((l) => l.trim())).toEqual(['See [docs](https://docs.example.org/a).']);
  });
});

describe('headings written with a colon at their end', () => {
  it('input: "## Installation:" and "## Updating:" under "# Docker" → titled "Installation", "Updating" (headings as written), and the overview reads "**Installation**: …", not "**Installation:**: …"', () => {
    const { topics, report } = importGuide({
      fileName: 'docker.md',
      text: '# Docker\n\n## Installation:\n\nRun the container.\n\n## Updating:\n\nPull the new image.\n',
      allowedHosts: [],
    });
    expect(report.topics.map((t) => [t.title, t.heading])).toEqual([
      ['Docker', 'Docker'],
      ['Installation', 'Installation:'],
      ['Updating', 'Updating:'],
    ]);
    expect(topics[0]!.text).toContain('1. **Installation**: Run the container.\n2. **Updating**: Pull the new image.');
  });
});

describe('a fence a list item leaves open', () => {
  it('input: "* Helpers:" / "    ```clojure" never closed, then "Keep them small." and "## File operations" at the margin → the code ends with the item, the text after it is prose and "File operations" a topic of its own', () => {
    const text = [
      '# Levels',
      '',
      '## Data types',
      '',
      '* **Helpers** are standalone functions.',
      '',
      '    ```clojure',
      '    (defn sets-tree-seq [sets] ...)',
      '',
      'Keep them small.',
      '',
      '## File operations',
      '',
      'Functions that modify a file.',
      '',
    ].join('\n');
    const { topics, report } = importGuide({ fileName: 'levels.md', text, allowedHosts: [] });
    expect(report.topics.map((t) => t.title)).toEqual(['Levels', 'Data types', 'File operations']);
    const body = topics.find((t) => t.file === 'data-types.md')!.text.split('---\n')[2]!;
    expect(body).toBe(
      '1. **Helpers** are standalone functions.\n   ```clojure\n   (defn sets-tree-seq [sets] ...)\n   ```\n\nKeep them small.\n',
    );
    // Closed at the margin, the fence still closes where it is written: the closing line opens no code of its own.
    const closed = importGuide({
      fileName: 'levels.md',
      text: '# Levels\n\n1. Run:\n\n    ```sh\n    make\n```\n\n2. Done.\n\n## Next\n\nMore.\n',
      allowedHosts: [],
    });
    expect(closed.report.topics.map((t) => t.title)).toEqual(['Levels', 'Next']);
    expect(closed.topics[0]!.text).toContain('1. Run:\n   ```sh\n   make\n   ```\n2. Done.');
  });
});

describe('lists nested three deep in a step', () => {
  it('input: "2. Choose the disks:" over "- Select the disks", two items nested under it ("- In 7.2.0, pick two.") and "- Press **Apply**" → the answer shows the third level nested under the second; the topic reader trimmed every line under a step, and the member saw five items of one list', () => {
    const text = [
      '# Storage',
      '',
      '## Set up the disks',
      '',
      '1. Open **Settings**.',
      '2. Choose the disks:',
      '   - Select the disks',
      '     - In 7.2.0, pick two.',
      '     - In 7.3.0, pick one.',
      '   - Press **Apply**.',
      '3. Restart.',
      '',
    ].join('\n');
    const shown = servedGuide('storage.md', text).shown('set-up-the-disks');
    expect(shown).toBe(
      [
        '1. Open **Settings**.',
        '2. Choose the disks:',
        '   - Select the disks',
        '     - In 7.2.0, pick two.',
        '     - In 7.3.0, pick one.',
        '   - Press **Apply**.',
        '3. Restart.',
      ].join('\n'),
    );
    // A "10." step's lines are written three spaces in, as a "9." step's: read from the shallowest of them, not from
    // the step's text (four in), the nested item stays two deeper than its parent, not one.
    expect(bodyOf('10. Choose:\n   - Select the disks\n     - In 7.2.0, pick two.\n').steps).toEqual([
      'Choose:\n- Select the disks\n  - In 7.2.0, pick two.',
    ]);
  });

  it('input: a step of a YAML file ("2. Add the service:" over "```yaml" / "services:" / "  web:" / "    image: nginx") → its keys keep their nesting in the answer; trimmed, they read as three keys side by side', () => {
    const text = [
      '# Compose',
      '',
      '## Add a web server',
      '',
      '1. Open `compose.yaml`.',
      '2. Add the service:',
      '   ```yaml',
      '   services:',
      '     web:',
      '       image: nginx',
      '   ```',
      '',
    ].join('\n');
    const shown = servedGuide('compose.md', text).shown('add-a-web-server');
    expect(shown).toContain('2. Add the service:\n   ```yaml\n   services:\n     web:\n       image: nginx\n   ```');
  });

  /** A step whose code holds a blank line between two functions, and a step after it. */
  const PLUGIN_STEPS = [
    '# Scripts',
    '',
    '## Write a plugin',
    '',
    '1. Create `plugin.py`:',
    '   ```python',
    '   def start():',
    '       pass',
    '',
    '   def stop():',
    '       pass',
    '   ```',
    '2. Restart the app.',
    '',
  ].join('\n');

  it('input: a step holding a Python block with a blank line between two functions ("def start():" / "" / "def stop():") and a step after it → the answer keeps the blank line inside the code and the next step stays a step; the reader dropped every blank line under a step, gluing the two functions together', () => {
    const guide = servedGuide('scripts.md', PLUGIN_STEPS);
    expect(guide.knowledge.byId.get('write-a-plugin')!.steps).toHaveLength(2);
    const shown = guide.shown('write-a-plugin');
    expect(shown).toContain('       pass\n\n   def stop():');
    expect(shown).toContain('2. Restart the app.');
  });

  it('input: the same step with a blank line inside its code → the topic file kb:import writes has no line of spaces alone; the blank line was indented under the step to "   ", which editors flag and a diff of the guide shows as a change', () => {
    const { topics } = importGuide({ fileName: 'scripts.md', text: PLUGIN_STEPS, allowedHosts: [] });
    const file = topics.find((t) => t.file === 'write-a-plugin.md')!.text;
    expect(file).toContain('       pass\n\n   def stop():');
    expect(file.split('\n').filter((l) => l !== '' && l.trim() === '')).toEqual([]);
  });
});

describe('examples each captioned below their code', () => {
  it('input: "## Putting it all together" of code, its sentence, code, its sentence → one step per example, its sentence over its code, not the second code under the first sentence', () => {
    const text = [
      '# Quick add',
      'Type it all in one line.',
      '## Putting it all together',
      '```\nMoving check-in +"Office Move" every week\n```',
      'Creates a weekly task in the "Office Move" project.',
      '```\nFinalize seating chart @david in 5 days\n```',
      'Creates a task assigned to david, due in 5 days.',
      '',
    ].join('\n\n');
    const { topics } = importGuide({ fileName: 'quick-add.md', text, allowedHosts: [] });
    const body = topics.find((t) => t.file === 'putting-it-all-together.md')!.text.split('---\n')[2]!;
    expect(body).toBe(
      [
        '1. Creates a weekly task in the "Office Move" project.',
        '   ```',
        '   Moving check-in +"Office Move" every week',
        '   ```',
        '2. Creates a task assigned to david, due in 5 days.',
        '   ```',
        '   Finalize seating chart @david in 5 days',
        '   ```',
        '',
      ].join('\n'),
    );
  });
});

describe('a section holding only a code block: its lead', () => {
  it('input: "## Check the services" holding only a ``` block of `docker compose ps` output laid out in columns ("NAME  STATUS  PORTS" over two rows) → "Use this:" over it, as over any command; its layout read it as a table before, "For reference:"', () => {
    const text = [
      '# Running',
      'Start it with Docker Compose.',
      '## Check the services',
      '```\nNAME      STATUS    PORTS\nweb       running   0.0.0.0:80->80/tcp\ndb        running   5432/tcp\n```',
      '',
    ].join('\n\n');
    const { topics } = importGuide({ fileName: 'running.md', text, allowedHosts: [] });
    const body = topics.find((t) => t.file === 'check-the-services.md')!.text.split('---\n')[2]!;
    expect(body).toMatch(/^1\. Use this:\n {3}```\n {3}NAME {6}STATUS/);
  });

  it('input: a MyST page whose "## Keys" holds only a {list-table} of shortcuts → "For reference:" over its rows in columns, as the reader wrote a table there; no mark of it shown', () => {
    const text = [
      '# Shortcuts',
      '',
      'Keys in short.',
      '',
      '## Keys',
      '',
      '```{list-table}',
      ':header-rows: 1',
      '',
      '* - Shortcut',
      '  - Action',
      '* - Ctrl + E',
      '  - Create a new document',
      '```',
      '',
    ].join('\n');
    const { topics } = importGuide({ fileName: 'shortcuts.md', text, allowedHosts: [] });
    const body = topics.find((t) => t.file === 'keys.md')!.text.split('---\n')[2]!;
    expect(body).toBe(
      ['1. For reference:', '   ```', '   Shortcut  Action', '   Ctrl + E  Create a new document', '   ```', ''].join(
        '\n',
      ),
    );
  });
});

describe('sub-headings numbered in order', () => {
  it('input: "## 1. Vault", "## 2. Channels" under "# Overview" → the overview reads "1. **Vault**: …", not "1. **1. Vault**: …"; numbered out of order ("## 2. …", "## 5. …") they keep their numbers', () => {
    const { topics } = importGuide({
      fileName: 'overview.md',
      text: '# Overview\n\nA quick map.\n\n## 1. Vault\n\nYour account.\n\n## 2. Channels\n\nYour rooms.\n',
      allowedHosts: [],
    });
    expect(topics[0]!.text).toContain('1. **Vault**: Your account.\n2. **Channels**: Your rooms.');
    const skipped = importGuide({
      fileName: 'rules.md',
      text: '# Rules\n\nThe rules.\n\n## 2. Be kind\n\nAlways.\n\n## 5. Be brief\n\nMostly.\n',
      allowedHosts: [],
    });
    expect(skipped.topics[0]!.text).toContain('1. **2. Be kind**: Always.\n2. **5. Be brief**: Mostly.');
  });
});

describe('headings written with backslash escapes', () => {
  it('input: "## 2\\. Add an account", "## The \\*nix client" → title and heading read "2. Add an account", "The *nix client"', () => {
    // The escape only stops Markdown from reading "2." as a list; a member, and anyone naming the heading, reads it without.
    const { report } = importGuide({
      fileName: 'client.md',
      text: '# Client\n\n## 2\\. Add an account\n\nEnter the server address.\n\n## The \\*nix client\n\nInstall the package.\n',
      allowedHosts: [],
    });
    expect(report.topics.map((t) => [t.title, t.heading])).toEqual([
      ['Client', 'Client'],
      ['2. Add an account', '2. Add an account'],
      ['The *nix client', 'The *nix client'],
    ]);
  });
});

describe('headings as other sites write them (GitBook anchors, MkDocs attribute lists, HTML headings, entities)', () => {
  it('input: GitBook "<a id>" anchors, "&#x20;", "{: #id }", "{#id data-toc-label=…}", "~~old~~", "<h3>…</h3>" → headings as a reader sees them', () => {
    const { report } = importGuide({
      fileName: 'site.md',
      text: [
        '# Welcome <a href="#welcome" id="welcome"></a>',
        '',
        'Intro text.',
        '',
        '## Voting strategies&#x20;',
        '',
        'Pick a strategy.',
        '',
        '## Setting the password {: #setting-the-password }',
        '',
        'Run the command.',
        '',
        '## Compose setup {#compose data-toc-label="Compose"}',
        '',
        'Edit the file.',
        '',
        '## ~~OLD_SETTING~~',
        '',
        'Removed in 2.0.',
        '',
        '<h3 id="cloud">What gets saved?</h3>',
        '',
        'Only your settings &mdash; never your searches.',
        '',
      ].join('\n'),
      allowedHosts: [],
    });
    expect(report.topics.map((t) => t.heading)).toEqual([
      'Welcome',
      'Voting strategies',
      'Setting the password',
      'Compose setup',
      'OLD_SETTING',
      'What gets saved?',
    ]);
    const saved = report.topics.find((t) => t.heading === 'What gets saved?')!;
    expect(saved.title).toBe('What gets saved?');
  });

  it('input: "[Docs](https://docs.example.org){:target="_blank"}" and "{ .md-button }" in text → the link stays, the attributes go', () => {
    const doc = parseMarkdown(
      '# T\n\nSee [Docs](https://docs.example.org){:target="_blank"} or [Start](https://docs.example.org/a){ .md-button }.\n',
    );
    expect(doc.sections[0]!.lines.filter((l) => l.trim())).toEqual([
      'See [Docs](https://docs.example.org) or [Start](https://docs.example.org/a).',
    ]);
  });
});

describe('MkDocs boxes that hold code or have no type', () => {
  it('input: `??? info "Server config"` opening on an indented ``` fence, then a heading → the code stays code and the heading a topic', () => {
    const doc = parseMarkdown(
      [
        '# VPN',
        '',
        'Set up the server.',
        '',
        '??? info "Server config"',
        '    ```plain',
        '    # Android phone',
        '    [Peer]',
        '    ```',
        '',
        '## Allow clients to access other devices',
        '',
        'Enable forwarding.',
        '',
        '??? "Raw database instructions"',
        '    Run the query.',
        '',
        '!!! info "The terms "server" and "client""',
        '    They name the two ends.',
        '',
      ].join('\n'),
    );
    expect(doc.warnings).toEqual([]);
    expect(doc.sections[0]!.children.map((c) => c.title)).toEqual(['Allow clients to access other devices']);
    const vpn = doc.sections[0]!.lines.join('\n');
    expect(vpn).toContain('Server config:\n```plain\n# Android phone');
    const allow = doc.sections[0]!.children[0]!.lines.join('\n');
    expect(allow).toContain('**Raw database instructions:** Run the query.');
    expect(allow).toContain('**The terms "server" and "client":** They name the two ends.');
  });
});

describe('MkDocs boxes inside content tabs', () => {
  it('input: a `!!! tip ""` box inside `=== "Using Context Menu"`, then a second tab → the tip is labelled text, no "!!!" and no code block', () => {
    const doc = parseMarkdown(
      [
        '# Downloading',
        '',
        '=== "Using Context Menu"',
        '    Select photos and open the context menu.',
        '',
        '    !!! tip ""',
        '        You can select many photos at once.',
        '',
        '=== "From Fullscreen Mode"',
        '    Click the download button.',
        '',
      ].join('\n'),
    );
    const text = doc.sections[0]!.lines.filter((l) => l.trim() !== '').join('\n');
    expect(text).toBe(
      '**Using Context Menu:** Select photos and open the context menu.\n**Tip:** You can select many photos at once.\n**From Fullscreen Mode:** Click the download button.',
    );
  });
});

describe('MkDocs boxes written without a space after the marker', () => {
  it('input: "!!!warning" over indented text, "???tip "Faster"" likewise → labelled notes, no "!!!" or "???" line', () => {
    // Python-Markdown reads "!!!warning" as "!!! warning": a box, not a paragraph.
    const doc = parseMarkdown(
      [
        '# Backups',
        '',
        '!!!warning',
        '    Stop the server first.',
        '',
        '???tip "Faster"',
        '    Copy only the data folder.',
        '',
        'Copy the folder.',
        '',
      ].join('\n'),
    );
    const text = doc.sections[0]!.lines.filter((l) => l.trim() !== '').join('\n');
    expect(text).toBe('**Warning:** Stop the server first.\n**Faster:** Copy only the data folder.\nCopy the folder.');
  });
});

describe('what static-site generators leave in Markdown text', () => {
  it('input: "[Guide]({{ site.baseurl }}/guide)", an inline {% include %}, kramdown {::nomarkdown}, a GitBook "\\" line break → none of it reaches a member', () => {
    const doc = parseMarkdown(
      [
        '# Settings',
        '',
        'Open [the guide]({{ site.baseurl }}/guide) first. Works on {% include os-list.md %} every browser.',
        '',
        '| Colour | {::nomarkdown}<b>Dark</b>{:/} |',
        '',
        'Click the icon in the corner:\\',
        'then pick a theme.',
        '',
      ].join('\n'),
    );
    const text = doc.sections[0]!.lines.join('\n');
    expect(text).not.toMatch(/\{\{|\{%|\{::|\{:\/|corner:\\/);
    // The relative link's target is dropped later, with every link that leads nowhere from Discord.
    expect(text).toContain('Open [the guide](/guide) first. Works on every browser.');
    // The backslash is a line break: the line ends in the mark blocks.ts keeps the next line apart by, as for a <br>.
    expect(text).toContain(`Click the icon in the corner:${HARD_BREAK}\nthen pick a theme.`);
  });

  it('input: a "{% include figure.html" tag over four lines, a link to {{ "/faq/contribute" | absolute_url }} → no Liquid; the link keeps its path', () => {
    const doc = parseMarkdown(
      [
        '# Passphrase',
        '',
        'Press "Start".',
        '',
        '{% include articles/figure.html',
        '    url="/assets/img/step-1.jpg"',
        '    legend="Update passphrase - step 1"',
        '%}',
        '',
        'We need your [support]({{ "/faq/contribute" | absolute_url }}) to fund audits.',
        '',
      ].join('\n'),
    );
    const text = doc.sections[0]!.lines.join('\n');
    expect(text).not.toMatch(/\{%|%\}|\{\{|legend=/);
    expect(text).toContain('We need your [support](/faq/contribute) to fund audits.');
  });
});

describe("code inside a numbered step written at the step's text column (four spaces in)", () => {
  it('input: "4.  Create a user" then an indented ```shell-session fence → the step holds the command as a code block', () => {
    const { topics } = importGuide({
      fileName: 'setup.md',
      text: [
        '# Bare metal install',
        '',
        '1.  Install the packages.',
        '',
        '2.  Create a system user.',
        '',
        '    ```shell-session',
        '    adduser paperless --system --home /opt/paperless --group',
        '    ```',
        '',
        '3.  Start the service.',
        '',
      ].join('\n'),
      allowedHosts: [],
    });
    const text = topics[0]!.text;
    expect(text).toContain(
      '2. Create a system user.\n   ```shell-session\n   adduser paperless --system --home /opt/paperless --group\n   ```',
    );
    expect(text).toContain('3. Start the service.');
  });
});

describe('bold lines that are not sub-headings', () => {
  it('input: "   **OR**" inside a list item, a bold address alone, "**Password Lost**" alone → only the last is a topic', () => {
    const { report } = importGuide({
      fileName: 'clients.md',
      text: [
        '# Clients',
        '',
        '- Install the app from the store.',
        '',
        '   **OR**',
        '',
        '   Download the package from the website.',
        '',
        'Share your delegation page:',
        '',
        '**https://snapshot.org/#/delegate/space-name.eth**',
        '',
        '**Password Lost**',
        '',
        'Reset it from the sign-in page.',
        '',
      ].join('\n'),
      allowedHosts: ['snapshot.org'],
    });
    expect(report.topics.map((t) => t.title)).toEqual(['Clients', 'Password Lost']);
  });

  it('input: a section ending in "**Therefore, UAM should always be activated.**" (trailing hard break), two bold lines with nothing between them, then the next heading → the last words and the lead-in stay text of their sections; the bold line over text is a sub-topic', () => {
    const { topics, report } = importGuide({
      fileName: 'features.md',
      text: [
        '# Features',
        '',
        '## Enable UAM',
        '',
        'With this option enabled, unannounced meals are recognised.',
        '',
        '**Therefore, UAM should always be activated.**  ',
        '',
        '## Playlists',
        '',
        '**Each entry is written on 6 lines:**',
        '',
        '**Path**',
        '',
        'The path to the game.',
      ].join('\n'),
      allowedHosts: [],
    });
    expect(topics.find((t) => t.file === 'enable-uam.md')!.text).toContain(
      '**Therefore, UAM should always be activated.**',
    );
    expect(topics.find((t) => t.file === 'playlists.md')!.text).toContain('**Each entry is written on 6 lines:**');
    expect(report.topics.map((t) => t.title)).toEqual(['Features', 'Enable UAM', 'Playlists', 'Path']);
    expect(report.emptySections.filter((e) => e.action === 'skipped')).toEqual([]);
  });

  it('input: "**You need an active internet connection.**" over the steps under "## Check your connection", beside "**Android**" / "**iOS**" labels elsewhere; a FAQ of bold questions with one bold statement among them → the lone bold sentence stays a line of its section, the labels and every FAQ entry head topics', () => {
    const { report, topics } = importGuide({
      fileName: 'guide.md',
      text: [
        '# Guide',
        '',
        '## Check your connection',
        '',
        '**You need an active internet connection.**',
        '',
        'Launch the game and open the Quick Menu.',
        '',
        '## Install',
        '',
        '**Android**',
        '',
        'Get it from the store.',
        '',
        '**iOS**',
        '',
        'Get it from the App Store.',
        '',
        '## FAQ',
        '',
        '**How can I tell the device not to sleep?**',
        '',
        'See the power settings.',
        '',
        '**My device has gone to sleep and I cannot send messages.**',
        '',
        'Wait until it wakes up.',
        '',
        '**Why is only one kit in my node list?**',
        '',
        'Kits shipped with one address.',
        '',
      ].join('\n'),
      allowedHosts: [],
    });
    expect(report.topics.map((t) => t.title)).toEqual([
      'Guide',
      'Check your connection',
      'Install',
      'Android',
      'iOS',
      'FAQ',
      'How can I tell the device not to sleep?',
      'My device has gone to sleep and I cannot send messages.',
      'Why is only one kit in my node list?',
    ]);
    expect(topics.find((t) => t.file === 'check-your-connection.md')!.text).toContain(
      '1. **You need an active internet connection.**\n2. Launch the game and open the Quick Menu.',
    );
  });
});

describe('Obsidian-flavoured Markdown (a team keeping its guide as a vault)', () => {
  it('input: "[[Sync settings|Sync]]", "[[Vaults#Move a vault]]", "![[diagram.png]]", "> [!info]+ Limits" → labels, no brackets, the callout named', () => {
    const doc = parseMarkdown(
      [
        '# Sync',
        '',
        'Open [[Sync settings|Sync]] and read [[Vaults#Move a vault]] first.',
        '',
        '![[diagram.png]]',
        '',
        '> [!info]+ Limits',
        '> Files over 200 MB are skipped.',
        '',
      ].join('\n'),
    );
    const text = doc.sections[0]!.lines.filter((l) => l.trim() !== '').join('\n');
    expect(text).toBe('Open Sync and read Vaults › Move a vault first.\n> **Limits:** Files over 200 MB are skipped.');
  });

  // Adapted from obsidianmd/obsidian-help (fa179e91), en/Extending Obsidian/CSS snippets.md and Ribbon.md: icons are
  // embedded beside the button's name.
  it('input: icon embeds in sentences, "Open **Settings** ![[lucide-settings.svg#icon]].", "the code button ![[lucide-code.svg#icon]] to", "(![[lucide-menu.svg]])" → no " .", no double space, no "()"', () => {
    const doc = parseMarkdown(
      [
        '# Snippets',
        '',
        '1. Open **Settings** ![[lucide-settings.svg#icon]].',
        '2. Click the code button ![[lucide-code.svg#icon]] to use the editor.',
        '3. The second menu icon (![[lucide-menu.svg]]) has no anchor.',
        '',
      ].join('\n'),
    );
    const text = doc.sections[0]!.lines.filter((l) => l.trim() !== '').join('\n');
    // Before: "Open **Settings** .", "the code button  to use", "icon () has".
    expect(text).toBe(
      '1. Open **Settings**.\n2. Click the code button to use the editor.\n3. The second menu icon has no anchor.',
    );
  });
});

describe('a callout that is only its title', () => {
  it('input: "> [!warning] Back up your vault first." right before "## Install", and "> [!tip] Restart the app when done." ending the page → both sentences shown; members were shown neither', () => {
    const { topics } = importGuide({
      fileName: 'guide.md',
      text: [
        '# Upgrade',
        '',
        'Upgrading takes a minute.',
        '',
        '> [!warning] Back up your vault first.',
        '',
        '## Install',
        '',
        '1. Download the installer.',
        '2. Run it.',
        '',
        '> [!tip] Restart the app when done.',
        '',
      ].join('\n'),
      allowedHosts: [],
    });
    const all = topics.map((t) => t.text).join('\n');
    expect(all).toContain('Back up your vault first.');
    expect(all).toContain('Restart the app when done.');
  });
});

describe("Obsidian's comments, shown only while a note is edited", () => {
  // Adapted from obsidianmd/obsidian-help (fa179e91), en/Editing and formatting/Basic formatting syntax.md.
  it('input: "%% These headings use HTML %%" over a line, "an %%inline%% comment", "%%" lines around a block, "`%%`" in code and a glossary "%%WebGUI|web-gui%%" → none of the comments shown; the code and the glossary term\'s text kept', () => {
    const doc = parseMarkdown(
      [
        '# Comments',
        '',
        '%% These headings use HTML to avoid cluttering the Outline %%',
        'Wrap text with `%%` to hide it. This is an %%inline%% comment.',
        '',
        '%%',
        'A block comment.',
        'It spans lines.',
        '%%',
        '',
        'Open the %%WebGUI|web-gui%% and sign in.',
        '',
      ].join('\n'),
    );
    const text = doc.sections[0]!.lines.filter((l) => l.trim() !== '').join('\n');
    // Before: "%% These headings use HTML … %% Wrap text with", "an %%inline%% comment", the block's lines as text.
    expect(text).toBe('Wrap text with `%%` to hide it. This is an comment.\nOpen the WebGUI and sign in.');
  });
});

describe('Markdown footnotes (Discord has none)', () => {
  it('input: "at any time[^1]" with "[^1]: Pausing deletes nothing." and a one-word "[^w]: Beta" → no "[^1]" marks; each footnote its own "Note:" paragraph', () => {
    const doc = parseMarkdown(
      '# Pause\n\nYou can pause at any time[^1]. Resume[^w] later.\n\n[^1]: Pausing deletes nothing.\n[^w]: Beta\n',
    );
    const text = doc.sections[0]!.lines.join('\n');
    expect(text).not.toContain('[^');
    expect(text).toContain('You can pause at any time. Resume later.');
    expect(text).toMatch(/\n\nNote: Pausing deletes nothing\.\n\n+Note: Beta/);
  });
});

describe('italic labels heading the parts of an answer', () => {
  it('input: "**(134) Can you leave messages on the server?**" with "*POP3*" and "*IMAP*" parts, "**(2) Why a notification?**" with one "*Background*" line → POP3 and IMAP are topics under the question; the lone italic line stays the answer\'s text', () => {
    const text = [
      '# FAQ',
      '**(2) Why a notification?**',
      'The service needs one.',
      '*Background*',
      'Android stops services without one.',
      '**(134) Can you leave messages on the server?**',
      '*POP3*',
      'Enable *Leave messages on server* in the account settings.',
      '*IMAP*',
      'Deleting is synchronized to the server.',
      '',
    ].join('\n\n');
    const { topics, report } = importGuide({ fileName: 'faq.md', text, allowedHosts: [] });
    expect(report.topics.map((t) => [t.title, t.depth])).toEqual([
      ['FAQ', 0],
      ['(2) Why a notification?', 1],
      ['(134) Can you leave messages on the server?', 1],
      ['POP3', 2],
      ['IMAP', 2],
    ]);
    expect(topics.find((t) => t.file === 'pop3.md')!.text).toContain('Enable *Leave messages on server*');
    expect(topics.find((t) => t.file === '2-why-a-notification.md')!.text).toContain('*Background*');
  });
});

describe('an answer that opens on a quoted error between ellipses', () => {
  it('input: "*... Untrusted ... not in certificate ...*" over the answer → the summary quotes the error, not "..."; one step per error line, none of them "..."', () => {
    const { topics } = importGuide({
      fileName: 'faq.md',
      text: '# FAQ\n\n## Invalid certificate?\n\n*... Untrusted ... not in certificate ...*<br />\n*... Certificate expired at ...*\n\nCheck the host name first.\n',
      allowedHosts: [],
    });
    const answer = topics.find((t) => t.file === 'invalid-certificate.md')!.text;
    // The <br /> keeps the two errors on lines of their own (import-line-breaks.test.ts): the summary quotes the first.
    expect(answer).toContain('summary: ... Untrusted ... not in certificate ...\n');
    expect(answer).toContain('1. *... Untrusted ... not in certificate ...*\n   *... Certificate expired at ...*\n');
    expect(answer).not.toMatch(/^\d+\. \*?\.\.\.\*?$/m);
  });
});

describe('a link the allowlist refuses, alone on its line beside an icon', () => {
  it('input: "&#x1F30E; [Google Translate](https://translate.google.com/…)" over a FAQ answer → the line goes, not "1. 🌎 Google Translate" as the answer\'s first step and summary', () => {
    const { topics, report } = importGuide({
      fileName: 'faq.md',
      text: '# FAQ\n\n## Why is POP not supported?\n\n&#x1F30E; [Google Translate](https://translate.google.com/translate?u=faq11)\n\nPOP keeps no folders on the server.\n',
      allowedHosts: [],
    });
    expect(report.droppedLinks.map((d) => d.host)).toEqual(['translate.google.com']);
    const answer = topics.find((t) => t.file === 'why-is-pop-not-supported.md')!.text;
    expect(answer).not.toContain('Google Translate');
    expect(answer).toContain('summary: POP keeps no folders on the server.');
  });
});

describe('an address the allowlist refuses inside a code span', () => {
  it('input: "Open the browser at `http://127.0.0.1:8080`." with no allowlist → the address goes, the code span says "<link removed>", so no empty code box or dangling "at" is left', () => {
    const { topics, report } = importGuide({
      fileName: 'start.md',
      text: '# Start the server\n\nOpen the browser at `http://127.0.0.1:8080`.\n\nRun `kolibri start` first.\n',
      allowedHosts: [],
    });
    expect(report.droppedLinks.map((d) => d.url)).toEqual(['http://127.0.0.1:8080']);
    expect(topics[0]!.text).not.toMatch(/``|127\.0\.0\.1/);
    expect(topics[0]!.text).toContain('Open the browser at `<link removed>`.');
    expect(topics[0]!.text).toContain('`kolibri start`');
  });
});

describe('text right under a code block in a list item', () => {
  it('input: a step with a fenced command, then "This command shows the logs." on the next line, then a page of code below → the sentence starts its own line and the fence still closes', () => {
    const text =
      '# Logs\n\n1. Open a terminal.\n2. Type:\n   ```\n   docker logs -f app\n   ```\n   This command shows the logs.\n\nRun it with a name:\n\n```\ndocker run --name app\n```\n';
    const body = importGuide({ fileName: 'logs.md', text, allowedHosts: [] }).topics[0]!.text;
    expect(body).toContain('   docker logs -f app\n   ```\n   This command shows the logs.');
    expect(body).not.toContain('``` This');
  });
});

describe('addresses in code the allowlist refuses', () => {
  const text = [
    '# Install',
    '',
    '1. Download and run the installer:',
    '   ```sh',
    '   curl -s https://repo.example.net/install.sh -O && sudo bash install.sh',
    '   https://repo.example.net/mirror-list.txt',
    '   ```',
    '2. In the proxy config, set `server_name files.example.org;` and the key `traefik.ingress.kubernetes.io/router.entrypoints`.',
    '3. Check that `ldap://directory.example.org` answers, then see https://forum.example.net/t/1 for help.',
    '',
  ].join('\n');
  const { topics, report } = importGuide({ fileName: 'install.md', text, allowedHosts: [] });
  const body = topics[0]!.text;

  it('input: a curl command fetching from an unlisted https host → the command keeps "<link removed>" where each address stood, on every line of it', () => {
    expect(body).toContain('curl -s <link removed> -O && sudo bash install.sh\n   <link removed>\n');
    expect(body).not.toMatch(/repo\.example\.net|mirror-list/);
  });

  it('input: a host name and a setting key in code spans, and an ldap:// address → kept as written (no link in code, and members must copy them)', () => {
    expect(body).toContain('`server_name files.example.org;`');
    expect(body).toContain('`traefik.ingress.kubernetes.io/router.entrypoints`');
    expect(body).toContain('`ldap://directory.example.org`');
    expect(body).not.toContain('forum.example.net');
  });

  it("input: the same guide → the report names each dropped link's host and whether it stood in a code block, and the text lists hosts with counts and says how to keep a trusted one", () => {
    expect(report.droppedLinks.map((d) => [d.host, d.where])).toEqual([
      ['repo.example.net', 'code block'],
      ['repo.example.net', 'code block'],
      ['forum.example.net', 'text'],
    ]);
    const printed = formatReport(report);
    expect(printed).toMatch(
      /Links dropped .*: 3, to 2 host\(s\)\n {5}2 {2}repo\.example\.net\n {5}1 {2}forum\.example\.net\n/,
    );
    expect(printed).toContain('import again with --allow-host HOST');
    expect(printed).toContain('Code blocks now showing "<link removed>" (they no longer run as written): install');
  });
});

describe("an address on the member's own machine, in a self-hosted product's guide", () => {
  const text =
    '# Web interface\n\nAfter installing, open http://localhost:8384 in your browser.\n\n1. Start the app.\n2. Check it answers: `curl http://127.0.0.1:8384/rest/noauth/health`\n3. Visit http://sync.example.org/docs for more.\n';
  const topicText = (allowedHosts: string[]) =>
    importGuide({ fileName: 'sync.md', text, allowedHosts }).topics[0]!.text;

  it('input: http://localhost:8384 and a curl command to http://127.0.0.1:8384, both hosts allowed → kept as written; an http site on the internet still goes', () => {
    const body = topicText(['localhost', '127.0.0.1', 'sync.example.org']);
    expect(body).toContain('open http://localhost:8384 in your browser');
    expect(body).toContain('`curl http://127.0.0.1:8384/rest/noauth/health`');
    expect(body).not.toContain('http://sync.example.org');
  });

  it('input: the same guide, nothing allowed → removed, and the report says --allow-host keeps them over http', () => {
    const body = topicText([]);
    expect(body).not.toContain('localhost');
    expect(body).toContain('`curl <link removed>`');
    const { report } = importGuide({ fileName: 'sync.md', text, allowedHosts: [] });
    expect(formatReport(report)).toContain(
      "To keep addresses on the member's own machine or network (localhost, 192.168.x.x, *.local), which stay http, import again with --allow-host for each.",
    );
  });
});

describe('a link whose words hold a code span with brackets', () => {
  it('input: "[Import file: `-i filename[,import format]`](commandline.md#import-file)" and "[Klipper `[gcode_macro]` reference](https://www.klipper3d.org/…)", no allowlist → the words and their code, no brackets or addresses left', () => {
    const { topics, report } = importGuide({
      fileName: 'cli.md',
      text: '# Command line\n\n- [Import file: `-i filename[,import format]`](commandline.md#import-file)\n- [Klipper `[gcode_macro]` reference](https://www.klipper3d.org/Config_Reference.html#gcode_macro) lists every option.\n',
      allowedHosts: [],
    });
    const text = topics[0]!.text;
    expect(text).toContain('Import file: `-i filename[,import format]`');
    expect(text).toContain('Klipper `[gcode_macro]` reference lists every option.');
    expect(text).not.toMatch(/\]\(|commandline\.md|klipper3d|\[Klipper|\[Import/);
    expect(report.droppedLinks.map((d) => d.url)).toContain(
      'https://www.klipper3d.org/Config_Reference.html#gcode_macro',
    );
  });
});

describe('a refused address that was an example', () => {
  it('input: "e.g. `http://…`.", "(e.g. http://…)", "(e.g.: http://…)", "host, at http://….", "(eg. 1.18.2) at http://… and" and "(for instance, the URL is http://…)" with no allowlist → no dangling "e.g.", "at" or ",." is left, and an example that goes on is kept', () => {
    const lines = [
      'Enter the address, e.g. `http://192.168.1.2:8123`.',
      'Type it (e.g. http://10.0.0.5) and press Enter.',
      'The cover server (e.g.: http://covers.example.net) may be down.',
      'Deactivate users from the dashboard for your host, at http://admin.example.net.',
      'Pick your version (eg. 1.18.2) at http://mods.example.net and download it.',
      'Copy the feed URL (for instance, the blog URL is http://blog.example.net/rss).',
    ];
    const { topics, report } = importGuide({
      fileName: 'connect.md',
      text: `# Connect\n\n${lines.join('\n\n')}\n`,
      allowedHosts: [],
    });
    expect(report.droppedLinks).toHaveLength(6);
    const text = topics[0]!.text;
    // In a code span the address leaves a mark (the sentence keeps its shape); in running text it goes, tidied.
    expect(text).toContain('Enter the address, e.g. `<link removed>`.');
    expect(text).toContain('Type it and press Enter.');
    expect(text).toContain('The cover server may be down.');
    expect(text).toContain('Deactivate users from the dashboard for your host.');
    expect(text).toContain('Pick your version (eg. 1.18.2) and download it.');
    expect(text).toContain('(for instance, the blog URL is');
    expect(text).not.toMatch(/e\.g\.[^ ]|\(e\.g|192\.168|10\.0\.0\.5|,\.|\.\./);
  });
});

describe('a refused address written in bold', () => {
  it('input: "Type **fish://user_name@remote_computer**: connect…", "See **https://bad.example.com/x** for more." "**Note:** see example.org **now**" and "links must begin with http:// or https://." with no allowlist → the bold goes with its address ("Type: connect…"), no "****", other bold untouched, hosts reported without stars; a scheme named alone is no address and stays', () => {
    const { topics, report } = importGuide({
      fileName: 'remote.md',
      text: [
        '# Remote',
        '',
        'Type **fish://user_name@remote_computer**: connect to the computer over SSH.',
        '',
        'See **https://bad.example.com/x** for more.',
        '',
        '**Note:** see example.org **now**.',
        '',
        'Links in a post must begin with http:// or https://.',
        '',
      ].join('\n'),
      allowedHosts: [],
    });
    const text = topics[0]!.text;
    expect(text).toContain('Type: connect to the computer over SSH.');
    expect(text).toContain('See for more.');
    expect(text).toContain('**Note:** see **now**.');
    expect(text).not.toContain('****');
    expect(text).toContain('Links in a post must begin with http:// or https://.');
    expect(report.droppedLinks.map((d) => d.host)).toEqual(['remote_computer', 'bad.example.com', 'example.org']);
  });
});

describe('a refused link whose address holds parentheses', () => {
  it('input: [UNC path](https://example.com/wiki/Path_(computing)) in Markdown and `UNC path <…Path_(computing)>`_ in reST → the words stay, no stray ")"', () => {
    for (const [fileName, text] of [
      ['shares.md', '# Shares\n\nUsed by [UNC path](https://example.com/wiki/Path_(computing)) on each client.\n'],
      [
        'shares.rst',
        'Shares\n======\n\nUsed by `UNC path <https://example.com/wiki/Path_(computing)>`_ on each client.\n',
      ],
    ] as const) {
      const { topics, report } = importGuide({ fileName, text, allowedHosts: [] });
      expect(topics[0]!.text, fileName).toContain('Used by UNC path on each client.');
      expect(report.droppedLinks.map((d) => d.url)).toHaveLength(1);
    }
  });
});

describe('a dotted name that only looks like a host', () => {
  it('input: "`logging.level.org.gotson.komga: DEBUG`" in a code block, no allowlist → kept whole (a Java package, not "….org")', () => {
    const { topics, report } = importGuide({
      fileName: 'logs.md',
      text: '# Debug logs\n\nAdd this:\n\n```yaml\nlogging.level.org.gotson.komga: DEBUG\n```\n',
      allowedHosts: [],
    });
    expect(report.droppedLinks).toEqual([]);
    expect(topics[0]!.text).toContain('logging.level.org.gotson.komga: DEBUG');
  });
});

describe('site generators this importer meets in docs folders (Hugo, MkDocs Material)', () => {
  it('input: front matter "title: FAQ", a markdownlint comment or an MDX import line, then the page\'s own "# Frequently Asked Questions" → the page is that heading, not its file name', () => {
    const page = (fileName: string, between: string) => ({
      fileName,
      text: `---\ntitle: FAQ\n---\n${between}\n\n# Frequently Asked Questions\n\nAsk away.\n\n## Do all systems support all commands\n\nNo.\n`,
    });
    for (const between of ['<!-- markdownlint-disable heading-increment -->', "import Link from '@docusaurus/Link';"]) {
      const { report } = importGuidePages({ folderName: 'docs', files: [page('faq.mdx', between)], allowedHosts: [] });
      expect(report.topics.map((t) => [t.heading, t.depth])).toEqual([
        ['Frequently Asked Questions', 0],
        ['Do all systems support all commands', 1],
      ]);
    }
  });

  it('input: quick-start/index.md with two "# " headings, the first "# Quick Start" → the page is "Quick Start" as written, not its folder\'s "Quick start"', () => {
    const { report } = importGuidePages({
      folderName: 'docs',
      files: [
        {
          fileName: 'quick-start/index.md',
          text: '---\ntitle: "Quick Start"\n---\n\n# Quick Start\n\nGet it.\n\n# Docker Setup\n\nRun.\n',
        },
      ],
      allowedHosts: [],
    });
    expect(report.topics.map((t) => [t.heading, t.title])).toEqual([
      ['Quick Start', 'Quick Start'],
      ['Docker Setup', 'Docker Setup'],
    ]);
  });

  it('input: api/index.md and database/index.md with no "# heading" → each page is named by its folder, not "Index"', () => {
    const { report } = importGuidePages({
      folderName: 'docs',
      files: [
        { fileName: 'api/index.md', text: '## Endpoints\n\nList them.\n\n## Sign-in\n\nUse a token.\n' },
        { fileName: 'database/index.md', text: '## Tables\n\nRead them.\n\n## Views\n\nQuery them.\n' },
      ],
      allowedHosts: [],
    });
    expect(report.topics.filter((t) => t.depth === 0).map((t) => t.title)).toEqual(['Api', 'Database']);
  });

  it('input: Hugo "+++ title = …" front matter, "{{<toc>}}", "{{< hint info >}}…{{< /hint >}}" → the page titled, the shortcodes gone, their text kept', () => {
    const { topics, report } = importGuide({
      fileName: 'drawings.md',
      text: [
        '+++',
        'title = "Drawings & Diagrams"',
        'type = "user-doc"',
        '[menu.docs]',
        '  weight = 2',
        '+++',
        '',
        'BookStack has a diagrams editor.',
        '',
        '{{<toc>}}',
        '',
        '{{< hint info >}}',
        'Drawings are saved as images.',
        '{{< /hint >}}',
        '',
        '## Inserting Drawings',
        '',
        'Click the drawing button.',
        '',
      ].join('\n'),
      allowedHosts: [],
    });
    expect(report.topics.map((t) => t.heading)).toEqual(['Drawings & Diagrams', 'Inserting Drawings']);
    const page = topics[0]!.text;
    expect(page).not.toMatch(/\+\+\+|title =|\{\{/);
    expect(page).toContain('Drawings are saved as images.');
  });

  it('input: Hugo boxes "{{< callout type="warning" >}}", "{{% notice tip %}}", a plain "{{< callout >}}", an empty one, one whose text opens "**Caution:**" → each text labelled once, as an admonition\'s, no shortcode left', () => {
    const doc = parseMarkdown(
      [
        '# Export',
        '',
        '{{< callout type="warning" >}}',
        'PDF export is going away.',
        '{{< /callout >}}',
        '',
        '{{% notice tip %}}',
        'Use the keyboard.',
        '{{% /notice %}}',
        '',
        '{{< callout >}}',
        'Plain box.',
        '{{< /callout >}}',
        '',
        '{{< hint info >}}',
        '{{< /hint >}}',
        '',
        '{{% alert color="info" %}}',
        '**Caution:** Back up first.',
        '{{% /alert %}}',
        '',
        'Click Export.',
        '',
      ].join('\n'),
    );
    const text = doc.sections[0]!.lines.filter((l) => l.trim() !== '').join('\n');
    expect(text).toBe(
      '**Warning:** PDF export is going away.\n**Tip:** Use the keyboard.\n**Note:** Plain box.\n**Caution:** Back up first.\nClick Export.',
    );
  });

  it('input: Hugo links "[Settings]({{< relref "settings.md" >}})", "{{<relref "../apps/" >}}", "{{% ref "feeds.md#x" %}}" → the links\' words, no "[Settings]()"', () => {
    const { topics } = importGuide({
      fileName: 'configuration.md',
      text: [
        '# Configuration',
        '',
        'Read the [apps page]({{<relref "../apps/" >}}) first.',
        '',
        '* [Settings]({{< relref "settings.md" >}})',
        '* [Feeds]({{% ref "feeds.md#x" %}})',
        '',
      ].join('\n'),
      allowedHosts: [],
    });
    const page = topics[0]!.text;
    expect(page).not.toMatch(/\]\(|\{\{/);
    expect(page).toContain('Read the apps page first.');
    expect(page).toMatch(/1\. Settings\n2\. Feeds/);
  });

  it('input: a "??? question" box holding "#### JSON ####", then another box; ":material-plus:" icons → the boxes stay in their section, labels read once, no icon codes', () => {
    const { topics, report } = importGuide({
      fileName: 'faq.md',
      text: [
        '# FAQ',
        '',
        '## Media Library',
        '',
        '??? question "What sidecar file types are supported?"',
        '    Two types:',
        '',
        '    #### JSON ####',
        '',
        '    JSON sidecars hold the full metadata.',
        '',
        '??? question "Why are my videos not indexed?"',
        '    Videos need FFmpeg. Click :material-plus: to add a library.',
        '',
        '## :material-tag: Metadata',
        '',
        'Keywords are words attached to a photo.',
        '',
      ].join('\n'),
      allowedHosts: [],
    });
    expect(report.topics.map((t) => t.heading)).toEqual(['FAQ', 'Media Library', 'Metadata']);
    const media = topics[1]!.text;
    expect(media).toContain('**What sidecar file types are supported?** Two types:');
    expect(media).toContain('JSON:');
    expect(media).toContain('**Why are my videos not indexed?** Videos need FFmpeg. Click to add a library.');
  });
});

describe("MkDocs Material icons that open a tab's name", () => {
  it('input: tabs "=== ":material-apple: macOS"" over text and ":material-linux: Linux" over code → "**macOS:** …" and "Linux:" over the code; a label before icons still goes', () => {
    const doc = parseMarkdown(
      [
        '# Install',
        '',
        '=== ":material-apple: macOS"',
        '',
        '    Open the disk image.',
        '',
        '=== ":material-linux: Linux"',
        '',
        '    ```sh',
        '    tar xf app.tar',
        '    ```',
        '',
        '_Runs on:_ :material-apple: :material-linux:',
        '',
        'Start it with :material-play: the play button.',
        '',
      ].join('\n'),
    );
    const text = doc.sections[0]!.lines.filter((l) => l.trim() !== '').join('\n');
    expect(text).toBe(
      '**macOS:** Open the disk image.\nLinux:\n```sh\ntar xf app.tar\n```\nStart it with the play button.',
    );
  });
});

describe('Docusaurus pages written as its own examples write them', () => {
  it('input: a multi-line "export const", {\' \'}, <Tabs> with JSX labels, indented <TabItem> text, a table in a step, ```bash title="…" → readable topics, no JSX', () => {
    const { topics } = importGuide({
      fileName: 'install.mdx',
      text: [
        "import Tabs from '@theme/Tabs';",
        '',
        'export const Highlight = ({children, color}) => (',
        '  <span style={{backgroundColor: color}}>{children}</span>',
        ');',
        '',
        '# Install',
        '',
        "Download the app from the{' '}",
        'download page.',
        '',
        '## Choose your system',
        '',
        '<Tabs',
        '  values={[',
        '    { label: (<><Icon icon="mdi:windows" /> Windows</>), value: "win" },',
        '    { label: "macOS", value: "mac" },',
        '  ]}>',
        '  <TabItem value="win">',
        '    Run the `.exe` installer.',
        '  </TabItem>',
        '  <TabItem value="mac">',
        '    Drag the app to **Applications**.',
        '  </TabItem>',
        '</Tabs>',
        '',
        '## Verify',
        '',
        '1. Run the check:',
        '   ```bash title="terminal"',
        '   app --version',
        '   ```',
        '2. Compare with the table:',
        '',
        '   | Version | Date |',
        '   | ------- | ---- |',
        '   | 2.0     | 2024 |',
        '',
      ].join('\n'),
      allowedHosts: [],
    });
    const body = (id: string) => topics.find((t) => t.file === `${id}.md`)!.text.replace(/^---[\s\S]*?---\n/, '');
    expect(topics.map((t) => t.file)).toEqual(['install.md', 'choose-your-system.md', 'verify.md']);
    expect(body('install')).toContain('Download the app from the download page.');
    expect(body('choose-your-system')).toContain(
      '1. **Windows:** Run the `.exe` installer.\n2. **macOS:** Drag the app to **Applications**.',
    );
    expect(body('verify')).toContain('```bash\n   app --version');
    expect(body('verify')).toContain('| Version | Date |\n   | ------- | ---- |\n   | 2.0     | 2024 |');
    expect(topics.map((t) => t.text).join('\n')).not.toMatch(/\{children\}|value: "|<\/>|\{' '\}|title="terminal"/);
  });
});

describe('a heading repeated under a repeated heading on two pages', () => {
  it('input: crypt.md and drive.md, each "## Configuration" / "### Standard options" → the page tells the two "Standard options" apart', () => {
    const { report } = importGuidePages({
      folderName: 'docs',
      files: [
        {
          fileName: 'crypt.md',
          text: '# Crypt\n\nEncrypts.\n\n## Configuration\n\nSet it up.\n\n### Standard options\n\nThe password.\n',
        },
        {
          fileName: 'drive.md',
          text: '# Google Drive\n\nStores.\n\n## Configuration\n\nSet it up.\n\n### Standard options\n\nThe client id.\n',
        },
      ],
      allowedHosts: [],
    });
    const titles = report.topics.map((t) => t.title);
    expect(titles).toContain('Standard options (Configuration, Crypt)');
    expect(titles).toContain('Standard options (Configuration, Google Drive)');
    expect(titles).toContain('Configuration (Crypt)');
    expect(new Set(titles).size).toBe(titles.length);
    // The source headings are kept as written.
    expect(report.topics.filter((t) => t.heading === 'Standard options')).toHaveLength(2);
  });

  it('input: the same under a page with a 90-character title → the bracket is shortened and closed, within 100 characters', () => {
    const long = 'Setting up single sign-on for your organization with GitHub, GitLab, or Bitbucket accounts';
    const { report } = importGuidePages({
      folderName: 'docs',
      files: [
        { fileName: 'a.md', text: `# ${long}\n\nA.\n\n## Configuration\n\nSet.\n\n### Standard options\n\nOne.\n` },
        {
          fileName: 'b.md',
          text: '# Google Drive\n\nB.\n\n## Configuration\n\nSet.\n\n### Standard options\n\nTwo.\n',
        },
      ],
      allowedHosts: [],
    });
    const title = report.topics.find((t) => t.heading === 'Standard options' && t.title.includes('Setting'))!.title;
    expect(title.length).toBeLessThanOrEqual(100);
    expect(title).toMatch(/^Standard options \(Configuration, Setting up single sign-on.*…\)$/);
  });
});

describe('a link around an image (a store badge)', () => {
  const page = (link: string[]) =>
    importGuide({
      fileName: 'installation.md',
      text: [
        '---',
        'sidebar_position: 1',
        '---',
        '',
        '# Installation',
        '',
        'Search for the app, or click the button below:',
        '',
        ...link,
        '',
        'Then select Install.',
      ].join('\n'),
      allowedHosts: ['apps.example.com'],
    }).topics[0]!.text;

  it('input: "<a href>" / "<img alt=\\"Download from the Store\\" …/>" / "</a>" on lines of their own → one link labelled by the alt text', () => {
    expect(
      page([
        '<a href="https://apps.example.com/detail/9pbx">',
        '  <img alt="Download from the Store" src="https://img.example.com/badge.svg" width="200"/>',
        '</a>',
      ]),
    ).toMatch(
      /click the button below:\n2\. \[Download from the Store\]\(https:\/\/apps\.example\.com\/detail\/9pbx\)\n3\. Then/,
    );
  });

  it('input: the same link on one line → labelled by the alt text, not by its address', () => {
    expect(
      page(['<a href="https://apps.example.com/detail/9pbx"><img alt="Download from the Store" src="b.svg"/></a>']),
    ).toContain('[Download from the Store](https://apps.example.com/detail/9pbx)');
  });
});

describe('a drawing written into the page', () => {
  it('input: an <svg> diagram whose tag spans lines, with <text> labels "AUTOBRR" and "push", between two paragraphs → the paragraphs only, and text after </svg> on its line kept', () => {
    const { topics } = importGuide({
      fileName: 'introduction.mdx',
      text: [
        "import Diagram from './diagram.mdx';",
        '',
        '# Introduction',
        '',
        'autobrr watches IRC channels.',
        '',
        '<svg',
        '  viewBox="0 0 1000 210"',
        '  role="img"',
        '>',
        '  {/* announced release */}',
        '  <rect x="64" y="18" width="924" height="52" rx="9" />',
        '  <text x="526" y="41">AUTOBRR</text>',
        '  <text x="143" y="136">push</text>',
        '</svg> It then sends the torrent to your client.',
        '',
        'Set up a filter next.',
      ].join('\n'),
      allowedHosts: [],
    });
    const text = topics[0]!.text;
    expect(text).not.toMatch(/AUTOBRR|push|<\/?(?:svg|rect|text)/);
    expect(text).toContain('It then sends the torrent to your client.');
    expect(text).toContain('Set up a filter next.');
  });
});

describe('front matter of many lines', () => {
  it('input: front matter whose "keywords:" list runs to 45 lines, one keyword a line → no topic text from it; the page is titled by it', () => {
    const { topics, report } = importGuide({
      fileName: 'introduction.mdx',
      text: [
        '---',
        'sidebar_position: 1',
        'title: Introduction',
        'keywords:',
        '  [',
        ...Array.from({ length: 45 }, (_, k) => `    keyword${k},`),
        '  ]',
        '---',
        '',
        'autobrr is the modern download automation tool for torrents.',
      ].join('\n'),
      allowedHosts: [],
    });
    expect(report.topics.map((t) => t.title)).toEqual(['Introduction']);
    expect(topics[0]!.text).not.toMatch(/sidebar_position|keyword\d/);
    expect(topics[0]!.text).toContain('autobrr is the modern download automation tool for torrents.');
  });
});

describe('a box or folded block whose content is a table', () => {
  it('input: <details> with <summary>Click to view supported indexers</summary> over a two-column table → the label stands above the table, not as a third header cell', () => {
    const { topics } = importGuide({
      fileName: 'indexers.mdx',
      text: [
        "import Tabs from '@theme/Tabs';",
        '',
        '# Indexers',
        '',
        'Pick one.',
        '',
        '<details>',
        '<summary>Click to view supported indexers</summary>',
        '',
        '| Indexer | IRC |',
        '|---------|-----|',
        '| Alpha | yes |',
        '',
        '</details>',
      ].join('\n'),
      allowedHosts: [],
    });
    const text = topics[0]!.text;
    expect(text).toMatch(
      /\*\*Click to view supported indexers:\*\*\n +\| Indexer \| IRC \|\n +\|-+\|-+\|\n +\| Alpha \| yes \|/,
    );
    expect(text).not.toMatch(/\| \*\*Click/);
  });
});

describe('a Docusaurus box whose content is a list', () => {
  it('input: ":::important" holding three bullet items after the steps → "**Important:**" heads the three items, not the first one alone', () => {
    const { topics } = importGuide({
      fileName: 'members.md',
      text: [
        '# Add a member',
        '',
        '- Go to your Space.',
        '- Click Add.',
        '',
        ':::important',
        '- The added member has access.',
        '- Managers can delete the Space.',
        '- A deleted Space cannot be restored.',
        ':::',
      ].join('\n'),
      allowedHosts: [],
    });
    const text = topics[0]!.text;
    expect(text).toMatch(
      /\*\*Important:\*\*\n+- The added member has access\.\n- Managers can delete the Space\.\n- A deleted Space cannot/,
    );
    expect(text).not.toContain('- **Important:** The added');
  });

  it('input: ":::tip How to create a backup" over a numbered list → its title heads the list (not the first item alone), and names the topic', () => {
    const { topics } = importGuide({
      fileName: 'backups.md',
      text: [
        '# Backups',
        '',
        ':::tip How to create a backup',
        '1. Go to More.',
        '2. Select Create backup.',
        ':::',
      ].join('\n'),
      allowedHosts: [],
    });
    expect(topics[0]!.text).toMatch(/\*\*How to create a backup:\*\*\n+1\. Go to More\./);
    expect(topics[0]!.text).toContain('- how to create a backup');
  });
});

describe('a Docusaurus box whose content is tabs', () => {
  /** A tip box whose content is a tab per system, then the steps it sits before. */
  const boxOverTabs = [
    'KDE Partition Manager manages storage devices.',
    '',
    ':::tip[Tip – Installing KDE Partition Manager]',
    '<Tabs>',
    '<TabItem value="debian" label="Debian">',
    '',
    '```bash',
    'sudo apt install partitionmanager',
    '```',
    '',
    '</TabItem>',
    '</Tabs>',
    ':::',
    '',
    '1. Open KDE Partition Manager.',
    '2. Click `Apply`.',
  ];
  const page = (body: string[]) =>
    importGuide({
      fileName: 'format.mdx',
      text: ["import Tabs from '@theme/Tabs';", '', '# Format the drive', '', ...body].join('\n'),
      allowedHosts: [],
    });

  it('input: ":::tip[Tip – Installing KDE Partition Manager]" holding a Debian tab, then the steps → the box stays in its section; the steps are the section\'s', () => {
    const { topics, report } = page(boxOverTabs);
    expect(report.topics.map((t) => t.heading)).toEqual(['Format the drive']);
    expect(topics[0]!.text).toMatch(
      /Tip – Installing KDE Partition Manager:[\s\S]*sudo apt install partitionmanager[\s\S]*Open KDE Partition Manager/,
    );
  });

  it('input: the same box inside a "KDE" tab of the page → still no topic of its own', () => {
    const { report } = page(['<Tabs>', '<TabItem value="kde" label="KDE">', ...boxOverTabs, '</TabItem>', '</Tabs>']);
    expect(report.topics.map((t) => t.heading)).toEqual(['Format the drive']);
  });
});

describe('Docusaurus tab labels written as JSX', () => {
  it('input: <TabItem value="macos" label={<span className="tab"><FaApple />macOS</span>}> → the tab is named "macOS", as the site shows it, not "macos"', () => {
    const { topics } = importGuide({
      fileName: 'install.mdx',
      text: [
        "import Tabs from '@theme/Tabs';",
        '',
        '# Install',
        '',
        '<Tabs>',
        '<TabItem value="macos" label={<span className="tab"><FaApple />macOS</span>}>',
        'Use Disk Utility.',
        '</TabItem>',
        '<TabItem value="linux" label={<span className="tab"><FaLinux />Linux</span>}>',
        'Use GNOME Disks.',
        '</TabItem>',
        '</Tabs>',
      ].join('\n'),
      allowedHosts: [],
    });
    expect(topics[0]!.text).toMatch(/\*\*macOS:\*\* Use Disk Utility\.[\s\S]*\*\*Linux:\*\* Use GNOME Disks\./);
  });
});

describe('MDX imports Prettier wrapped over several lines', () => {
  it('input: "import { a } from \'./a\';import {" / "  AddingWidget," / "} from \'@site/…\';" above the page\'s text, and a page made only of imports and components → no "import" step anywhere, the text kept, the empty page no topic', () => {
    const { topics, report } = importGuidePages({
      folderName: 'docs',
      files: [
        {
          fileName: 'widgets/calendar.mdx',
          text: [
            '---',
            'title: Calendar',
            '---',
            '',
            "import { icalIntegration } from '../../integrations/ical';import {",
            '  AddingWidget,',
            '  WidgetConfig',
            "} from '@site/src/components/widgets';",
            '',
            '# Calendar',
            '',
            'Shows the events of your calendars, a month at a time.',
            '',
            '<AddingWidget />',
          ].join('\n'),
        },
        {
          fileName: 'widgets/carousel.mdx',
          text: [
            '---',
            "title: 'Album Carousel'",
            '---',
            '',
            'import {',
            '  WidgetHeader',
            "} from '@site/src/components/widgets/header';",
            '',
            '<WidgetHeader widget={carousel} />',
          ].join('\n'),
        },
      ],
      allowedHosts: [],
    });
    const all = topics.map((t) => t.text).join('\n');
    expect(all).not.toMatch(/import|from '|AddingWidget/);
    expect(all).toContain('Shows the events of your calendars, a month at a time.');
    expect(report.topics.map((t) => t.heading)).not.toContain('Album Carousel');
  });
});

describe("a component's props over many lines, with JSX text inside them", () => {
  it('input: <IntegrationSecrets secrets={[{ … }]} /> over 70 lines, an <Alert> in a prop saying "won\'t", then the page\'s text → the component goes whole, no "}]} />" left, the text after it kept', () => {
    const steps = Array.from({ length: 60 }, (_, i) => `        "Step ${i + 1} of the setup",`);
    const { topics } = importGuide({
      fileName: 'proxmox.mdx',
      text: [
        "import { IntegrationSecrets } from '@site/src/components/secrets';",
        '',
        '# Proxmox',
        '',
        '## Secrets',
        '',
        'Create an API token first.',
        '',
        '<IntegrationSecrets secrets={[{',
        '    header: <Alert type="caution">',
        "        Homarr won't be able to read the data without it.",
        '    </Alert>,',
        "    credentials: ['username', 'apiKey'],",
        '    steps: [',
        ...steps,
        '    ],',
        '}]} />',
        '',
        'Then paste the token into Homarr.',
      ].join('\n'),
      allowedHosts: [],
    });
    const text = topics.map((t) => t.text).join('\n');
    expect(text).not.toMatch(/\}\]\} \/>|<\/?Alert|credentials|Step \d+ of/);
    expect(text).toContain('Create an API token first.');
    expect(text).toContain('Then paste the token into Homarr.');
  });
});

describe('a plain Markdown page is not read as MDX for a tag on a line of its own', () => {
  it('input: an indented code block holding "<Configuration>" … "</Configuration>", and "<API_KEY>" alone in a paragraph → the code stays one block under its step, two steps in all', () => {
    const { topics } = importGuide({
      fileName: 'setup.md',
      text: '# Setup\n\nPut this in the file:\n\n    <Configuration>\n      <Key>abc</Key>\n    </Configuration>\n\nReplace\n<API_KEY>\nwith your key, then restart the app.\n',
      allowedHosts: [],
    });
    const text = topics[0]!.text;
    expect(text).toMatch(/^1\. Put this in the file:\n +```\n/m);
    expect(text).toMatch(/^2\. Replace/m);
    expect(text).not.toMatch(/^3\. /m);
    // Indented code is code as written: the sample keeps its tags.
    expect(text).toMatch(/<Configuration>\n +<Key>abc<\/Key>\n +<\/Configuration>/);
  });

  it("input: a numbered step whose second paragraph is four spaces in, with a **bold** word and a link → read as the step's text (a list's indented lines are no code)", () => {
    const { topics } = importGuide({
      fileName: 'steps.md',
      text: '# Pair\n\n1. Open **Settings**.\n\n    Then pick [Devices](https://example.org/devices) and press **Pair**.\n\n2. Confirm the code.\n',
      allowedHosts: [],
    });
    const text = topics[0]!.text;
    expect(text).not.toContain('```');
    expect(text).toContain('Then pick Devices and press **Pair**.');
  });
});

describe('Mintlify pages: <Steps>, callouts and accordions, with no imports', () => {
  it('input: a paragraph straight above <Steps>, each <Step title> holding a fence four spaces in, a <Tip>, and <Accordion title="Step 1: Configure the collector"> → each step its title and text, whole code blocks, the tip labelled', () => {
    const { topics } = importGuide({
      fileName: 'self-host.mdx',
      text: [
        '---',
        "title: 'Self-host'",
        '---',
        '',
        '## Build the image',
        '',
        'Once the environment is configured, set up the instance.',
        '<Steps>',
        '  <Step title="Check the database">',
        '    Make sure the database is running.',
        '',
        '    ```bash',
        '    docker ps',
        '    ```',
        '  </Step>',
        '  <Step title="Pull the container">',
        '    Pull it from Docker Hub:',
        '',
        '    ```bash',
        '    docker pull example/app',
        '    ```',
        '  </Step>',
        '</Steps>',
        '',
        '<Tip>',
        'Pin a version in production.',
        '</Tip>',
        '',
        '## Monitoring',
        '',
        '<AccordionGroup>',
        '    <Accordion title="Step 1: Configure the collector">',
        '        Create a file named `collector.yaml`.',
        '    </Accordion>',
        '    <Accordion title="Step 2: Start the stack">',
        '        Run `docker compose up`.',
        '    </Accordion>',
        '</AccordionGroup>',
      ].join('\n'),
      allowedHosts: [],
    });
    const [build, monitoring] = [topics[1]!.text, topics[2]!.text];
    expect(build).toContain('**Check the database:** Make sure the database is running.');
    expect(build).toContain('**Pull the container:** Pull it from Docker Hub:');
    expect(build).toMatch(/```bash\n *docker ps\n *```/);
    expect(build).toMatch(/```bash\n *docker pull example\/app\n *```/);
    expect(build).toContain('**Tip:** Pin a version in production.');
    expect(build).not.toMatch(/<\/?(?:Steps?|Tip)\b|title=/);
    expect(monitoring).toMatch(/^1\. \*\*Configure the collector\*\*: Create a file named `collector\.yaml`\.$/m);
    expect(monitoring).toMatch(/^2\. \*\*Start the stack\*\*: Run `docker compose up`\.$/m);
    expect(monitoring).not.toMatch(/:\*\* |\*\*$/m);
  });
});

describe('MkDocs boxes inside a list item', () => {
  it('input: step 8 with an indented "!!! note" box under it, then step 9 → the note labelled inside step 8, no "!!!" line, step 9 still a step', () => {
    const { topics } = importGuide({
      fileName: 'reminders.md',
      text: [
        '# Scheduled reminders',
        '',
        '8.  Choose how to send the reminder: by email or by SMS, depending',
        '    on the preferred method of communication for the contact.',
        '',
        '    !!! note',
        '        The SMS option will only be available if you have',
        '        set up an SMS gateway.',
        '',
        '9.  Compose your message.',
      ].join('\n'),
      allowedHosts: [],
    });
    const text = topics[0]!.text;
    expect(text).not.toContain('!!!');
    expect(text).toMatch(/\*\*Note:\*\* The SMS option will only be available if you have set up an SMS gateway\./);
    expect(text).toMatch(/^\d+\. Compose your message\.$/m);
    expect(text.indexOf('**Note:**')).toBeLessThan(text.indexOf('Compose your message'));
  });
});

describe('MkDocs pages: tabs inside a box, tables without outer pipes, markdown-include lines', () => {
  it('input: a "???+ example" box holding two "=== \\"Tab\\"" tabs of code, a "Code | Meaning" table over "---- | ----", and "{!abbreviations.md!}" → each tab labelled over whole code, the table one line per row, no include line', () => {
    const { topics } = importGuide({
      fileName: 'api.md',
      text: [
        '# API',
        '',
        '## Log in',
        '',
        'Send your password.',
        '',
        '???+ example "Logging in"',
        '',
        '    === "cURL"',
        '',
        '        ```bash',
        '        curl -X POST /api/auth',
        '        ```',
        '',
        '    === "Python"',
        '',
        '        ```python',
        '        requests.post("/api/auth")',
        '        ```',
        '',
        '## Errors',
        '',
        'The codes it answers with:',
        '',
        'Code | Meaning',
        '---- | -------',
        '`200` | It worked',
        '`401` | No session',
        '',
        '{!abbreviations.md!}',
      ].join('\n'),
      allowedHosts: [],
    });
    const login = topics.find((t) => t.text.includes('title: Log in'))!.text;
    expect(login).toMatch(/cURL:\n+ *```bash\n *curl -X POST \/api\/auth\n *```/);
    expect(login).toMatch(/Python:\n+ *```python\n *requests\.post\("\/api\/auth"\)\n *```/);
    expect(login).not.toMatch(/===|\?\?\?/);
    const errors = topics.find((t) => t.text.includes('title: Errors'))!.text;
    expect(errors).toMatch(/^(?:\d+\. +| *)\| Code \| Meaning \|$/m);
    expect(errors).toMatch(/^ *\| `401` \| No session \|$/m);
    expect(errors).not.toContain('{!');
    // What a member is shown: one line per row.
    const built = buildKnowledge({ files: topics.map((t) => ({ name: t.file, text: t.text })), allowedHostsText: '' });
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    const shown = renderAnswer(built.knowledge.byId.get('errors')!, built.knowledge).body;
    expect(shown).toContain('**`401`**: No session');
  });
});

describe('a <details> box and its <summary>', () => {
  it('input: a step, then <details> whose "<summary>Why a mirror?</summary>" folds a sentence → "**Why a mirror?** It is closer." in one step, not the question and its answer as two steps', () => {
    const { topics } = importGuide({
      fileName: 'mirror.mdx',
      text: [
        "import Tabs from '@theme/Tabs';",
        '',
        '# Mirror',
        '',
        'Pick the mirror nearest to you.',
        '',
        '<details>',
        '<summary>Why a mirror?</summary>',
        '',
        'It is closer.',
        '',
        '</details>',
        '',
      ].join('\n'),
      allowedHosts: [],
    });
    expect(topics[0]!.text).toContain('1. Pick the mirror nearest to you.\n2. **Why a mirror?** It is closer.\n');
  });
});

describe("Docusaurus' <Admonition> component", () => {
  it('input: <Admonition type="tip" title="Faster"> and <Admonition type="warning"> around a sentence each, after a step → "**Faster:** …" and "**Warning:** …", as a ":::tip Faster" box reads', () => {
    const { topics } = importGuide({
      fileName: 'mirror.mdx',
      text: [
        "import Admonition from '@theme/Admonition';",
        '',
        '# Mirror',
        '',
        'Pick the mirror nearest to you.',
        '',
        '<Admonition type="tip" title="Faster">',
        '  A near mirror downloads faster.',
        '</Admonition>',
        '',
        '<Admonition type="warning">',
        '  Some mirrors lag a day behind.',
        '</Admonition>',
        '',
      ].join('\n'),
      allowedHosts: [],
    });
    expect(topics[0]!.text).toContain('**Faster:** A near mirror downloads faster.');
    expect(topics[0]!.text).toContain('**Warning:** Some mirrors lag a day behind.');
  });
});

describe("Docusaurus' <CodeBlock> component", () => {
  it('input: a one-line <CodeBlock language="bash"> holding {vars.version}, one over several lines holding a template literal and a string sum → code blocks, the variable a placeholder, no braces or quotes of JSX', () => {
    const { topics } = importGuide({
      fileName: 'install.mdx',
      text: [
        "import CodeBlock from '@theme/CodeBlock';",
        "import vars from '@site/vars';",
        '',
        '# Install',
        '',
        'Set the version:',
        '',
        '<CodeBlock language="bash">echo VERSION="{vars.version}" > .env</CodeBlock>',
        '',
        'Unpack it:',
        '',
        '<CodeBlock language="bash" title="unpack.sh">',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the page's own JavaScript template literal, not this test's
        '{`tar -xf app-${vars.version}.tar.gz',
        'cd app`}',
        '</CodeBlock>',
        '',
        'Check out the release:',
        '',
        '<CodeBlock language="bash">{"git checkout v" + vars.version}</CodeBlock>',
        '',
      ].join('\n'),
      allowedHosts: [],
    });
    const text = topics[0]!.text;
    expect(text).toContain('1. Set the version:\n   ```bash\n   echo VERSION="<version>" > .env\n   ```');
    expect(text).toContain('2. Unpack it:\n   ```bash\n   tar -xf app-<version>.tar.gz\n   cd app\n   ```');
    expect(text).toContain('3. Check out the release:\n   ```bash\n   git checkout v<version>\n   ```');
    expect(text).not.toMatch(/CodeBlock|\{|`\}/);
  });
});

describe('MDX pages whose elements indent their content (MDX has no indented code)', () => {
  it("input: <Tabs> four spaces in inside a tab, its </Tabs> eight in after the inner tabs' last heading → no tag shown in a code block", () => {
    const { topics } = importGuide({
      fileName: 'server.mdx',
      text: [
        "import Tabs from '@theme/Tabs';",
        "import TabItem from '@theme/TabItem';",
        '',
        '# Server',
        '',
        '<Tabs>',
        '    <TabItem value="alpha" label="Alpha">',
        '',
        '### Alpha settings',
        '',
        'Where Alpha connects.',
        '',
        '    <Tabs groupId="versions">',
        '        <TabItem value="new" label="New">',
        '',
        '#### Address',
        '',
        'Type the address.',
        '',
        '            </TabItem>',
        '        </Tabs>',
        '    </TabItem>',
        '</Tabs>',
      ].join('\n'),
      allowedHosts: [],
    });
    const text = topics.map((t) => t.text).join('\n');
    expect(text).toContain('Type the address.');
    expect(text).not.toMatch(/```|<\/?Tabs/);
  });

  it('input: text four spaces in under <details>/<summary>/<div>, a <Link> button around a <span>, a <video> with fallback text → plain text, no code block, no fallback', () => {
    const { topics } = importGuide({
      fileName: 'sso.mdx',
      text: [
        "import Link from '@docusaurus/Link';",
        '',
        '# Single Sign On',
        '',
        'Sign in with your company account.',
        '',
        '<details>',
        '  <summary>',
        '    Example setup',
        '  </summary>',
        '  <div>',
        '',
        '    In this setup we are using lldap.',
        '',
        '  </div>',
        '</details>',
        '',
        '<Link to="/docs/installation">',
        '  <div>',
        '',
        '    <span>Go to Installation</span>',
        '',
        '  </div>',
        '</Link>',
        '',
        '<video controls width="250">',
        '    <source src="/media/activity.webm" type="video/webm" />',
        "    Sorry, your browser doesn't support embedded videos.",
        '</video>',
        '',
      ].join('\n'),
      allowedHosts: [],
    });
    const text = topics[0]!.text;
    expect(text).not.toContain('```');
    expect(text).toContain('In this setup we are using lldap.');
    expect(text).toContain('Go to Installation');
    expect(text).not.toContain('Sorry, your browser');
  });
});

describe('Docusaurus tabs that hold headings', () => {
  it('input: "### Configuration" inside an "LDAP provider" tab and an "OIDC provider" tab, each after a line of intro → titles name their tab; each intro is the page\'s, labelled by its own tab', () => {
    const { topics, report } = importGuide({
      fileName: 'sso.mdx',
      text: [
        "import Tabs from '@theme/Tabs';",
        "import TabItem from '@theme/TabItem';",
        '',
        '# Single Sign On',
        '',
        '<Tabs>',
        '  <TabItem value="ldap" label="LDAP provider">',
        '',
        '    This provider asks an LDAP server.',
        '',
        '    ### Configuration',
        '',
        '    Set `AUTH_LDAP_URI` to your server.',
        '',
        '  </TabItem>',
        '  <TabItem value="oidc" label="OIDC provider">',
        '',
        '    This provider uses OIDC.',
        '',
        '    ### Configuration',
        '',
        '    Set `AUTH_OIDC_ISSUER` to your issuer.',
        '',
        '  </TabItem>',
        '</Tabs>',
        '',
      ].join('\n'),
      allowedHosts: [],
    });
    expect(report.topics.map((t) => [t.heading, t.title])).toEqual([
      ['Single Sign On', 'Single Sign On'],
      ['Configuration', 'Configuration (LDAP provider)'],
      ['Configuration', 'Configuration (OIDC provider)'],
    ]);
    expect(topics[0]!.text).toMatch(
      /\*\*LDAP provider:\*\* This provider asks an LDAP server\.\s+\*\*OIDC provider:\*\* This provider uses OIDC\./,
    );
    expect(topics[1]!.text).not.toContain('OIDC');
    expect(topics[2]!.text).toContain('AUTH_OIDC_ISSUER');
  });

  it('input: a tab whose steps hold a Compose file with a "# Optional - specify the uid" comment, then "## Next" → the comment stays code, no topic is made of it', () => {
    const { topics, report } = importGuide({
      fileName: 'container.mdx',
      text: [
        '# Container',
        '',
        'Intro.',
        '',
        '<Tabs>',
        '<TabItem value="c" label="Compose">',
        '',
        '1. Create a file.',
        '',
        '```yml',
        'services:',
        '  # Optional - specify the uid',
        '  user: uid:gid',
        '```',
        '',
        '2. Start it.',
        '',
        '</TabItem>',
        '</Tabs>',
        '',
        '## Next',
        '',
        'Next text.',
      ].join('\n'),
      allowedHosts: [],
    });
    expect(report.topics.map((t) => t.heading)).toEqual(['Container', 'Next']);
    expect(topics[0]!.text).toMatch(/```yml\nservices:\n {2}# Optional - specify the uid\n/);
  });
});

describe('text after Docusaurus tabs that hold headings', () => {
  it('input: "## Windows", <Tabs> of "### Installation" / "### Updating" per tab, then a tip and a paragraph after </Tabs>, then "## Next" → the tip and paragraph are Windows\', not the last tab\'s "Updating"', () => {
    const { topics, report } = importGuide({
      fileName: 'docker.mdx',
      text: [
        "import Tabs from '@theme/Tabs';",
        "import TabItem from '@theme/TabItem';",
        '',
        '# Docker',
        '',
        '## Windows',
        '',
        'Install Docker Desktop first.',
        '',
        '<Tabs>',
        '  <TabItem value="cli" label="Docker CLI">',
        '',
        '### Installation',
        '',
        'Run `docker run app`.',
        '',
        '### Updating',
        '',
        'Run `docker pull app`.',
        '',
        '  </TabItem>',
        '  <TabItem value="compose" label="Docker Compose">',
        '',
        '### Installation',
        '',
        'Run `docker compose up -d`.',
        '',
        '### Updating',
        '',
        'Run `docker compose pull`.',
        '',
        '  </TabItem>',
        '</Tabs>',
        '',
        ':::tip',
        'A named volume needs no host folder.',
        ':::',
        '',
        'Open the volume from File Explorer.',
        '',
        '## Next',
        '',
        'Next text.',
      ].join('\n'),
      allowedHosts: [],
    });
    const text = (title: string) => topics[report.topics.findIndex((t) => t.title === title)]!.text;
    expect(text('Windows')).toMatch(/Install Docker Desktop first\.[\s\S]*named volume[\s\S]*File Explorer/);
    expect(text('Updating (Docker Compose)')).not.toMatch(/named volume|File Explorer/);
    expect(text('Next')).not.toMatch(/named volume|File Explorer/);
  });

  it('input: a "Docker CLI" tab whose `docker run` block comes before its only heading, "### Updating" → the run command is the section\'s, labelled by its tab, not the Updating topic\'s first step', () => {
    const { topics, report } = importGuide({
      fileName: 'docker.mdx',
      text: [
        "import Tabs from '@theme/Tabs';",
        "import TabItem from '@theme/TabItem';",
        '',
        '# Docker',
        '',
        '## Windows',
        '',
        'Then, create and start the container:',
        '',
        '<Tabs>',
        '  <TabItem value="cli" label="Docker CLI">',
        '',
        '```bash',
        'docker run -d --name app app:latest',
        '```',
        '',
        '### Updating',
        '',
        '1. Pull the latest image.',
        '2. Restart the container.',
        '',
        '  </TabItem>',
        '</Tabs>',
        '',
        '## Next',
        '',
        'Next text.',
      ].join('\n'),
      allowedHosts: [],
    });
    const text = (title: string) => topics[report.topics.findIndex((t) => t.title === title)]!.text;
    expect(text('Windows')).toMatch(/create and start the container:\s+Docker CLI:\s+```bash\ndocker run/);
    expect(text('Updating (Docker CLI)')).not.toContain('docker run');
  });
});

describe('GitBook tabs that hold bold sub-headings or open on a hint', () => {
  it('input: "**Installation:**" and "**Updating:**" in a "Docker CLI" and a "Docker Compose" tab; a "Swizzin" tab opening on a danger hint → titles name their tab; the Swizzin name stays', () => {
    const { topics, report } = importGuide({
      fileName: 'install.md',
      text: [
        '# Docker',
        '',
        '{% tabs %}',
        '{% tab title="Docker CLI" %}',
        'Use the command line.',
        '',
        '**Installation:**',
        '',
        'Run `docker run -d sctx/app`.',
        '',
        '**Updating:**',
        '',
        'Run `docker pull sctx/app`.',
        '{% endtab %}',
        '',
        '{% tab title="Docker Compose" %}',
        'Use a Compose file.',
        '',
        '**Installation:**',
        '',
        'Run `docker-compose up -d`.',
        '',
        '**Updating:**',
        '',
        'Run `docker-compose pull`.',
        '{% endtab %}',
        '',
        '{% tab title="Swizzin" %}',
        '{% hint style="danger" %}',
        'Not merged yet.',
        '{% endhint %}',
        '',
        'Install it with `box install app`.',
        '{% endtab %}',
        '{% endtabs %}',
        '',
      ].join('\n'),
      allowedHosts: [],
    });
    expect(report.topics.map((t) => t.title)).toEqual([
      'Docker',
      'Installation (Docker CLI)',
      'Updating (Docker CLI)',
      'Installation (Docker Compose)',
      'Updating (Docker Compose)',
    ]);
    expect(report.topics.every((t) => t.heading === 'Docker')).toBe(true);
    const all = topics.map((t) => t.text).join('\n');
    expect(all).not.toContain('\u0002');
    expect(all).toMatch(/Swizzin:[\s\S]*\*\*Danger:\*\* Not merged yet\./);
  });
});

describe('HTML tables in Markdown pages', () => {
  it('input: a <table> of <th> and <td> rows over many lines, a cell with <code> and a "|" → a Markdown table, one row per line, no tags', () => {
    const doc = parseMarkdown(
      [
        '# Searching',
        '',
        '<table width="100%">',
        '  <tr>',
        '    <th>Search type</th>',
        '    <th>Example</th>',
        '  </tr>',
        '  <tr>',
        '    <td>Exact</td>',
        '    <td><code>"london meeting"</code></td>',
        '  </tr>',
        '  <tr><td>Either</td><td>a | b</td></tr>',
        '</table>',
        '',
      ].join('\n'),
    );
    const text = doc.sections[0]!.lines.filter((l) => l.trim() !== '').join('\n');
    expect(text).toBe('| Search type | Example |\n| --- | --- |\n| Exact | `"london meeting"` |\n| Either | a \\| b |');
  });
});

describe('VitePress tab groups', () => {
  it('input: ":::tabs" with "== From Browse" and "== From a Series" → each tab labels its steps; no "==" or "Tabs" box reaches a member', () => {
    const doc = parseMarkdown(
      '# Webview\n\nHow to open a site.\n\n:::tabs\n== From Browse\n1. Tap the source.\n2. Tap the globe.\n== From a Series\n1. Open the series.\n:::\n',
    );
    const text = doc.sections[0]!.lines.filter((l) => l.trim() !== '').join('\n');
    expect(text).toBe(
      'How to open a site.\nFrom Browse:\n1. Tap the source.\n2. Tap the globe.\nFrom a Series:\n1. Open the series.',
    );
  });
});

describe('a topic named after its section when its own heading is too short', () => {
  it('input: a page titled "Fly.io" (a host not on the allowlist) with an untitled step → the title has no address, and the folder passes kb:check', () => {
    const imported = importGuide({
      fileName: 'fly.md',
      text: '# Fly.io\n\nHost it on a cloud server.\n\n## ()\n\nCreate an app first.\n',
      allowedHosts: [],
    });
    expect(imported.report.topics.every((t) => !/fly\.io/i.test(t.title))).toBe(true);
    const built = buildKnowledge({
      files: imported.topics.map((t) => ({ name: t.file, text: t.text })),
      allowedHostsText: '',
    });
    expect(built.ok).toBe(true);
  });
});

describe('headings with underscores', () => {
  it('input: "## WRITE_SECURE_SETTINGS", "## snake_case names", "## Using _emphasis_ here" → only the emphasis goes', () => {
    // Underscores inside a word are no emphasis (CommonMark): an admin naming the heading writes it as it stands.
    const { report } = importGuide({
      fileName: 'perms.md',
      text: '# Permissions\n\nWhat the app needs.\n\n## WRITE_SECURE_SETTINGS\n\nGrant it with adb.\n\n## snake_case names\n\nKept.\n\n## Using _emphasis_ here\n\nText.\n',
      allowedHosts: [],
    });
    expect(report.topics.map((t) => t.heading)).toEqual([
      'Permissions',
      'WRITE_SECURE_SETTINGS',
      'snake_case names',
      'Using emphasis here',
    ]);
  });
});

describe('importGuide on a Markdown product guide (test/fixtures/import/smart-lock.md)', () => {
  const { topics, report } = importGuide({
    fileName: 'smart-lock.md',
    text: fixture('smart-lock.md'),
    allowedHosts: ['docs.example.org'],
  });
  const byId = new Map(topics.map((t) => [t.file.replace(/\.md$/, ''), t.text]));

  it('builds the tree from setext and ATX headings plus bold pseudo-headings', () => {
    expect(report.topics.map((t) => `${'  '.repeat(t.depth)}${t.title}`)).toEqual([
      'Smart Lock Help Centre',
      '  Setting Up',
      '    Pair the lock with your phone',
      '    Configure auto-lock',
      '    Overview (Setting Up)',
      'Troubleshooting',
      '  Battery Drains Fast',
      '  Lock Not Responding',
      '  Overview (Troubleshooting)',
      '  Firmware Notes',
      '    Version 2',
      '  Contact Us',
    ]);
  });

  it('input: "**Battery Drains Fast**" under "# Troubleshooting" → its own topic, whose heading is the section it sits in', () => {
    // Someone naming the guide's headings names "Troubleshooting" for it: a bold line is not a heading of the source.
    const battery = report.topics.find((t) => t.title === 'Battery Drains Fast')!;
    expect(battery.heading).toBe('Troubleshooting');
    expect(report.topics.find((t) => t.title === 'Version 2')!.heading).toBe('Version 2');
  });

  it('input: "### Version 2" under "## Firmware Notes" under "# Troubleshooting" → an alias that says all three', () => {
    // "Version 2" alone could be any product part; a member asking about the lock's firmware says "firmware".
    expect(byId.get('version-2')).toMatch(/aliases:\n(?: {2}- .*\n)*? {2}- troubleshooting firmware notes version 2\n/);
  });

  it('turns "Step N:" lines (plain and bold) with their paragraphs into numbered steps, step titles into aliases', () => {
    const text = byId.get('pair-the-lock-with-your-phone')!;
    expect(bodyOf(text).steps).toEqual([
      '**Open the app**: Open the Smart Lock app on your phone.',
      '**Add the lock**: Tap **Add device** and hold the phone near the lock.',
      '**Confirm the code**: Type the six-digit code shown on the lock.',
    ]);
    expect(text).toMatch(/aliases:\n(?: {2}- .*\n)*? {2}- add the lock\n/);
  });

  it('keeps the code block (with its # lines) as code inside the topic', () => {
    expect(byId.get('configure-auto-lock')).toContain('# auto-lock after 30 seconds');
    expect(report.topics.some((t) => /auto-lock after/.test(t.title))).toBe(false);
  });

  it('skips the empty "Version 3" section and says so; sections without own text become overviews', () => {
    expect(report.emptySections).toContainEqual(expect.objectContaining({ title: 'Version 3', action: 'skipped' }));
    expect(report.emptySections).toContainEqual(
      expect.objectContaining({ title: 'Firmware Notes', action: 'overview' }),
    );
    expect(report.topics.map((t) => t.id)).not.toContain('version-3');
  });

  it('renames the second "Overview" and reports it', () => {
    expect(report.renamed).toEqual([{ title: 'Overview', wanted: 'overview', id: 'overview-2' }]);
  });

  it('input: "Overview" written under two sections → buttons a member can tell apart: each title names its section', () => {
    const overviews = report.topics.filter((t) => t.heading === 'Overview');
    expect(overviews.map((t) => t.title)).toEqual(['Overview (Setting Up)', 'Overview (Troubleshooting)']);
    // A heading written once keeps its own title.
    expect(report.topics.find((t) => t.heading === 'Firmware Notes')!.title).toBe('Firmware Notes');
  });

  it('drops the unlisted reference link, keeps its words, and reports it', () => {
    expect(report.droppedLinks).toEqual([
      expect.objectContaining({ url: 'https://lock-hacks.biz/forum', topic: 'smart-lock-help-centre' }),
    ]);
    expect(byId.get('smart-lock-help-centre')).toContain('or the unofficial forum.');
    expect(topics.map((t) => t.text).join()).not.toContain('lock-hacks');
  });

  it('proposes commands only for task- or problem-shaped titles, unique and at most 32 characters', () => {
    const cmds = report.topics.filter((t) => t.command).map((t) => [t.title, t.command]);
    expect(cmds).toContainEqual(['Lock Not Responding', 'lock-not-responding']);
    expect(cmds).toContainEqual(['Configure auto-lock', 'configure-auto-lock']);
    expect(cmds.map((c) => c[0])).not.toContain('Overview');
    expect(new Set(cmds.map((c) => c[1])).size).toBe(cmds.length);
    for (const [, c] of cmds) expect(c!.length).toBeLessThanOrEqual(32);
  });

  it('passes buildKnowledge validation', () => {
    const result = buildKnowledge({
      files: topics.map((t) => ({ name: t.file, text: t.text })),
      allowedHostsText: 'docs.example.org\n',
    });
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});

describe('proposed slash commands read as whole names', () => {
  const text = [
    '# Help',
    '## Protect the application from being disabled by the system',
    'Allow it to run in the background.',
    '## Configure notification settings for every device you own',
    'Open the settings.',
    '## Enable',
    'Turn it on in the menu.',
    '## Setup',
    'Install it first.',
    '## Sign in',
    'Use your e-mail address.',
    '',
  ].join('\n\n');
  const commands = new Map(
    importGuide({ fileName: 'help.md', text, allowedHosts: [] }).report.topics.map((t) => [t.title, t.command]),
  );

  it('input: titles too long for 32 characters, cut after "from being" and "for every" → the command ends on the last word that names something', () => {
    expect(commands.get('Protect the application from being disabled by the system')).toBe('protect-application');
    expect(commands.get('Configure notification settings for every device you own')).toBe(
      'configure-notification-settings',
    );
  });

  it('input: a heading that is only the verb "Enable", beside "Setup" and "Sign in" → no /enable (nobody could tell it from the list); /setup and /sign-in stay', () => {
    expect(commands.get('Enable')).toBeUndefined();
    expect(commands.get('Setup')).toBe('setup');
    expect(commands.get('Sign in')).toBe('sign-in');
  });
});

describe('importGuide on a document without headings (test/fixtures/import/plain-notes.txt)', () => {
  const { topics, report } = importGuide({
    fileName: 'plain-notes.txt',
    text: fixture('plain-notes.txt'),
    allowedHosts: [],
  });

  it('makes one topic titled from the file name, with a warning, and steps from its paragraphs', () => {
    expect(topics).toHaveLength(1);
    expect(report.topics[0]).toMatchObject({ title: 'Plain notes', stepsFrom: 'paragraphs', steps: 2 });
    expect(report.warnings.join('\n')).toMatch(/no headings found: imported as one topic titled "Plain notes"/);
  });

  it('input: a headless text whose first line is short → titled from that line', () => {
    const r = importGuide({
      fileName: 'x.txt',
      text: 'Printer jams\n\nOpen the cover. Remove the paper.\n',
      allowedHosts: [],
    });
    expect(r.report.topics.map((t) => [t.title, t.steps])).toEqual([['Printer jams', 2]]);
  });
});

describe('kb:import keeps each source heading as written, inline markup removed', () => {
  it('input: headings with code, emphasis, a link and an HTML anchor → the report\'s heading keeps code text ("*.xyz")', () => {
    const text =
      '# Guide\n\n## How can I attach `*.xyz` files?\n\nUse the menu.\n\n## Turn **dark mode** on\n\nOpen settings.\n\n### <a name="a5"></a> Read the [FAQ](https://x.example) _first_\n\nIt helps.\n';
    const { report } = importGuide({ fileName: 'g.md', text, allowedHosts: [] });
    expect(report.topics.map((t) => t.heading)).toEqual(
      expect.arrayContaining(['How can I attach *.xyz files?', 'Turn dark mode on', 'Read the FAQ first']),
    );
  });
});

describe('kb:import never leaves an empty box where a removed link stood', () => {
  it('input: a code block holding only an unlisted URL → no empty code block in the topic; the link is reported', () => {
    const text =
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a guide's own ${slug} placeholder, not a template
      '# Guide\n\n## Add a shopping list link\n\nUse this URL:\n\n```\nhttps://unlisted.example.com/add?recipe=${slug}\n```\n\n1. Open the recipe.\n2. Press the action.\n';
    const { topics, report } = importGuide({ fileName: 'g.md', text, allowedHosts: [] });
    const body = topics.find((t) => t.file.startsWith('add-a-shopping-list-link'))!.text;
    expect(body).not.toMatch(/```\s*```/);
    expect(body).not.toContain('unlisted.example.com');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the same placeholder, as reported
    expect(report.droppedLinks.map((d) => d.url)).toContain('https://unlisted.example.com/add?recipe=${slug}');
  });
});

describe('kb:import reads Markdown written for documentation sites (test/fixtures/import/docs-site.md)', () => {
  // Input: a Docusaurus/MDX page (front matter, import lines, <Tabs>/<TabItem>, :::info, {#id}, {/* */}, {% raw %})
  // joined with a MkDocs admonition and content tabs, a GitHub alert and a second page's front matter.
  const { topics, report } = importGuide({ fileName: 'docs-site.md', text: fixture('docs-site.md'), allowedHosts: [] });
  const body = (id: string) => topics.find((t) => t.file === `${id}.md`)!.text;

  it('site syntax never reaches a member: no import lines, JSX tags, ::: or !!! markers, Liquid tags or comments', () => {
    const all = topics.map((t) => t.text).join('\n');
    for (const leftover of [
      'import Tabs',
      '<Tabs',
      'TabItem',
      'groupId',
      ':::',
      '!!!',
      '[!TIP]',
      '{% raw',
      '{/*',
      'editors',
    ])
      expect(all).not.toContain(leftover);
    expect(report.topics.map((t) => t.heading)).not.toContain('Guide');
  });

  it('admonitions and alerts become labelled text; each tab labels its own steps', () => {
    expect(body('location-tracking')).toContain('**Info:** Location needs the background permission');
    expect(body('location-tracking')).toMatch(/^Android:\n\n1\. Open \*\*Settings\*\*/m);
    expect(body('location-tracking')).toMatch(/^iOS:\n\n1\. Open the iOS Settings app/m);
    expect(body('battery')).toContain(
      '**Battery drain:** High accuracy mode keeps the radio on. Use it only while driving.',
    );
    expect(body('battery')).toContain('**Tip:** Widgets refresh every 15 minutes.');
    // A tab written on one line keeps its text.
    expect(body('copy-a-device-id')).toMatch(/\*\*Windows:\*\* Press Ctrl \+ C on the id\./);
    expect(body('copy-a-device-id')).toMatch(/\*\*macOS:\*\* Press Command \+ C on the id\./);
    // MkDocs content tabs: indented text, not a code block.
    expect(body('desktop-widget')).toMatch(/^Windows:\n\n1\. Right-click the tray icon\./m);
    expect(body('desktop-widget')).toMatch(/^macOS:\n\n1\. Open the menu bar item/m);
    expect(body('desktop-widget')).not.toContain('```');
  });

  it('headings lose their {#custom-id}; a joined page keeps its front-matter title as a heading', () => {
    const headings = report.topics.map((t) => t.heading);
    expect(headings).toEqual(expect.arrayContaining(['Notifications', 'Second page', 'Offline use']));
    expect(headings.join()).not.toContain('{#');
    expect(report.topics.find((t) => t.heading === 'Offline use')!.parent).toBe('second-page');
  });

  it('a Docusaurus 2 box names its title (":::caution Quiet hours"); an mdx-code-block fence is page text, not code', () => {
    expect(body('notifications')).toContain('**Quiet hours:** Notifications sent at night wait until 7:00.');
    expect(body('notifications')).toContain('Check that the Widget app may send notifications.');
    expect(body('notifications')).not.toContain('mdx-code-block');
    expect(body('notifications')).not.toContain('<details>');
    // A box that opens on a heading keeps the heading a heading.
    expect(report.topics.map((t) => t.heading)).toContain('Sounds');
  });

  it('code keeps its own indentation (YAML nesting) inside a step', () => {
    expect(body('notifications')).toMatch(/ {3}data:\n {5}message: "Hello"/);
  });
});

describe('kb:import reads GitBook tabs and hint boxes (input: {% tabs %}, {% tab title %}, {% hint style %})', () => {
  it('each tab and hint labels its own text; no {% %} tag reaches a member', () => {
    const text = [
      '# Installing',
      '',
      '{% tabs %}',
      '{% tab title="Windows" %}',
      'Run the installer and follow its steps.',
      '{% endtab %}',
      '',
      '{% tab title="macOS" %}',
      'Drag the app into Applications.',
      '{% endtab %}',
      '{% endtabs %}',
      '',
      '{% hint style="warning" %}',
      'Close the app before you update it.',
      '{% endhint %}',
      '',
    ].join('\n');
    const { topics } = importGuide({ fileName: 'g.md', text, allowedHosts: [] });
    const body = topics[0]!.text;
    expect(body).toMatch(/\*\*Windows:\*\* Run the installer/);
    expect(body).toMatch(/\*\*macOS:\*\* Drag the app/);
    expect(body).toMatch(/\*\*Warning:\*\* Close the app before you update it\./);
    expect(body).not.toContain('{%');
  });
});

describe('kb:import reads DocFX content tabs (input: "# [Desktop](#tab/desktop)" headings inside a section)', () => {
  const text = [
    '# Sharing',
    '',
    'Share a board with people outside your team.',
    '',
    '## Share a single board',
    '',
    '# [Desktop](#tab/desktop)',
    '',
    '1. Right-click the board',
    '2. Choose **Share**',
    '',
    '# [Phone](#/tab/phone)',
    '',
    '1. Long-press the board',
    '2. Tap **Share**',
    '',
    '---',
    '',
    '## Stop sharing',
    '',
    'Open the board, then choose **Stop sharing**.',
  ].join('\n');
  const { topics, report } = importGuide({ fileName: 'tabs.md', text, allowedHosts: [] });

  it('a tab is not a topic: the section keeps both tabs’ steps, each labelled by its tab', () => {
    expect(report.topics.map((t) => t.heading)).toEqual(['Sharing', 'Share a single board', 'Stop sharing']);
    const body = topics.find((t) => t.file === 'share-a-single-board.md')!.text;
    expect(body).toMatch(/^Desktop:\n\n1\. Right-click the board/m);
    expect(body).toMatch(/^Phone:\n\n1\. Long-press the board/m);
    expect(body).not.toContain('#tab');
  });
});

describe('kb:import keeps a real heading titled "Step N" a topic (input: "## Step 1: Download" as a section’s first sub-headings)', () => {
  const text = [
    '# Getting started',
    '',
    'Set the app up in two steps.',
    '',
    '## Step 1: Download the app',
    '',
    'Get it from the store.',
    '',
    '## Step 2: Sign in',
    '',
    'Use the account you made on the website.',
  ].join('\n');
  const { topics, report } = importGuide({ fileName: 'start.md', text, allowedHosts: [] });

  it('each step heading is a topic whose heading is as written; the section above lists them', () => {
    expect(report.topics.map((t) => t.heading)).toEqual([
      'Getting started',
      'Step 1: Download the app',
      'Step 2: Sign in',
    ]);
    const overview = topics.find((t) => t.file === 'getting-started.md')!.text;
    expect(overview).toContain('Step 1: Download the app');
    expect(overview).toContain('Step 2: Sign in');
  });
});

describe('inlinePartials: a docs folder page with the partials it imports written in', () => {
  it('input: a partial opening on "# Install with Docker", imported under the page\'s "## Docker" → its headings sit under "Docker"', () => {
    const files = new Map([
      ['index.mdx', "import A from './tab/A.md';\n\n# Quick Start\n\n## Docker\n\n<A />\n\n## Python\n\nUse pip.\n"],
      ['tab/A.md', '# Install with Docker\n\nRun it.\n\n## Updating\n\nPull.\n'],
    ]);
    const text = inlinePartials('index.mdx', files.get('index.mdx')!, files);
    expect(text).toContain('## Docker\n\n### Install with Docker\n\nRun it.\n\n#### Updating');
    expect(text).toContain('## Python');
  });

  it('input: a page importing "../shared/\\_note.md" → the partial text where <Note /> stood', () => {
    const files = new Map([
      // The underscore escaped as Markdown writers do ("\\_note.md"): in a JavaScript string it is "_note.md".
      ['guide/setup.mdx', "import Note from '../shared/\\_note.md';\n\n# Setup\n\n<Note />\n\n1. Open the app.\n"],
      ['shared/_note.md', 'Back up your data first.'],
    ]);
    const text = inlinePartials('guide/setup.mdx', files.get('guide/setup.mdx')!, files);
    expect(text).toContain('Back up your data first.');
    expect(text).not.toContain('<Note />');
  });

  it('input: a partial that imports itself, and a tag whose import names no file of the folder → ends, tag left as is', () => {
    const files = new Map([
      ['_loop.md', "import Loop from './_loop.md';\n\nAgain.\n\n<Loop />\n"],
      ['page.md', "import Loop from './_loop.md';\nimport Gone from './_missing.md';\n\n<Loop />\n<Gone />\n"],
    ]);
    const text = inlinePartials('page.md', files.get('page.md')!, files);
    expect(text.match(/Again\./g)?.length).toBe(3);
    expect(text).toContain('<Gone />');
  });
});

describe('kb:import leaves out navigation: a help centre’s "Related articles" lists are no topics', () => {
  const text = [
    '# Logging in',
    '',
    '1. Open the app.',
    '2. Type your email and password.',
    '',
    '## Related articles',
    '',
    '* [Logging out](logging-out)',
    '* [Change your password](/help/change-your-password)',
    '',
    '# Logging out',
    '',
    '1. Open the menu.',
    '2. Press **Log out**.',
    '',
    '## Next steps',
    '',
    '- [Install the mobile app](install) — to stay signed in on the go',
    '',
    '## See also',
    '',
    '- Change your password',
    '- Deactivate your account',
  ].join('\n');
  const { report } = importGuide({ fileName: 'help.md', text, allowedHosts: [] });

  it('input: link-only lists under "Related articles" and "See also" → skipped and reported; the articles stay', () => {
    expect(report.topics.map((t) => t.heading)).toEqual(['Logging in', 'Logging out', 'Next steps']);
    expect(report.emptySections).toEqual([
      { title: 'Related articles', action: 'skipped', detail: 'only links to other pages' },
      { title: 'See also', action: 'skipped', detail: 'only links to other pages' },
    ]);
  });

  it('input: "## Prerequisites" listing "[Node.js](https://nodejs.org/en/download/)" and "[pnpm](https://pnpm.io/installation)", no allowlist → a topic naming both, without the addresses', () => {
    const { topics, report } = importGuide({
      fileName: 'source.md',
      text: '# From source\n\n## Prerequisites\n\n- [Node.js](https://nodejs.org/en/download/)\n- [pnpm](https://pnpm.io/installation)\n\n## Steps\n\nRun `pnpm install`.\n',
      allowedHosts: [],
    });
    expect(report.topics.map((t) => t.heading)).toEqual(['From source', 'Prerequisites', 'Steps']);
    const prerequisites = topics[1]!.text;
    expect(prerequisites).toMatch(/Node\.js[\s\S]*pnpm/);
    expect(prerequisites).not.toMatch(/nodejs\.org|pnpm\.io/);
  });
});

describe('kb:import leaves out placeholders: a heading kept for later shows no member "1. TODO"', () => {
  const text = [
    '# Notes',
    '',
    '## Zoom',
    '',
    'TODO',
    '',
    '## Audio recording',
    '',
    '*Coming soon!*',
    '',
    '## Export',
    '',
    'TODO: describe the export dialog',
    '',
    '## Sync',
    '',
    'TBD.',
    '',
    '### Sync over the network',
    '',
    '1. Open **Settings > Sync**.',
    '2. Turn on **Network sync**.',
    '',
    '## Todo lists',
    '',
    'Todo lists keep your tasks beside your notes.',
    '',
    '1. Type `[ ]` at the start of a line.',
  ].join('\n');
  const { topics, report } = importGuide({ fileName: 'notes.md', text, allowedHosts: [] });

  it('input: "TODO", "*Coming soon!*", "TODO: describe …" alone under a heading → skipped and reported', () => {
    expect(report.topics.map((t) => t.heading)).toEqual(['Notes', 'Sync', 'Sync over the network', 'Todo lists']);
    expect(report.emptySections).toContainEqual({
      title: 'Zoom',
      action: 'skipped',
      detail: 'only a placeholder ("TODO") and no sub-sections',
    });
    expect(report.emptySections.map((e) => e.title)).toEqual(expect.arrayContaining(['Audio recording', 'Export']));
    expect(topics.map((t) => t.text).join('\n')).not.toMatch(/TODO|TBD|Coming soon/);
  });

  it('input: "TBD." over a sub-section → its steps list the sub-section; a feature named "Todo lists" stays', () => {
    expect(report.emptySections).toContainEqual(
      expect.objectContaining({ title: 'Sync', action: 'overview', detail: expect.stringContaining('placeholder') }),
    );
    expect(topics.find((t) => /Todo lists/.test(t.text))!.text).toContain('keep your tasks beside your notes');
  });
});

describe('kb:import reads a page title written again as its first sub-heading as one topic', () => {
  const text = [
    '# Schedule a message',
    '',
    'Write now, send later.',
    '',
    '## Schedule a message',
    '',
    '1. Write your message.',
    '2. Press the clock next to **Send** and pick a time.',
    '',
    '## View scheduled messages',
    '',
    '1. Open **Scheduled messages** in the left sidebar.',
  ].join('\n');
  const { topics, report } = importGuide({ fileName: 'schedule.md', text, allowedHosts: [] });

  it('input: "# Schedule a message" then "## Schedule a message" → one topic with the steps, not two of one name', () => {
    expect(report.topics.map((t) => t.title)).toEqual(['Schedule a message', 'View scheduled messages']);
    const body = bodyOf(topics.find((t) => t.file === 'schedule-a-message.md')!.text);
    expect(body.steps[0]).toBe('Write your message.');
    expect(body.intro).toContain('Write now, send later.');
  });
});

describe('an HTML tag that wraps onto the next line', () => {
  const text = [
    '# Do Not Disturb',
    '',
    '1. Click the **bell** (<i class="fa fa-bell"></i>) or **bell with a slash** (<i',
    '   class="fa fa-bell-slash"></i>) icon in the **organizations sidebar**.',
    '2. Check that the icon is a bell with a slash: a <span',
    '   class="note">muted</span> app sends no pop-ups.',
  ].join('\n');

  it('input: "(<i" at the end of a line, "class=…></i>)" on the next → the tag is removed whole, the sentence kept', () => {
    const { topics } = importGuide({ fileName: 'dnd.md', text, allowedHosts: [] });
    const body = bodyOf(topics[0]!.text);
    expect(body.steps[0]).toBe(
      'Click the **bell** () or **bell with a slash** () icon in the **organizations sidebar**.',
    );
    expect(body.steps[1]).toBe('Check that the icon is a bell with a slash: a muted app sends no pop-ups.');
  });

  it('input: "compare with <y" before a code fence → nothing joined: the fence and its code stay', () => {
    const lines = ['# Compare', '', 'Run the check when x is smaller, compare with <y', '```', 'check --all', '```'];
    const { topics } = importGuide({ fileName: 'cmp.md', text: lines.join('\n'), allowedHosts: [] });
    expect(topics[0]!.text).toMatch(/```\n\s*check --all\n\s*```/);
  });
});

describe('pages of two folders with the same title', () => {
  const page = (fileName: string, text: string) => ({ fileName, text });
  const { report } = importGuidePages({
    folderName: 'docs',
    files: [
      page('android/index.md', '---\ntitle: The app for Android\n---\n\nThe Android app.\n'),
      page('android/features.md', '# Features\n\nIt blocks ads.\n\n## Installation\n\n1. Download it.\n2. Open it.\n'),
      page('android/updates.md', '# Updates\n\n1. Open the menu.\n\n## Installation\n\n1. Download the new version.\n'),
      page('ios/features.md', '# Features\n\nIt blocks ads too.\n\n## Installation\n\n1. Get it from the store.\n'),
    ],
    allowedHosts: [],
  });
  const titles = report.topics.map((t) => t.title);

  it('input: "Features" atop android/features.md and ios/features.md (android/ has an index page, ios/ none) → each names its folder, by the index page\'s title or the folder\'s name', () => {
    expect(titles).toContain('Features (The app for Android)');
    expect(titles).toContain('Features (Ios)');
  });

  it('input: "Installation" under both "Features" pages and under "Updates" → every title differs, and one page\'s own sub-sections are not told apart by its folder', () => {
    expect(titles).toContain('Installation (Features, The app for Android)');
    expect(titles).toContain('Installation (Features, Ios)');
    expect(titles).toContain('Installation (Updates)');
    expect(new Set(titles).size).toBe(titles.length);
  });
});

describe('pages of two folders whose nearest folders share a name too', () => {
  it('input: android/features/assistant.md and ios/features/assistant.md, both "# Assistant", android/ with an index page → "Assistant (Features, The app for Android)" and "Assistant (Features, Ios)"', () => {
    const { report } = importGuidePages({
      folderName: 'docs',
      files: [
        { fileName: 'android/index.md', text: '---\ntitle: The app for Android\n---\n\nThe Android app.\n' },
        { fileName: 'android/features/assistant.md', text: '# Assistant\n\n1. Tap the button.\n' },
        { fileName: 'ios/features/assistant.md', text: '# Assistant\n\n1. Swipe left.\n' },
      ],
      allowedHosts: [],
    });
    expect(report.topics.map((t) => t.title).filter((t) => t.startsWith('Assistant'))).toEqual([
      'Assistant (Features, The app for Android)',
      'Assistant (Features, Ios)',
    ]);
  });
});

describe('note boxes around a section of prose', () => {
  it('input: ":::info This article is about the Android app :::", two paragraphs of text, then ":::note" → the boxes stand before and after the steps, not as steps 1 and 4, and the summary is the text\'s own first sentence', () => {
    const text = [
      '# Filtering',
      '## Turn filtering on',
      ':::info\n\nThis article is about the Android app.\n\n:::',
      'Open the app and tap the shield.',
      'Filtering starts at once.',
      ':::note\n\nFiltering uses a little battery.\n\n:::',
      '',
    ].join('\n\n');
    const { topics, report } = importGuide({ fileName: 'filtering.md', text, allowedHosts: [] });
    const body = topics.find((t) => t.file === 'turn-filtering-on.md')!.text.split('---\n')[2]!;
    expect(body).toBe(
      '**Info:** This article is about the Android app.\n\n1. Open the app and tap the shield.\n2. Filtering starts at once.\n\n**Note:** Filtering uses a little battery.\n',
    );
    expect(report.topics.find((t) => t.id === 'turn-filtering-on')).toMatchObject({
      steps: 2,
      stepsFrom: 'paragraphs',
    });
    expect(topics.find((t) => t.file === 'turn-filtering-on.md')!.text).toContain(
      'summary: Open the app and tap the shield.',
    );
  });

  it('input: "## Tips" holding only three GitBook info hints → three steps, one per tip, not all three folded into step 1', () => {
    const hint = (t: string) => `{% hint style="info" %}\n${t}\n{% endhint %}`;
    const text = [
      '# Sidebar',
      'The sidebar lists your channels.',
      '## Tips',
      hint('**Use focus mode.** Hide both sidebars while you work.'),
      hint('**Pin a query.** It updates itself.'),
      hint('**Use links mode.** You see more at once.'),
      '',
    ].join('\n\n');
    const { topics, report } = importGuide({ fileName: 'sidebar.md', text, allowedHosts: [] });
    const body = topics.find((t) => t.file === 'tips.md')!.text.split('---\n')[2]!;
    expect(body).toBe(
      '1. **Info:** Use focus mode. Hide both sidebars while you work.\n2. **Info:** Pin a query. It updates itself.\n3. **Info:** Use links mode. You see more at once.\n',
    );
    expect(report.topics.find((t) => t.id === 'tips')).toMatchObject({ steps: 3 });
  });

  it('input: two steps with code, then ":::tip" holding two paragraphs → the tip\'s second paragraph stays in the tip, after the last step, not a step of its own', () => {
    const text = [
      '# Update',
      'Stop the app:',
      '```bash\napp stop\n```',
      'Pull the new version:',
      '```bash\napp pull\n```',
      ':::tip\nA watcher can update the app for you.\n\nIt can also tell you when a version is out.\n:::',
      '',
    ].join('\n\n');
    const { topics, report } = importGuide({ fileName: 'update.mdx', text, allowedHosts: [] });
    expect(report.topics[0]).toMatchObject({ steps: 2 });
    expect(topics[0]!.text).toMatch(
      /\*\*Tip:\*\* A watcher can update the app for you\. It can also tell you when a version is out\.\n$/,
    );
  });
});

describe('a page whose headings start at "##"', () => {
  it('input: "cards-view.md" holding a paragraph, then "## Settings" and its steps, with no title of its own → the page is named from its file and "Settings" is its section, not its title', () => {
    const { report } = importGuidePages({
      folderName: 'docs',
      files: [
        {
          fileName: 'cards-view.md',
          text: 'Cards show your notes as a grid.\n\n## Settings\n\n1. Open the view menu.\n2. Pick a size.\n',
        },
      ],
      allowedHosts: [],
    });
    expect(report.topics.map((t) => [t.title, t.depth])).toEqual([
      ['Cards view', 0],
      ['Settings', 1],
    ]);
  });
});

describe('code written between ``` on one line is inline code, not a fence left open', () => {
  it('input: "```tool run --all```" alone on a line, twice, then a paragraph, another such line and "## Next" → each command kept as `code` in its step, "Next" its own topic, no "never closed" warning', () => {
    const { topics, report } = importGuide({
      fileName: 'reset.md',
      text: [
        '# Reset the app',
        '',
        '1. Connect the device.',
        '1. Run these commands on your computer:',
        '',
        '```tool run --all```',
        '',
        '```tool clear --cache```',
        '',
        'If the app still stops, also run:',
        '',
        '```tool stop helper```',
        '',
        '## Next',
        '',
        'Open the app again.',
      ].join('\n'),
      allowedHosts: [],
    });
    expect(report.topics.map((t) => t.heading)).toEqual(['Reset the app', 'Next']);
    expect(report.warnings.join('\n')).not.toMatch(/never closed/);
    const text = topics[0]!.text;
    expect(text).toContain('`tool run --all`');
    expect(text).toContain('`tool clear --cache`');
    expect(text).toContain('`tool stop helper`');
    // A line opening with ``` would be read as a code fence again by whoever reads the topic next.
    expect(text).not.toMatch(/^\s*```/m);
  });
});

describe('Docusaurus admonitions inside a list item', () => {
  it('input: step 2 with a ":::note" box four spaces in under it, a "- On Debian" item with a ":::tip" five spaces in, then step 3 → each box labelled inside its item, no ":::" line, step 3 still a step', () => {
    const { topics } = importGuide({
      fileName: 'report.md',
      text: [
        '# Send a report',
        '',
        '1. Open **Settings**.',
        '',
        '1. Select the type of report and tap **Report**.',
        '',
        '    :::note',
        '',
        '    After a moment, a notification says the report is ready.',
        '',
        '    :::',
        '',
        '    - On Debian: install the tools first.',
        '',
        '     :::tip',
        '',
        '     The package name may end in a version number.',
        '',
        '     :::',
        '',
        '1. Tap the notification.',
      ].join('\n'),
      allowedHosts: [],
    });
    const text = topics[0]!.text;
    expect(text).not.toContain(':::');
    expect(text).toMatch(/\*\*Note:\*\* After a moment, a notification says the report is ready\./);
    expect(text).toMatch(/\*\*Tip:\*\* The package name may end in a version number\./);
    expect(text).toMatch(/^3\. Tap the notification\.$/m);
    expect(text.indexOf('**Tip:**')).toBeLessThan(text.indexOf('Tap the notification'));
    expect(text.indexOf('Select the type')).toBeLessThan(text.indexOf('**Note:**'));
  });
});

describe('list items indented with tabs', () => {
  it('input: steps whose sub-steps are indented by one tab ("\\t1. **Desktop**: …") → the sub-steps stay under their step: 4 steps, not 7', () => {
    const { topics } = importGuide({
      fileName: 'sync.md',
      text: [
        '# Connect a vault',
        '',
        '1. Open the app.',
        '2. Pick the option for your device:',
        '\t1. **Desktop**: choose **Set up**.',
        '\t2. **Phone**: tap **Set up sync**.',
        '3. Log in.',
        '\t- If two-factor login is on, enter the code.',
        '4. Select **Create**.',
      ].join('\n'),
      allowedHosts: [],
    });
    const text = topics[0]!.text;
    expect(text).toMatch(/^2\. Pick the option for your device:\n +1\. \*\*Desktop\*\*: choose \*\*Set up\*\*\.$/m);
    expect(text).toMatch(/^3\. Log in\.\n +- If two-factor login is on, enter the code\.$/m);
    expect(text).toMatch(/^4\. Select \*\*Create\*\*\.$/m);
    expect(text).not.toMatch(/^5\. /m);
  });
});

describe('numbered sub-steps stay sub-steps when the topic is read back', () => {
  it('input: "2. Pick the option for your device:" over "   1. **Desktop**: …" and "   2. **Phone**: …", then step 3 → the bot reads 3 steps, the second holding both sub-steps', () => {
    const { topics } = importGuide({
      fileName: 'connect.md',
      text: [
        '# Connect a vault',
        '',
        '1. Open the app.',
        '2. Pick the option for your device:',
        '   1. **Desktop**: choose **Set up**.',
        '   2. **Phone**: tap **Set up sync**.',
        '3. Select **Create**.',
      ].join('\n'),
      allowedHosts: [],
    });
    const body = bodyOf(topics[0]!.text);
    expect(body.steps).toEqual([
      'Open the app.',
      'Pick the option for your device:\n1. **Desktop**: choose **Set up**.\n2. **Phone**: tap **Set up sync**.',
      'Select **Create**.',
    ]);
  });
});

describe('a table inside a numbered step', () => {
  it('input: step 2 holding a "Field | Value" table without outer pipes, four spaces in, and a line after it, then steps 3 and 4 → the table and the line stay in step 2; 4 steps', () => {
    const { topics } = importGuide({
      fileName: 'proxy.md',
      text: [
        '# Use a proxy',
        '',
        '1. Open the app.',
        '',
        '1. The fields are filled in for you:',
        '',
        '    Field      |  Value',
        '    -------    | ---------',
        '    Proxy type | *SOCKS5*',
        '    Proxy port | *9050*',
        '',
        '    Or enter these values yourself.',
        '',
        '1. Turn on the proxy switch.',
        '',
        '1. Check the connection.',
      ].join('\n'),
      allowedHosts: [],
    });
    const body = bodyOf(topics[0]!.text);
    expect(body.steps).toHaveLength(4);
    expect(body.steps[1]).toMatch(/^The fields are filled in for you:\n\| Field +\| +Value \|\n/);
    expect(body.steps[1]).toContain('| Proxy port | *9050* |\nOr enter these values yourself.');
    expect(body.steps[3]).toBe('Check the connection.');
    expect(topics[0]!.text).not.toContain('```');
  });
});

describe('MDX tabs holding code', () => {
  it('input: <TabItem>s whose text, a ```txt fence and a line, sits four spaces in under the tag, then "## Picture types" → each tab its label over whole code, no </Tabs>, the next section its own topic', () => {
    const { topics, report } = importGuide({
      fileName: 'layout.mdx',
      text: [
        "import Tabs from '@theme/Tabs';",
        "import TabItem from '@theme/TabItem';",
        '',
        '# Pictures',
        '',
        '## Folder layout',
        '',
        'Put the pictures beside the files.',
        '',
        '<Tabs>',
        "  <TabItem value='music' label='Music'>",
        '    ```txt',
        '    Artist',
        '    └── Album',
        '        └── cover.jpg',
        '    ```',
        "    Without a picture, the first track's cover is used.",
        '  </TabItem>',
        "  <TabItem value='films' label='Films'>",
        '    ```txt',
        '    Film (2030)',
        '    └── cover.jpg',
        '    ```',
        '  </TabItem>',
        '</Tabs>',
        '',
        '## Picture types',
        '',
        'A cover shows in lists; a backdrop behind the details.',
      ].join('\n'),
      allowedHosts: [],
    });
    expect(report.topics.map((t) => t.heading)).toEqual(['Pictures', 'Folder layout', 'Picture types']);
    const layout = topics[1]!.text;
    expect(layout).toMatch(/Music:\n +```txt\n +Artist\n +└── Album\n + {4}└── cover\.jpg\n +```/);
    expect(layout).toMatch(/Films:\n +```txt\n +Film \(2030\)\n +└── cover\.jpg\n +```/);
    expect(layout).toContain("Without a picture, the first track's cover is used.");
    expect(layout).not.toMatch(/<\/?Tabs?|\*\*Music:\*\* ```|Picture types/);
  });
});

describe('MDX tabs inside a tab', () => {
  it('input: a "Cloud" tab holding <Tabs> of a "Config file" and an "Env" tab, each a fence eight spaces in, then the Cloud tab\'s own steps four spaces in → each code block closed, the steps steps, no </Tabs>', () => {
    const { topics } = importGuide({
      fileName: 'login.mdx',
      text: [
        "import Tabs from '@theme/Tabs';",
        "import TabItem from '@theme/TabItem';",
        '',
        '# Login',
        '',
        '<Tabs>',
        '  <TabItem value="cloud" label="Cloud">',
        '    <Tabs>',
        '      <TabItem value="file" label="Config file">',
        '        ```yaml',
        '        login: cloud',
        '        ```',
        '      </TabItem>',
        '      <TabItem value="env" label="Env">',
        '        ```bash',
        '        LOGIN=cloud',
        '        ```',
        '      </TabItem>',
        '    </Tabs>',
        '',
        '    1. Open the account page.',
        '    2. Copy the key.',
        '  </TabItem>',
        '  <TabItem value="local" label="Local">',
        '    Nothing to set.',
        '  </TabItem>',
        '</Tabs>',
      ].join('\n'),
      allowedHosts: [],
    });
    const text = topics[0]!.text;
    expect(text).toMatch(/```bash\n *LOGIN=cloud\n *```/);
    expect(text).toMatch(/\d\. Open the account page\.\n\d\. Copy the key\./);
    expect(text).not.toMatch(/<\/?Tabs?/);
    expect(text).toContain('Nothing to set.');
  });
});

describe('a Docusaurus .md page, read as MDX', () => {
  it('input: "sidebar_position: 3" front matter, no import, a <details> whose <summary> and text sit four spaces in → the text and its ```bash fence read as text and code, not one indented code block', () => {
    const { topics, report } = importGuide({
      fileName: 'setup.md',
      text: [
        '---',
        'sidebar_position: 3',
        '---',
        '',
        '# Setup',
        '',
        '## Troubleshooting',
        '',
        'Two errors you may see:',
        '',
        '<details>',
        '    <summary>`Error: missing module`</summary>',
        '',
        '    The module was not built. Build it:',
        '',
        '    ```bash',
        '    make modules',
        '    ```',
        '',
        '</details>',
      ].join('\n'),
      allowedHosts: [],
    });
    const text = topics[report.topics.findIndex((t) => t.heading === 'Troubleshooting')]!.text;
    expect(text).toMatch(
      /\d\. \*\*`Error: missing module`:\*\* The module was not built\. Build it:\n +```bash\n +make modules\n +```/,
    );
    expect(text).not.toMatch(/```\n[^`]*<?summary|```\n *`Error/);
  });

  it('input: a sentence four spaces in under "## 10. User Menu", a list four spaces in, a ```bash fence four spaces in, in a Docusaurus page → text, a list of four items and code, not indented code blocks', () => {
    const { topics, report } = importGuide({
      fileName: 'overview.md',
      text: [
        '---',
        'sidebar_position: 10',
        '---',
        '',
        '# Overview',
        '',
        '## 10. User Menu',
        '',
        '    Click on your profile picture to access Settings.',
        '',
        '## Settings',
        '',
        'Changes can be made, such as',
        '',
        '    - Security',
        '    - Logging',
        '',
        'Then restart:',
        '',
        '    ```bash',
        '    app restart',
        '      --now',
        '    ```',
      ].join('\n'),
      allowedHosts: [],
    });
    const text = (heading: string) => topics[report.topics.findIndex((t) => t.heading === heading)]!.text;
    expect(text('10. User Menu')).toMatch(/---\n1\. Click on your profile picture to access Settings\.\n$/);
    expect(text('Settings')).toMatch(/\n1\. Security\n2\. Logging\n/);
    expect(text('Settings')).toMatch(/```bash\n *app restart\n *\s{2}--now\n *```/);
    expect(text('Settings')).not.toMatch(/```\n *(?:- Security|Click)/);
  });
});

describe('a repeated title told apart by a heading that is only a host name', () => {
  it('input: "### Uses" under "## Sketch.io" and under "## Boards" → "Uses (Editors)" (the page), not "Uses ()" once the host name is removed', () => {
    const { report } = importGuide({
      fileName: 'editors.md',
      text: [
        '# Editors',
        '',
        '## Sketch.io',
        '',
        'Draw freely.',
        '',
        '### Uses',
        '',
        '- Quick drawings',
        '',
        '## Boards',
        '',
        'Pin notes.',
        '',
        '### Uses',
        '',
        '- Planning',
      ].join('\n'),
      allowedHosts: [],
    });
    const uses = report.topics.filter((t) => t.heading === 'Uses').map((t) => t.title);
    expect(uses).toEqual(['Uses (Editors)', 'Uses (Boards)']);
  });
});

describe('a tab that says a bold line before its first heading', () => {
  it('input: a "Required" tab opening on "**Set these first:**", then "#### Language" and "#### Theme" → the bold line is the page\'s, labelled by its tab, above both; no topic "Set these first" takes it', () => {
    const { topics, report } = importGuide({
      fileName: 'settings.mdx',
      text: [
        "import Tabs from '@theme/Tabs';",
        "import TabItem from '@theme/TabItem';",
        '',
        '# Settings',
        '',
        '<Tabs>',
        '<TabItem value="required" label="Required">',
        '',
        '**Set these first:**',
        '',
        '#### Language',
        '',
        'Pick the language members read.',
        '',
        '#### Theme',
        '',
        'Pick light or dark.',
        '',
        '</TabItem>',
        '</Tabs>',
      ].join('\n'),
      allowedHosts: [],
    });
    expect(report.topics.map((t) => t.heading)).toEqual(['Settings', 'Language', 'Theme']);
    expect(topics[0]!.text).toContain('**Required:** Set these first:');
    expect(topics[1]!.text).not.toContain('Set these first');
  });
});

describe('a bold line standing alone inside a tab', () => {
  it('input: a "Server key" tab whose steps are followed by "**Settings (paid plans):**" over code, then an "Own key" tab → one topic holding both tabs, the bold line a plain lead-in, no topic "Settings (paid plans)" holding the Own key tab', () => {
    const { topics, report } = importGuide({
      fileName: 'signing.mdx',
      text: [
        "import Tabs from '@theme/Tabs';",
        "import TabItem from '@theme/TabItem';",
        '',
        '# Signing',
        '',
        '<Tabs>',
        '  <TabItem value="server" label="Server key">',
        '    1. Open the signing tool.',
        '    2. Pick the server key.',
        '',
        '    **Settings (paid plans):**',
        '',
        '    ```yaml',
        '    serverKey: true',
        '    ```',
        '  </TabItem>',
        '  <TabItem value="own" label="Own key">',
        '    1. Upload your key file.',
        '  </TabItem>',
        '</Tabs>',
      ].join('\n'),
      allowedHosts: [],
    });
    expect(report.topics.map((t) => t.title)).toEqual(['Signing']);
    expect(topics[0]!.text).toMatch(/\nSettings \(paid plans\):\n[\s\S]*serverKey: true[\s\S]*Upload your key file\./);
  });
});

describe('a category page: headings that only link to a page, and a bold "Links:" over a list of links', () => {
  it('input: "### [Online maps](./online-map.md)" over one line of description, "**Links:**" or "**Link:**" over "- [GitHub](https://github.com/…)" → all skipped as navigation and reported; the real sections stay', () => {
    const { report } = importGuide({
      fileName: 'plugins.md',
      text: [
        '# Plugins',
        '',
        '## Overview',
        '',
        'Plugins add features to the app.',
        '',
        '### [Online maps](./online-map.md)',
        '',
        'Map layers from the web.',
        '',
        '### [Trip recording](./trip-recording.md)',
        '',
        'Record where you have been and share the track.',
        '',
        '## Bookshelf',
        '',
        'Reads the books in your library.',
        '',
        '**Links:**',
        '',
        '- [GitHub](https://github.com/example/bookshelf)',
        '',
        '## Kitsu',
        '',
        'Adds anime details.',
        '',
        '**Link:**',
        '',
        '- [Source](https://git.example.org/kitsu)',
        '',
        '## [Parking](./parking.md)',
        '',
        '1. Tap the map where you parked.',
        '2. Pick **Mark as parking place**.',
      ].join('\n'),
      allowedHosts: [],
    });
    expect(report.topics.map((t) => t.heading)).toEqual(['Plugins', 'Overview', 'Bookshelf', 'Kitsu', 'Parking']);
    expect(report.emptySections.filter((e) => e.action === 'skipped')).toEqual([
      { title: 'Online maps', action: 'skipped', detail: 'only links to other pages' },
      { title: 'Trip recording', action: 'skipped', detail: 'only links to other pages' },
      { title: 'Links', action: 'skipped', detail: 'only links to other pages' },
      { title: 'Link', action: 'skipped', detail: 'only links to other pages' },
    ]);
  });
});

describe('HTML headings written as examples', () => {
  it('input: "<h1>Heading one</h1>" … "<h4>Heading four</h4>" on consecutive lines of prose, then "## Bold"; "<h2>Sample</h2>" in a ```html fence inside a list item → no topic made of them; "Bold" its own topic', () => {
    const { report, topics } = importGuide({
      fileName: 'syntax.md',
      text: [
        '# Formatting',
        '',
        '## Headings',
        '',
        'Add up to six `#` symbols before the heading text.',
        '',
        '<h1>Heading one</h1>',
        '<h2>Heading two</h2>',
        '<h3>Heading three</h3>',
        '<h4>Heading four</h4>',
        '',
        '## Bold',
        '',
        '1. Put the text between `**` and `**`.',
        '2. Or write it in HTML:',
        '',
        '    ```html',
        '    <h2>Sample</h2>',
        '    <b>bold text</b>',
        '    ```',
        '',
        '3. Check the preview.',
      ].join('\n'),
      allowedHosts: [],
    });
    expect(report.topics.map((t) => t.heading)).toEqual(['Formatting', 'Headings', 'Bold']);
    expect(topics[1]!.text).toContain('Heading one');
    expect(topics[2]!.text).toMatch(/```html\n +<h2>Sample<\/h2>\n +<b>bold text<\/b>\n +```/);
  });
});

describe('MDX cards', () => {
  it('input: <Cards> of <Card title="Drafts"> each holding one line, linking nowhere → a member reads "**Drafts:** Write and pin drafts.", not the line without the name it describes', () => {
    const { topics } = importGuide({
      fileName: 'index.mdx',
      text: [
        '---',
        'title: Usage',
        '---',
        '',
        '<Cards>',
        '  <Card title="Drafts" icon="FileText">',
        '    Write and pin drafts.',
        '  </Card>',
        '  <Card title="Labels">',
        '    Sort notes with labels.',
        '  </Card>',
        '</Cards>',
        '',
        'Most people start with drafts.',
      ].join('\n'),
      allowedHosts: [],
    });
    expect(topics).toHaveLength(1);
    const text = topics[0]!.text;
    expect(text).toContain('**Drafts:** Write and pin drafts.');
    expect(text).toContain('**Labels:** Sort notes with labels.');
    expect(text).not.toMatch(/<\/?Card|href=/);
  });
});

describe('a table that opens a section', () => {
  it('input: "## Flags" holding only a table, and "## Levels" whose table comes before its first paragraph → the overview reads "**Flags**" and "**Levels**: Each post has one level.", never a header row such as "| Flag | Use |"', () => {
    const { topics } = importGuide({
      fileName: 'settings.md',
      text: [
        '# Settings',
        '',
        'What you can change.',
        '',
        '## Flags',
        '',
        '| Flag | Use |',
        '| --- | --- |',
        '| `--port` | the port to listen on |',
        '| `--data` | where files go |',
        '',
        '## Levels',
        '',
        '| Level | Who sees it |',
        '| --- | --- |',
        '| Public | everyone |',
        '| Private | you |',
        '',
        'Each post has one level. Change it before you post.',
        '',
        '- Pick **Public** to share.',
        '- Pick **Private** to keep it.',
      ].join('\n'),
      allowedHosts: [],
    });
    const overview = topics.find((t) => t.file === 'settings.md')!.text;
    expect(overview).toMatch(/^1\. \*\*Flags\*\*$/m);
    expect(overview).toMatch(/^2\. \*\*Levels\*\*: Each post has one level\.$/m);
    expect(topics.map((t) => t.text).join('\n')).not.toMatch(/^summary: .*\|/m);
  });
});

describe('an image whose title or address holds parentheses', () => {
  it('input: "![The Undo (History) tab.](/img/undo.png "The Undo (History) tab.")" and "![Map](img/Path_(map).png)" between sentences → a member reads the sentences only, no leftover "tab.")" or ".png)"', () => {
    const { topics } = importGuide({
      fileName: 'history.md',
      text: [
        '# History',
        '',
        'Every change is kept.',
        '',
        '![The Undo (History) tab.](/img/undo.png "The Undo (History) tab.")',
        '',
        'Click a change to go back to it. ![Map](img/Path_(map).png) The later changes turn grey.',
      ].join('\n'),
      allowedHosts: [],
    });
    const text = topics[0]!.text;
    expect(text).toContain('Click a change to go back to it.');
    expect(text).toContain('The later changes turn grey.');
    expect(text).not.toMatch(/tab\."\)|\.png|\(History\)/);
  });
});

describe('tabs after a tab with headings', () => {
  it('input: <Tabs> "Windows" (text), "Homebrew" (holding "#### Install" and "#### Update"), "Linux" (text) under "## Set up" → the Linux text is a topic "Linux", not the last steps of the Homebrew "Update" topic', () => {
    const { report, topics } = importGuide({
      fileName: 'setup.mdx',
      text: [
        "import Tabs from '@theme/Tabs';",
        "import TabItem from '@theme/TabItem';",
        '',
        '# Setup',
        '',
        '## Set up',
        '',
        '<Tabs',
        '  values={[',
        "    {label: 'Windows', value: 'win'},",
        "    {label: 'Homebrew', value: 'brew'},",
        "    {label: 'Linux', value: 'linux'},",
        '  ]}>',
        '',
        '<TabItem value="win">',
        '',
        'Unzip the archive and open the app.',
        '',
        '</TabItem>',
        '',
        '<TabItem value="brew">',
        '',
        '#### Install',
        '',
        'Run the install command.',
        '',
        '#### Update',
        '',
        'Run the upgrade command.',
        '',
        '</TabItem>',
        '',
        '<TabItem value="linux">',
        '',
        'Extract the tarball. Then start the launcher script.',
        '',
        '</TabItem>',
        '</Tabs>',
      ].join('\n'),
      allowedHosts: [],
    });
    expect(report.topics.map((t) => t.heading)).toEqual(['Setup', 'Set up', 'Install', 'Update', 'Linux']);
    const text = (heading: string) => topics[report.topics.findIndex((t) => t.heading === heading)]!.text;
    expect(text('Update')).not.toContain('tarball');
    expect(text('Linux')).toContain('Extract the tarball.');
    expect(text('Set up')).toContain('**Windows:** Unzip the archive and open the app.');
  });
});

describe('a sentence that goes on after a code block', () => {
  it('input: "Change the address in the config from" / code / "to" / code / "then restart the app." / "Check the log." → step 1 holds the sentence with both code blocks, step 2 is "Check the log.", no step reads "to"', () => {
    const { topics } = importGuide({
      fileName: 'remote.md',
      text: [
        '# Remote access',
        '',
        'Change the address in the config from',
        '',
        '```xml',
        '<address>127.0.0.1:8384</address>',
        '```',
        '',
        'to',
        '',
        '```xml',
        '<address>0.0.0.0:8384</address>',
        '```',
        '',
        'then restart the app.',
        '',
        'Check the log.',
        '',
        'The key config.path lists the folder:',
        '',
        '```',
        'config.path = ~/.app',
        '```',
        '',
        'folder.path.type',
        '',
        'Says which kind of folder it is.',
      ].join('\n'),
      allowedHosts: [],
    });
    const steps = bodyOf(topics[0]!.text).steps;
    expect(steps[0]).toMatch(
      /^Change the address in the config from\n```xml\n.*\n```\nto\n```xml\n.*\n```\nthen restart the app\.$/,
    );
    expect(steps[1]).toBe('Check the log.');
    // A key written in lowercase ("folder.path.type") is a term of its own, not the end of a sentence.
    expect(steps[3]).toBe('folder.path.type');
  });
});

describe('a tab with a heading of its own after a tab with headings', () => {
  it('input: <Tabs> "Windows" holding "#### Use the installer", then "Linux" opening on "#### Set a default" → no empty "Linux" section skipped in the report; "Set a default" holds the Linux text', () => {
    const { report, topics } = importGuide({
      fileName: 'memory.mdx',
      text: [
        "import TabItem from '@theme/TabItem';",
        '',
        '# Memory',
        '',
        '## Give it more memory',
        '',
        '<Tabs>',
        '<TabItem value="win" label="Windows">',
        '',
        '#### Use the installer',
        '',
        'Edit the ini file next to the app.',
        '',
        '</TabItem>',
        '<TabItem value="linux" label="Linux">',
        '',
        '#### Set a default',
        '',
        'Edit the line in the shell script.',
        '',
        '</TabItem>',
        '</Tabs>',
      ].join('\n'),
      allowedHosts: [],
    });
    expect(report.emptySections.filter((e) => e.action === 'skipped')).toEqual([]);
    const i = report.topics.findIndex((t) => t.heading === 'Set a default');
    expect(topics[i]!.text).toContain('Edit the line in the shell script.');
  });
});

describe('MDX cards that link to pages', () => {
  it('input: "## Popular paths" of nothing but <Card title="…" href="/docs/…"> cards, and a page whose cards sit above its own text → no "Popular paths" topic (skipped as links to other pages); the other page lists "Drafts: Write and pin drafts."', () => {
    const { report, topics } = importGuide({
      fileName: 'index.mdx',
      text: [
        '---',
        'title: Usage',
        '---',
        '',
        'Notes you keep, written in Markdown.',
        '',
        '<Cards>',
        '  <Card title="Drafts" href="/docs/usage/drafts" icon="FileText">',
        '    Write and pin drafts.',
        '  </Card>',
        '  <Card title="Labels" href="/docs/usage/labels">',
        '    Sort notes with labels.',
        '  </Card>',
        '</Cards>',
        '',
        '## Popular paths',
        '',
        '<Cards>',
        '  <Card title="Install" href="/docs/install">',
        '    Get it running in five minutes.',
        '  </Card>',
        '  <Card title="Back up" href="/docs/backup">',
        '    Keep a copy of your notes.',
        '  </Card>',
        '</Cards>',
      ].join('\n'),
      allowedHosts: [],
    });
    expect(report.topics.map((t) => t.heading)).toEqual(['Usage']);
    expect(report.emptySections).toContainEqual({
      title: 'Popular paths',
      action: 'skipped',
      detail: 'only links to other pages',
    });
    const text = topics[0]!.text;
    expect(text).toMatch(/^1\. Drafts: Write and pin drafts\.$/m);
    expect(text).toMatch(/^2\. Labels: Sort notes with labels\.$/m);
    expect(text).not.toMatch(/<\/?Card|href=/);
  });
});

describe('a quoted box that holds more than a paragraph', () => {
  it('input: "> [!NOTE]" over "> # Before You Start", a paragraph, a bullet list, a paragraph and a list, above a section of numbered steps → a member reads "**Note:** **Before You Start**", the paragraphs apart and the lists as lists, in one box; the topic\'s steps are still its own, and the heading is no topic', () => {
    const { topics, report } = importGuide({
      fileName: 'migration.md',
      text: [
        '# Migration',
        '',
        '> [!NOTE]',
        '>',
        '> # Before You Start',
        '>',
        '> Stop the server and:',
        '>',
        '> - Back up your `data` folder.',
        '> - Back it up again.',
        '>',
        '> The migration may take a while.',
        '>',
        '> 1. Watch the logs.',
        '> 2. Do not interrupt it.',
        '',
        '1. Stop the container.',
        '2. Change the image tag.',
        '3. Start the container.',
      ].join('\n'),
      allowedHosts: [],
    });
    expect(report.topics.map((t) => t.title)).toEqual(['Migration']);
    expect(bodyOf(topics[0]!.text).intro).toBe(
      [
        '**Note:** **Before You Start**',
        'Stop the server and:',
        '- Back up your `data` folder.',
        '- Back it up again.',
        '',
        'The migration may take a while.',
        '',
        '1\\. Watch the logs.',
        '2\\. Do not interrupt it.',
      ].join('\n'),
    );
    expect(bodyOf(topics[0]!.text).steps).toEqual([
      'Stop the container.',
      'Change the image tag.',
      'Start the container.',
    ]);
  });

  it('input: a plain ">" quote of two paragraphs, a "> [!TIP]" opening on a list, and a one-line quote right under a paragraph\'s line → the quote\'s paragraphs apart, not joined by a double space; the tip\'s label above its list; the one-line quote goes on with its paragraph', () => {
    const { topics } = importGuide({
      fileName: 'prefs.md',
      text: [
        '# Preferences',
        '',
        'Open the settings. For some boards, press the buttons after uploading:',
        '> Hold both buttons down, then plug it in.',
        '',
        '> Print settings are kept per note.',
        '>',
        '> Nothing sets them for all notes.',
        '',
        '> [!TIP]',
        '> - Press Ctrl + S to save.',
        '> - Press Ctrl + Z to undo.',
      ].join('\n'),
      allowedHosts: [],
    });
    const text = topics[0]!.text;
    expect(text).toContain('press the buttons after uploading: Hold both buttons down, then plug it in.');
    expect(text).toMatch(/Print settings are kept per note\.\n\s*\n\s*Nothing sets them for all notes\./);
    expect(text).toContain('**Tip:**\n- Press Ctrl + S to save.\n- Press Ctrl + Z to undo.');
    expect(text).not.toMatch(/\S {2}\S/);
  });
});

describe('code inside a quoted box', () => {
  it('input: "> [!TIP]" over a quoted ```xml fence holding "<Key>abc</Key>" and "# a comment", then "> Then restart." → the tip\'s label above the code, the code as written (tags kept), no heading made', () => {
    const { topics, report } = importGuide({
      fileName: 'setup.md',
      text: [
        '# Setup',
        '',
        'Install the app first.',
        '',
        '> [!TIP]',
        '> ```xml',
        '> <!-- # a comment -->',
        '> <Key>abc</Key>',
        '> ```',
        '> Then restart.',
      ].join('\n'),
      allowedHosts: [],
    });
    expect(report.topics.map((t) => t.title)).toEqual(['Setup']);
    expect(topics[0]!.text).toMatch(/\*\*Tip:\*\*\n\s*```xml\n\s*<!-- # a comment -->\n\s*<Key>abc<\/Key>\n\s*```/);
  });
});

describe('a tab that opens on a box', () => {
  it('input: VitePress ":::tabs" with "== Cloud" and "== Self-hosted", each opening on a "> [!CAUTION] …" alert over its own steps → a member reads "Cloud:" and "Self-hosted:" above the steps, not two sets of steps without saying whose', () => {
    const { topics } = importGuide({
      fileName: 'connect.md',
      text: [
        '# Connect your account',
        '',
        'Link your account to start syncing.',
        '',
        ':::tabs key:edition',
        '',
        '== Cloud {#cloud}',
        '',
        '> [!CAUTION] Admins first',
        '> Ask an admin to enable the app.',
        '',
        '1. Open **Settings**.',
        '2. Click **Connect**.',
        '',
        '== Self-hosted {#self-hosted}',
        '',
        '> [!CAUTION] Register the app',
        '> Create an app link on your server first.',
        '',
        '1. Open **Integrations**.',
        '2. Enter your server address.',
        '',
        ':::',
      ].join('\n'),
      allowedHosts: [],
    });
    const text = topics[0]!.text;
    expect(text).toMatch(/^Cloud:\n\n\*\*Admins first:\*\* Ask an admin to enable the app\.$/m);
    expect(text).toMatch(/^Self-hosted:\n\n\*\*Register the app:\*\* Create an app link on your server first\.$/m);
  });
});

describe('a bold name ended by a hard line break', () => {
  it('input: "**Theme**\\" and "**Window size**" + two spaces, each over a line of text, in a "## Settings" section → a member reads "**Theme:** Pick a dark or light look." and "**Window size:** Reset it here.", not "**Theme** Pick…" run together', () => {
    const { topics } = importGuide({
      fileName: 'prefs.md',
      text: [
        '# Preferences',
        '',
        '## Settings',
        '',
        '**Theme**\\',
        'Pick a dark or light look.',
        '',
        '**Window size**  ',
        'Reset it here.',
        '',
        '**Note.**  ',
        'Some settings need a restart.',
      ].join('\n'),
      allowedHosts: [],
    });
    const text = topics.map((t) => t.text).join('\n');
    expect(text).toContain('**Theme:** Pick a dark or light look.');
    expect(text).toContain('**Window size:** Reset it here.');
    // A bold name that ends on its own punctuation gets no second colon.
    expect(text).not.toContain('**Note.:**');
  });
});

describe('docs sites read by helper md34', () => {
  it('input: a changelog page, "## 1.3.12 - 2023-11-23" over "### Added" and "### Fixed" lists, and "## 6.0.0 (API 2.0.0) - 2023-01-01" over "### Notes" text → a member gets one topic per release, its sorts as bold labels ("**Fixed**" over its list, "**Notes:** Needs PHP 8.2."), not topics titled "Fixed (1.3.12 - 2023-11-23)"', () => {
    const { topics, report } = importGuide({
      fileName: 'changelog.md',
      text: [
        '# Change Log',
        '',
        'All notable changes to this project are documented here.',
        '',
        '## 1.3.12 - 2023-11-23',
        '',
        '### Added',
        '- Support for Mint imports.',
        '',
        '### Fixed',
        '- Issue 8184 I broke the importer',
        '- Issue 8185 Several crashes',
        '',
        '## 6.0.0 (API 2.0.0) - 2023-01-01',
        '',
        '### Notes',
        '',
        'Needs PHP 8.2.',
        '',
        '## 2.1 Install the app',
        '',
        '### Windows',
        '',
        'Run the installer.',
      ].join('\n'),
      allowedHosts: [],
    });
    expect(report.topics.map((t) => t.heading)).toEqual([
      'Change Log',
      '1.3.12 - 2023-11-23',
      '6.0.0 (API 2.0.0) - 2023-01-01',
      '2.1 Install the app',
      'Windows',
    ]);
    const release = topics.find((t) => t.text.includes('title: 1.3.12 - 2023-11-23'))!.text;
    expect(release).toMatch(/^\*\*Added\*\*\n\n1\. Support for Mint imports\.$/m);
    expect(release).toMatch(/^\*\*Fixed\*\*\n\n- Issue 8184 I broke the importer\n- Issue 8185 Several crashes$/m);
    expect(topics.find((t) => t.text.includes('title: 6.0.0'))!.text).toContain('**Notes:** Needs PHP 8.2.');
  });

  it('input: "(TODO write me)" atop a page and "(TODO add screenshot)" after a step\'s text → a member reads the page\'s own first sentence as its summary and no "(TODO …)" step; the report names each note left out', () => {
    const { topics, report } = importGuide({
      fileName: 'currencies.md',
      text: [
        '# Add a custom currency',
        '',
        '(TODO write me)',
        '',
        'To add a currency click "Create a new currency". Use a three-letter code.',
        '',
        'The symbol is what overviews show.',
        '',
        '(TODO add screenshot)',
        '',
        '```text',
        '(TODO kept: this is code)',
        '```',
      ].join('\n'),
      allowedHosts: [],
    });
    const text = topics[0]!.text;
    expect(text).toContain('summary: To add a currency click "Create a new currency".');
    expect(text).not.toMatch(/^\d*\.? ?\(TODO (write me|add screenshot)\)$/m);
    expect(text).toContain('(TODO kept: this is code)');
    expect(report.warnings).toEqual([
      '"Add a custom currency": a note to the authors left out ("(TODO write me)")',
      '"Add a custom currency": a note to the authors left out ("(TODO add screenshot)")',
    ]);
  });

  it('input: a "<style type="text/css">" element over many lines of CSS, "<style scoped>" with an "@import" and a "<script setup>" block, in a page\'s text → a member reads the page\'s sentences and no ".primary-1 { background-color: … }" or "@import" step; a "<style>" in a code block stays', () => {
    const { topics } = importGuidePages({
      folderName: 'docs',
      files: [
        {
          fileName: 'logo.md',
          text: [
            '# Colours',
            '',
            'The app uses a few colours.',
            '',
            '<style type="text/css">',
            '',
            '/* Palette color codes */',
            '.primary-1 { background-color: #FFA284 }',
            '',
            '.color-table {',
            '\tmargin: 2em;',
            '\t}',
            '</style>',
            '',
            'Use them in your own theme.',
            '',
            '```html',
            '<style>.button { color: #fff }</style>',
            '```',
          ].join('\n'),
        },
        {
          fileName: 'storage.md',
          text: [
            '<script setup lang="ts">',
            'const release = useRelease()',
            '</script>',
            '',
            '# Storage',
            '',
            'Series are read from the local folder.',
            '',
            '<style scoped>',
            '  @import "../theme/styles/tree.styl"',
            '</style>',
          ].join('\n'),
        },
      ],
      allowedHosts: [],
    });
    const text = topics.map((t) => t.text).join('\n');
    expect(text).toContain('The app uses a few colours.');
    expect(text).toContain('Use them in your own theme.');
    expect(text).toContain('Series are read from the local folder.');
    expect(text).not.toMatch(/primary-1|margin: 2em|Palette|@import|useRelease/);
    expect(text).toContain('<style>.button { color: #fff }</style>');
  });

  it('input: VitePress "::: tip **Android 7** and above" and a Docusaurus ":::note[Needs **admin** rights]" box → a member reads "**Android 7 and above:** Newer Android users…", not "****Android 7** and above:**"', () => {
    const { topics } = importGuide({
      fileName: 'webview.md',
      text: [
        '# WebView update',
        '',
        'Find which WebView your device uses.',
        '',
        '::: tip **Android 7** and above',
        'Newer Android users can change WebView in Developer Options.',
        ':::',
        '',
        ':::note[Needs **admin** rights]',
        'Ask your admin first.',
        ':::',
      ].join('\n'),
      allowedHosts: [],
    });
    const text = topics[0]!.text;
    expect(text).toContain('**Android 7 and above:** Newer Android users can change WebView in Developer Options.');
    expect(text).toContain('**Needs admin rights:** Ask your admin first.');
    expect(text).not.toContain('****');
  });

  it('input: a Jekyll page that fills "{% capture img-devices %}" with an image include and shows it as "<br />{{ img-devices | strip }}" under a step → a member reads the step\'s sentence alone, not "{{ img-devices | strip }}"; "{{ other }}" that no capture fills stays as written', () => {
    const { topics } = importGuide({
      fileName: 'sync.md',
      text: [
        '{% capture img-devices %}',
        '{% include image.html',
        '    file="/assets/devices.png"',
        '    alt="Devices" %}',
        '{% endcapture %}',
        '',
        '# Synchronization',
        '',
        '1. Log in on the web server.',
        '2. Create a device for each phone you use.',
        '   <br />{{ img-devices | strip }}',
        '3. Type {{ other }} in the box.',
      ].join('\n'),
      allowedHosts: [],
    });
    const text = topics[0]!.text;
    expect(text).toMatch(/^2\. Create a device for each phone you use\.$/m);
    expect(text).not.toContain('img-devices');
    expect(text).toContain('3. Type {{ other }} in the box.');
  });
});

describe('kb:import of MkDocs, Starlight and GitBook sites (md34b)', () => {
  it('input: a "???+ success" box holding "**Reply type**" and "**Fields**" alone on their lines, then text and a second box → one topic whose lines read "**Reply type:** Object or Array"; no "Fields" topic takes the text and box after it', () => {
    const { topics, report } = importGuide({
      fileName: 'api.md',
      text: [
        '# API',
        '',
        '## JSON response',
        '',
        'Replies look like this:',
        '',
        '???+ success "Example reply: Success"',
        '',
        '    Resource: `GET /api/dns/blocking`',
        '',
        '    **Reply type**',
        '',
        '    Object or Array',
        '',
        '    **Fields**',
        '',
        '    Depending on the endpoint',
        '',
        'Errors look alike:',
        '',
        '!!! failure "Example reply: Error"',
        '',
        '    **Reply type**',
        '',
        '    Object',
      ].join('\n'),
      allowedHosts: [],
    });
    expect(report.topics.map((t) => t.title)).toEqual(['API', 'JSON response']);
    const text = topics[1]!.text;
    expect(text).toContain('**Reply type:** Object or Array');
    expect(text).toContain('**Fields:** Depending on the endpoint');
    expect(text).toMatch(/Example reply: Error:\n\n?\d\. \*\*Reply type:\*\* Object$/m);
  });

  it('input: one page with "## Example 3" and "## Example 4", each holding "### Step 1" over "#### Result" → the two results are titled "Result (Step 1, Example 3: Denylisting)" and "Result (Step 1, Example 4: Allowlisting)", not twice "Result (Step 1, Per-client blocking)"', () => {
    const { report } = importGuide({
      fileName: 'example.md',
      text: [
        '# Per-client blocking',
        '',
        '## Example 3: Denylisting',
        '',
        '### Step 1',
        '',
        'Add the domain to the denylist.',
        '',
        '#### Result',
        '',
        'The domain is blocked.',
        '',
        '## Example 4: Allowlisting',
        '',
        '### Step 1',
        '',
        'Add the domain to the allowlist.',
        '',
        '#### Result',
        '',
        'The domain is allowed.',
      ].join('\n'),
      allowedHosts: [],
    });
    const results = report.topics.filter((t) => t.heading === 'Result').map((t) => t.title);
    expect(results).toEqual(['Result (Step 1, Example 3: Denylisting)', 'Result (Step 1, Example 4: Allowlisting)']);
  });

  it('input: an MkDocs Material section opening on "_Supported on:_ :material-android: :material-apple:" → the topic opens on its own text, with no "Supported on:" step or summary; "Tap :material-plus: to add" keeps its words', () => {
    const { topics } = importGuide({
      fileName: 'publish.md',
      text: [
        '# Publishing',
        '',
        '## Message title',
        '_Supported on:_ :material-android: :material-apple: :material-firefox:',
        '',
        'The notification title is the topic name.',
        '',
        'Tap :material-plus: to add a title.',
      ].join('\n'),
      allowedHosts: [],
    });
    const text = topics[1]!.text;
    expect(text).not.toContain('Supported on');
    expect(text).toContain('summary: The notification title is the topic name.');
    expect(text).toMatch(/^1\. The notification title is the topic name\.$/m);
    expect(text).toContain('Tap to add a title.');
  });

  it('input: GitBook page cards "{% content-ref url="custom-themes.md" %}" / "[custom-themes.md](custom-themes.md)" and one for "from-source/README.md" → members read "Custom themes" and "From source", not the file names', () => {
    const { topics } = importGuide({
      fileName: 'README.md',
      text: [
        '# Mentee projects',
        '',
        'Projects our mentees work on.',
        '',
        '{% content-ref url="custom-themes.md" %}',
        '[custom-themes.md](custom-themes.md)',
        '{% endcontent-ref %}',
        '',
        '{% content-ref url="from-source/README.md" %}',
        '[from-source/README.md](from-source/README.md)',
        '{% endcontent-ref %}',
      ].join('\n'),
      allowedHosts: [],
    });
    const text = topics[0]!.text;
    expect(text).toContain('Custom themes');
    expect(text).toContain('From source');
    expect(text).not.toMatch(/custom-themes\.md\]|^\d\. custom-themes\.md|README\.md\]/m);
  });
});

describe('helper md34c: Markdown import defects', () => {
  /** A page whose Windows, macOS and Linux tabs each hold a "## Manual installation", each tab opened by `open` and closed by `close`. */
  const tabbedPage = (open: (name: string) => string, close: string, before = '', after = '') =>
    [
      '# Installing FFmpeg',
      '',
      'Pick your system.',
      '',
      before,
      ...['Windows', 'macOS', 'Linux'].flatMap((os) => [
        open(os),
        '',
        '## Manual installation',
        '',
        `1. Download the ${os} build.`,
        '2. Unzip it.',
        '',
        close,
      ]),
      after,
    ].join('\n');
  const titles = (text: string) =>
    importGuide({ fileName: 'ffmpeg.md', text, allowedHosts: [] }).report.topics.map((t) => t.title);

  it('input: GitBook "{% tab title="macOS" %}" tabs each holding "## Manual installation" → each topic titled by its tab, not three "Manual installation (Installing FFmpeg)"', () => {
    const text = tabbedPage((os) => `{% tab title="${os}" %}`, '{% endtab %}', '{% tabs %}', '{% endtabs %}');
    expect(titles(text)).toEqual([
      'Installing FFmpeg',
      'Manual installation (Windows)',
      'Manual installation (macOS)',
      'Manual installation (Linux)',
    ]);
  });

  it('input: the same in VitePress ":::tabs" / "== macOS" tabs → each topic titled by its tab', () => {
    const text = tabbedPage((os) => `== ${os}`, '', ':::tabs', ':::');
    expect(titles(text)).toEqual([
      'Installing FFmpeg',
      'Manual installation (Windows)',
      'Manual installation (macOS)',
      'Manual installation (Linux)',
    ]);
  });

  it('input: a Docusaurus tab "Komga" holding a two-item list, then a "Kavita" tab → "Komga:" stands above its list, not inside item 1', () => {
    const { topics } = importGuide({
      fileName: 'servers.mdx',
      text: [
        "import Tabs from '@theme/Tabs';",
        '',
        '# Connect a server',
        '',
        'Pick your server.',
        '',
        '<Tabs>',
        '<TabItem value="komga" label="Komga">',
        '',
        '- No separate login required.',
        '- Libraries sync on their own.',
        '',
        '</TabItem>',
        '<TabItem value="kavita" label="Kavita">',
        '',
        '- Log in with your Kavita account.',
        '- Pick a library.',
        '',
        '</TabItem>',
        '</Tabs>',
      ].join('\n'),
      allowedHosts: [],
    });
    const text = topics[0]!.text;
    expect(text).not.toContain('**Komga:**');
    expect(text).toMatch(/^Komga:\n+1\. No separate login required\.\n2\. Libraries sync on their own\.$/m);
    expect(text).toMatch(/^Kavita:\n+- Log in with your Kavita account\.$/m);
  });

  it('input: ":::note Hello" box holding a list, and a GitBook tab holding one → the box\'s title heads its list, bold; the tab\'s name stands above, plain', () => {
    const { topics } = importGuide({
      fileName: 'boxes.md',
      text: [
        '# Boxes',
        '',
        ':::note Hello',
        '- First point.',
        '- Second point.',
        ':::',
        '',
        '{% tabs %}',
        '{% tab title="Linux" %}',
        '- Use apt.',
        '- Check it.',
        '{% endtab %}',
        '{% endtabs %}',
      ].join('\n'),
      allowedHosts: [],
    });
    const text = topics[0]!.text;
    expect(text).toMatch(/\*\*Hello:\*\*\n+(?:- |\d\. )First point\.\n(?:- |\d\. )Second point\./);
    expect(text).toMatch(/^Linux:\n+(?:- |\d\. )Use apt\.$/m);
  });

  it('input: ":::note Hello" whose first line is "**Bold in docusaurus**" → "**Hello:** Bold in docusaurus", the title bold and the line after it, not one doubled bold run', () => {
    const { topics } = importGuide({
      fileName: 'box.md',
      text: [
        '# Boxes',
        '',
        'Intro text.',
        '',
        ':::note Hello',
        '',
        '**Bold in docusaurus**',
        '',
        'Plain line.',
        '',
        ':::',
      ].join('\n'),
      allowedHosts: [],
    });
    const text = topics[0]!.text;
    expect(text).toContain('**Hello:** Bold in docusaurus');
    expect(text).not.toContain('** **');
    expect(text).toContain('Plain line.');
  });
});

describe("MyST Markdown (a Sphinx project's pages written as Markdown)", () => {
  const page = (text: string[]) => importGuide({ fileName: 'guide.md', text: text.join('\n'), allowedHosts: [] });

  it('input: ```{note} with its text on the fence line, :::{warning}, {admonition} with a title and :class: tip, ```{code-block} bash, ```{image} and ```{toctree} → labelled boxes, the code with its language, no fence, brace or option shown', () => {
    const { topics } = page([
      '# Setting up',
      '',
      '```{toctree}',
      ':maxdepth: 2',
      '',
      'install',
      '```',
      '',
      'Install the app first.',
      '',
      '```{note} You need an account before you start.',
      '```',
      '',
      ':::{warning}',
      'Back up your data.',
      ':::',
      '',
      '```{admonition} Keep it small',
      ':class: tip',
      '',
      'Share only what you need.',
      '```',
      '',
      '```{image} sync.png',
      ':alt: The sync screen',
      '```',
      '',
      '```{code-block} bash',
      ':linenos:',
      '',
      'sync --all',
      '```',
    ]);
    const text = topics[0]!.text;
    expect(text).toContain('**Note:** You need an account before you start.');
    expect(text).toContain('**Warning:** Back up your data.');
    expect(text).toContain('**Keep it small:** Share only what you need.');
    expect(text).toMatch(/```bash\n\s*sync --all\n\s*```/);
    expect(text).not.toMatch(/[{}]|:::|maxdepth|linenos|:class:|sync\.png|install/);
  });

  it('input: {guilabel}, {menuselection} with -->, {kbd}, a {ref} to a "(label)=" target, a "% comment" and a "Term" / ": definition" list → shown as Sphinx shows them, the target and comment gone', () => {
    const { topics } = page([
      '(sharing)=',
      '# Sharing a folder',
      '',
      '% Remember to add a screenshot here.',
      '',
      '1. Open {guilabel}`Settings`.',
      '2. Choose {menuselection}`File --> Export`, or press {kbd}`Ctrl+E`.',
      '3. See {ref}`sharing` for the other ways.',
      '',
      'Read-only',
      ': Others can see the files but not change them.',
    ]);
    const text = topics[0]!.text;
    expect(text).toContain('1. Open `Settings`.');
    expect(text).toContain('2. Choose `File → Export`, or press `Ctrl+E`.');
    expect(text).toContain('3. See Sharing a folder for the other ways.');
    expect(text).toContain('**Read-only:** Others can see the files but not change them.');
    expect(text).not.toMatch(/\(sharing\)=|Remember|\{|\}/);
  });

  it('input: a MyST definition list holding another ("General" / ": Options for the whole app:" over an indented "Language" / ": …" and "Theme" / ": …"; then "Sync"), and one holding a bullet list ("Editor" / ": Pick one:" over "- Light", "- Dark"; then "Files") → one step per outer term, its inner terms or bullets under it, as the reST reader writes such lists; read flat, the inner terms were steps beside the outer ones, and the bullets the section\'s steps with "Editor" its intro and "Files" a note', () => {
    const { topics } = page([
      '# Settings',
      '',
      '## Preferences',
      '',
      'See {ref}`keys`. The window has these pages:',
      '',
      'General',
      ': Options for the whole app:',
      '',
      '  Language',
      '  : The language of menus.',
      '',
      '  Theme',
      '  : Light or dark.',
      '',
      'Sync',
      ': How often to sync.',
      '',
      '(keys)=',
      '## Themes',
      '',
      'Editor',
      ': Pick one:',
      '',
      '  - Light',
      '  - Dark',
      '',
      'Files',
      ': Where files are kept.',
    ]);
    const built = buildKnowledge({ files: topics.map((t) => ({ name: t.file, text: t.text })), allowedHostsText: '' });
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    const shown = (id: string) => renderAnswer(built.knowledge.byId.get(id)!, built.knowledge).body;
    expect(shown('preferences')).toBe(
      [
        'See Themes. The window has these pages:',
        '',
        '1. **General:** Options for the whole app:',
        '   - **Language:** The language of menus.',
        '   - **Theme:** Light or dark.',
        '2. **Sync:** How often to sync.',
      ].join('\n'),
    );
    expect(shown('themes')).toBe(
      ['1. **Editor:** Pick one:', '   - Light', '   - Dark', '2. **Files:** Where files are kept.'].join('\n'),
    );
  });

  it('input: a {ref} to a "(csharp)=" target over "## Using C#" → "Using C#", as Sphinx shows the heading; the MyST reader cut its "#" as a closing mark ("Using C")', () => {
    const { topics } = page([
      '# Scripting',
      '',
      '1. Pick a language.',
      '2. See {ref}`csharp` for the .NET one.',
      '',
      '(csharp)=',
      '## Using C#',
      '',
      'Write the script in C#.',
    ]);
    const text = topics.map((t) => t.text).join('\n');
    expect(text).toContain('2. See Using C# for the .NET one.');
  });

  it('input: a sphinx-design ::::{tab-set} of two :::{tab-item} tabs → each tab named above its own steps', () => {
    const { topics } = page([
      '# Installing',
      '',
      '::::{tab-set}',
      ':::{tab-item} Windows',
      'Run the installer.',
      ':::',
      ':::{tab-item} macOS',
      'Drag the app to Applications.',
      ':::',
      '::::',
    ]);
    const text = topics.map((t) => t.text).join('\n');
    expect(text).toMatch(/Windows[\s\S]*Run the installer\.[\s\S]*macOS[\s\S]*Drag the app to Applications\./);
    expect(text).not.toMatch(/tab-set|tab-item|:::|<\/?Tab/);
  });

  it('input: a step whose command is written "```setx PATH```" on its own line (inline code, no fence), then a "(label)=" target and a ```{tip} box → the target gone and the box labelled, not kept as code', () => {
    const { topics } = page([
      '# Watch',
      '',
      '- Type the command below:',
      '  ```setx PATH "%PATH%;C:\\adb"```',
      '- Restart the phone.',
      '',
      '(watchface)=',
      '',
      '## Changing the watchface',
      '',
      '```{tip}',
      'Keep the phone near the watch.',
      '```',
    ]);
    const text = topics.map((t) => t.text).join('\n');
    expect(text).toContain('`setx PATH "%PATH%;C:\\adb"`');
    expect(text).toContain('**Tip:** Keep the phone near the watch.');
    expect(text).not.toMatch(/\(watchface\)=|\{tip\}/);
  });

  it('input: a plain Markdown page whose code spans hold names in braces ("`@{username}`", "`{date}`") → not read as MyST: unchanged', () => {
    const lines = [
      '# Search',
      '',
      '- `from:` (`@{username}`, `me`) - posts from an author',
      '- `before:` (`{date}`) - older posts',
    ];
    const { topics } = page(lines);
    expect(topics[0]!.text).toContain('`from:` (`@{username}`, `me`) - posts from an author');
    expect(topics[0]!.text).toContain('`before:` (`{date}`) - older posts');
  });

  it('input: a ```{eval-rst} fence holding ".. note::", a "#." list with :guilabel: and a link, a grid table, ".. code-block:: bash" and a "Shortcuts" / "---" heading → read as reST: a labelled box, numbered steps, the table\'s cells, the code, a sub-topic under the fence\'s heading; no ".." or "+---+" shown', () => {
    const { topics } = page([
      '# Setup',
      '',
      '## Install',
      '',
      '```{eval-rst}',
      '.. note::',
      '   Back up your data **first**. Press <Enter> to go on.',
      '',
      '#. Open :guilabel:`Settings`.',
      '#. Choose the `download page <https://example.org/dl>`_.',
      '',
      '+--------+-----------+',
      '| Key    | Meaning   |',
      '+========+===========+',
      '| ``-v`` | verbose   |',
      '+--------+-----------+',
      '',
      '.. code-block:: bash',
      '',
      '   npm install foo',
      '',
      'Shortcuts',
      '---------',
      '',
      '* ``a`` adds a row',
      '```',
      '',
    ]);
    const install = topics.find((t) => t.file === 'install.md')!.text;
    expect(install).toContain('**Note:** Back up your data **first**. Press <Enter> to go on.');
    expect(install).toMatch(/1\. Open `Settings`\.\n2\. Choose the download page\./);
    expect(install).toMatch(/```\nKey +Meaning\n-v +verbose\n```/);
    expect(install).toContain('```bash\nnpm install foo\n```');
    expect(install).not.toMatch(/\.\. |\+---|#\. |:guilabel:/);
    expect(topics.find((t) => t.file === 'shortcuts.md')!.text).toMatch(/section: Install[\s\S]*1\. `a` adds a row/);
  });
});

describe('a section that is one table', () => {
  it('input: "## Variables" holding only a table whose cells hold two sentences each → one step, the whole table, every row on its line; not rows cut at each ". "', () => {
    const { topics } = importGuide({
      fileName: 'env.md',
      text: [
        '# Environment',
        '',
        'Set these before you start.',
        '',
        '## Variables',
        '',
        '| Name | What it does | Default |',
        '| --- | --- | --- |',
        '| `PORT` | The port to listen on. Use 0 to pick a free one. | `3001` |',
        '| `HOST` | The address to bind to. It can be an IP. | `::` |',
      ].join('\n'),
      allowedHosts: [],
    });
    const body = bodyOf(topics.find((t) => t.file === 'variables.md')!.text);
    expect(body.steps).toHaveLength(1);
    expect(body.steps[0]).toMatch(/^\| Name \| What it does \| Default \|\n/);
    expect(body.steps[0]).toContain('\n| `PORT` | The port to listen on. Use 0 to pick a free one. | `3001` |\n');
    expect(body.steps[0]).toMatch(/\n\| `HOST` \| The address to bind to\. It can be an IP\. \| `::` \|$/);
  });
});

describe('a heading of an emoji and a mark', () => {
  it('input: "## 🐻?" under "# About" → titled "🐻? (About)", which kb:check takes (it counts the emoji as one character, not two)', () => {
    const { topics, report } = importGuide({
      fileName: 'about.md',
      text: ['# About', '', 'Who we are.', '', '## 🐻?', '', 'The name means bear.', ''].join('\n'),
      allowedHosts: [],
    });
    expect(report.topics.find((t) => t.heading === '🐻?')?.title).toBe('🐻? (About)');
    const built = buildKnowledge({ files: topics.map((t) => ({ name: t.file, text: t.text })), allowedHostsText: '' });
    expect(built.ok).toBe(true);
  });
});

describe('front matter with YAML comments', () => {
  it('input: front matter opening with "# see the theme reference" and holding "# hero section" among its keys → read as front matter: the page is titled by its "title", no "layout: home" step, no heading made of the comment', () => {
    const { topics, report } = importGuide({
      fileName: 'start.md',
      text: [
        '---',
        '# see the theme reference',
        'title: Getting started',
        'layout: home',
        '',
        '# hero section',
        'hero:',
        '  name: "Docs"',
        '---',
        '',
        'Install the app, then sign in.',
        '',
      ].join('\n'),
      allowedHosts: [],
    });
    expect(report.topics.map((t) => t.title)).toEqual(['Getting started']);
    const all = topics.map((t) => t.text).join('\n');
    expect(all).not.toContain('layout');
    expect(all).not.toContain('theme reference');
  });

  it('input: a rule, "# Billing" over a blank line, "Answer: yes, monthly.", a rule → the heading and its text stay a topic, not taken for front matter', () => {
    const { report } = importGuide({
      fileName: 'faq.md',
      text: ['# FAQ', '', 'Questions.', '', '---', '', '# Billing', '', 'Answer: yes, monthly.', '', '---', ''].join(
        '\n',
      ),
      allowedHosts: [],
    });
    expect(report.topics.map((t) => t.title)).toContain('Billing');
  });
});

describe('list items that were only an address', () => {
  it('input: "## Related discussion" over "- https://…/issues/1" and "- https://…/issues/2", hosts not allowed, beside "## Setup" whose "- Open https://… in a browser" keeps words → no topic of "-" marks: the section is reported as empty, the overview has no "-" step, Setup keeps its item', () => {
    const { topics, report } = importGuide({
      fileName: 'docker.md',
      text: [
        '# Docker',
        '',
        'Watch your containers.',
        '',
        '## Setup',
        '',
        '- Open https://app.example.org/setup in a browser.',
        '- Pick a container.',
        '',
        '## Related discussion',
        '',
        '- https://forum.example.org/t/1',
        '- https://forum.example.org/t/2',
        '',
      ].join('\n'),
      allowedHosts: [],
    });
    expect(report.topics.map((t) => t.title)).toEqual(['Docker', 'Setup']);
    expect(report.emptySections.map((s) => s.title)).toContain('Related discussion');
    const all = topics.map((t) => t.text).join('\n');
    expect(all).not.toMatch(/^\d+\. (?:\*\*[^*]+\*\*: )?[-\s]*$/m);
    expect(topics.find((t) => t.file === 'setup.md')!.text).toMatch(/^1\. Open in a browser\.$/m);
  });
});

describe('a section opening on a note in parentheses', () => {
  it('input: "(Version >= 2.1)" over "API keys guard the metrics page." and two sub-sections; "## Badges" holding "(Version >= 1.6)" over its sub-sections only → summaries "API keys guard the metrics page." and the sub-sections\' names, not "(Version >= …)"', () => {
    const { topics } = importGuide({
      fileName: 'metrics.md',
      text: [
        '# Metrics',
        '',
        'Watch your server.',
        '',
        '## API keys',
        '',
        '(Version >= 2.1)',
        '',
        'API keys guard the metrics page. Basic login stops working once you add one.',
        '',
        '### Adding a key',
        '',
        'Open **Settings** and pick **API Keys**.',
        '',
        '### Removing a key',
        '',
        'Pick the key and click **Delete**.',
        '',
        '## Badges',
        '',
        '(Version >= 1.6)',
        '',
        '### Status badge',
        '',
        'Shows whether the monitor is up.',
        '',
        '### Uptime badge',
        '',
        'Shows the uptime in percent.',
        '',
      ].join('\n'),
      allowedHosts: [],
    });
    const summaryOf = (file: string) => /^summary: (.*)$/m.exec(topics.find((t) => t.file === file)!.text)?.[1];
    expect(summaryOf('api-keys.md')).toBe('API keys guard the metrics page.');
    expect(summaryOf('badges.md')).toBe('Status badge; Uptime badge');
  });
});

describe('helper c3: GitBook, Jekyll, VitePress and Starlight sites', () => {
  it('input: GitBook mentions "[#room-policies](settings.md#room-policies "mention")", "[message.md](../message.md "mention")", "[user-panel](user-panel/ "mention")" → members read the titles, not "#room-policies" or "message.md"', () => {
    const { topics } = importGuide({
      fileName: 'emoji.md',
      text: [
        '# Emoji',
        '',
        'Pick an emoji from the picker.',
        '',
        'To turn emojis off, see [#room-policies](../settings.md#room-policies "mention").',
        '',
        'Check the [message.md](../admin/message.md "mention") settings first.',
        '',
        'Your avatar sits in the [user-panel](user-panel/ "mention").',
        '',
        'Read the [Sync guide](sync/README.md "mention") too.',
      ].join('\n'),
      allowedHosts: [],
    });
    const text = topics[0]!.text;
    expect(text).toContain('see Room policies.');
    expect(text).toContain('Check the Message settings first.');
    expect(text).toContain('in the User panel.');
    expect(text).toContain('Read the Sync guide too.');
    expect(text).not.toMatch(/#room-policies|message\.md|user-panel/);
  });

  it('input: "## 2.Login to Your Server via SSH" (the step number against its word) → titled "2. Login to Your Server via SSH", not "to Your Server via SSH" ("2.Login" read as a host name and removed)', () => {
    const { topics } = importGuide({
      fileName: 'downgrade.md',
      text: [
        '# Downgrading',
        '',
        'Go back to an older version.',
        '',
        '## 1. Disable updates',
        '',
        'Turn off **Auto Update** in the settings.',
        '',
        '## 2.Login to Your Server via SSH',
        '',
        'Open a terminal and connect to the server.',
      ].join('\n'),
      allowedHosts: [],
    });
    const titles = topics.map((t) => /^title: (.*)$/m.exec(t.text)?.[1]);
    expect(titles).toContain('2. Login to Your Server via SSH');
    // The overview numbers its steps itself: "2. **Login to Your Server via SSH**", the word still there.
    expect(topics[0]!.text).toContain('2. **Login to Your Server via SSH**');
  });
});

describe('GitBook and VitePress tab groups that hold headings', () => {
  const fileSaying = (text: string) => {
    const { topics } = importGuide({ fileName: 'install.md', text, allowedHosts: [] });
    return topics.find((t) => t.text.includes('restart your computer'))!.file;
  };

  it('input: a GitBook "{% tabs %}" whose tabs hold "### Download" headings, then "After installing, restart your computer." → that line is the section\'s that holds the tabs, not the last tab\'s "Download"', () => {
    const text = [
      '# Install',
      '',
      '## Desktop',
      '',
      'Pick your system.',
      '',
      '{% tabs %}',
      '{% tab title="Windows" %}',
      '### Download',
      '',
      'Get the installer.',
      '{% endtab %}',
      '',
      '{% tab title="macOS" %}',
      '### Download',
      '',
      'Get the disk image.',
      '{% endtab %}',
      '{% endtabs %}',
      '',
      'After installing, restart your computer.',
      '',
      '## Mobile',
      '',
      'Use the store.',
    ].join('\n');
    expect(fileSaying(text)).toBe('desktop.md');
  });

  it('input: the same in a VitePress ":::tabs" group with a ":::tip" box inside one tab → the line after the group is the section\'s; the tip\'s ":::" does not end the group', () => {
    const text = [
      '# Install',
      '',
      '## Desktop',
      '',
      'Pick your system.',
      '',
      ':::tabs',
      '== Windows',
      '### Download',
      '',
      'Get the installer.',
      '',
      '::: tip',
      'Run it as administrator.',
      ':::',
      '',
      '== macOS',
      '### Download',
      '',
      'Get the disk image.',
      ':::',
      '',
      'After installing, restart your computer.',
      '',
      '## Mobile',
      '',
      'Use the store.',
    ].join('\n');
    expect(fileSaying(text)).toBe('desktop.md');
    const { report } = importGuide({ fileName: 'install.md', text, allowedHosts: [] });
    expect(report.topics.map((t) => t.title)).toContain('Download (macOS)');
  });
});

describe('GitBook steppers', () => {
  it('input: "{% stepper %}" of four "{% step %}" blocks each led by a "### …" heading, the first with code and a hint, three with no text under their heading → one numbered procedure in order, no step dropped as empty, no tag shown', () => {
    const { topics, report } = importGuide({
      fileName: 'ensure.md',
      text: [
        '# Ensure reporting',
        '',
        '## Verifying your configuration',
        '',
        '{% stepper %}',
        '{% step %}',
        '### Add a test ensure to your code',
        '',
        '```cpp',
        'ensure(false && "test");',
        '```',
        '',
        '{% hint style="info" %}',
        'Use a packaged build.',
        '{% endhint %}',
        '{% endstep %}',
        '',
        '{% step %}',
        '### Run your packaged build',
        '{% endstep %}',
        '',
        '{% step %}',
        '### Check your dashboard for the report',
        '{% endstep %}',
        '',
        '{% step %}',
        'Remove the test ensure once confirmed.',
        '{% endstep %}',
        '{% endstepper %}',
        '',
        'Reports arrive within a minute.',
      ].join('\n'),
      allowedHosts: [],
    });
    const text = topics.find((t) => t.file === 'verifying-your-configuration.md')!.text;
    expect(text).toMatch(
      /1\. \*\*Add a test ensure to your code\*\*\n\s+```cpp\n\s+ensure\(false && "test"\);\n\s+```[\s\S]*\*\*Info:\*\* Use a packaged build\.\n2\. \*\*Run your packaged build\*\*\n3\. \*\*Check your dashboard for the report\*\*\n4\. Remove the test ensure once confirmed\./,
    );
    expect(text).toContain('Reports arrive within a minute.');
    expect(text).not.toMatch(/\{%|endstep/);
    expect(report.emptySections.filter((e) => e.action === 'skipped')).toEqual([]);
  });
});

describe('a list nested in a step’s nested list', () => {
  it('input: "1. Move all data off" holding "- Select the disks" over "  - In 7.2.0, data is hidden." two spaces deeper, then "- Start the array" → the 7.2.0 note stays under "Select the disks", not one more item beside it', () => {
    const { topics } = importGuide({
      fileName: 'convert.md',
      text: [
        '# Convert',
        '',
        '1. Move all data off. Use one of these methods:',
        '',
        '   - Stop the array',
        '   - Select the disks to empty.',
        '     - In 7.2.0, data is hidden.',
        '     - In 7.2.1, data stays.',
        '   - Start the array',
        '',
        '2. Format the drive.',
        '',
      ].join('\n'),
      allowedHosts: [],
    });
    expect(topics[0]!.text).toContain(
      [
        '   - Stop the array',
        '   - Select the disks to empty.',
        '     - In 7.2.0, data is hidden.',
        '     - In 7.2.1, data stays.',
        '   - Start the array',
        '2. Format the drive.',
      ].join('\n'),
    );
  });
});
