import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadLanguageReaders } from '../../src/app/language-readers.js';
import { loadKnowledge } from '../../src/app/knowledge-folder.js';
import { readGuideCorpus } from '../../src/cli/guide-corpus.js';
import { runInProcess } from '../../src/cli/cli.js';
import { main as kbImport } from '../../src/cli/kb-import.js';
import { Assistant } from '../../src/core/assistant.js';
import { buildKnowledge } from '../../src/core/knowledge/knowledge.js';
import { formatKnowledgeError } from '../../src/core/knowledge/knowledge-source.js';
import { prepareGuide } from '../../src/core/learn/guide-eval.js';
import { topicsReply } from '../../src/discord/replies.js';

/**
 * A knowledge folder is read file by file in name order; an imported manual has its own order (Getting started
 * first, Troubleshooting last). kb:import writes each topic's place, and the folder is served in it: /topics lists
 * the guide as written, and what the evaluation measured in memory is what the folder serves from disk.
 */

const root = mkdtempSync(join(tmpdir(), 'stepwise-order-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const topic = (id: string, order?: number) =>
  `---\nid: ${id}\ntitle: ${id} topic\n${order === undefined ? '' : `order: ${order}\n`}---\n1. Do the ${id} thing.\n`;

describe('the guide’s order', () => {
  it('topics come by `order`, lowest first; those without one follow by file name (input: b 2, c 1, a and d without)', () => {
    const built = buildKnowledge({
      files: [
        { name: 'a.md', text: topic('a') },
        { name: 'b.md', text: topic('b', 2) },
        { name: 'c.md', text: topic('c', 1) },
        { name: 'd.md', text: topic('d') },
      ],
      allowedHostsText: '',
    });
    expect(built.ok && built.knowledge.topics.map((t) => t.id)).toEqual(['c', 'b', 'a', 'd']);
  });

  it('an order that is not a number is one clear FILE:LINE message (input: "order: first")', () => {
    const built = buildKnowledge({
      files: [{ name: 'a.md', text: '---\nid: a\ntitle: a topic\norder: first\n---\n1. Do it.\n' }],
      allowedHostsText: '',
    });
    expect(built.ok).toBe(false);
    if (!built.ok)
      expect(built.errors.map(formatKnowledgeError)).toEqual([
        'a.md:4: front matter "order": must be a number, e.g. order: 12',
      ]);
  });

  it('kb:import’s folder, loaded from disk, lists the guide in its own order in /topics (input: sections Zebra mode, Apple sync, Mango backup)', async () => {
    const guide = join(root, 'guide.md');
    writeFileSync(
      guide,
      [
        '# Garden app',
        '## Zebra mode',
        '1. Open **Settings**.\n2. Turn on **Zebra mode**.',
        '## Apple sync',
        '1. Open **Sync**.\n2. Choose **Apple**.',
        '## Mango backup',
        '1. Open **Backup**.\n2. Tap **Mango**.',
        '',
      ].join('\n\n'),
    );
    const out = join(root, 'kb');
    expect((await runInProcess(kbImport, [guide, '--out', out])).code).toBe(0);
    const loaded = await loadKnowledge(out);
    if (!loaded.ok) throw new Error(loaded.errors.map(formatKnowledgeError).join('\n'));
    const titles = loaded.knowledge.topics.map((t) => t.title);
    expect(titles.slice(-3)).toEqual(['Zebra mode', 'Apple sync', 'Mango backup']);
    const listed = JSON.stringify(topicsReply(loaded.knowledge).embeds);
    expect(listed.indexOf('Zebra mode')).toBeLessThan(listed.indexOf('Apple sync'));
    expect(listed.indexOf('Apple sync')).toBeLessThan(listed.indexOf('Mango backup'));
  });

  it('the folder kb:import writes decides every labelled question as the evaluation does in memory (input: the syncthing corpus guide and its 97 questions)', async () => {
    await loadLanguageReaders();
    const [source] = (await readGuideCorpus('test/data/guides')).filter((g) => g.name === 'syncthing');
    const inMemory = prepareGuide({ ...source!, cases: [] }).assistant;
    const out = join(root, 'syncthing');
    expect((await runInProcess(kbImport, ['test/data/guides/syncthing/guide.rst', '--out', out])).code).toBe(0);
    const loaded = await loadKnowledge(out);
    if (!loaded.ok) throw new Error(loaded.errors.map(formatKnowledgeError).join('\n'));
    const fromDisk = new Assistant(loaded.knowledge);
    const seen = (a: Assistant, q: string) => {
      const d = a.ask(q);
      return `${d.action} ${d.topic?.id ?? '-'} ${d.alternatives.map((t) => t.id).join(',')}`;
    };
    const differing = source!.cases.filter((c) => seen(inMemory, c.q) !== seen(fromDisk, c.q));
    expect(source!.cases.length).toBeGreaterThan(80);
    expect(differing.map((c) => c.q)).toEqual([]);
  }, 60_000);
});
