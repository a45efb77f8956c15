import { describe, expect, it } from 'vitest';
import { importGuide } from '../../src/core/import/import-guide.js';
import { buildKnowledge } from '../../src/core/knowledge/knowledge.js';
import { overviewChildren } from '../../src/core/search/topic-overview.js';
import type { Topic } from '../../src/core/knowledge/topic.js';

function importedTopics(markdown: string): Topic[] {
  const result = importGuide({ fileName: 'guide.md', text: markdown, allowedHosts: [] });
  const built = buildKnowledge({
    files: result.topics.map((t) => ({ name: t.file, text: t.text })),
    allowedHostsText: '',
  });
  if (!built.ok) throw new Error(JSON.stringify(built.errors));
  return built.knowledge.topics;
}

const overviewsOf = (topics: Topic[]) => {
  const children = overviewChildren(topics);
  return Object.fromEntries(
    topics.flatMap((t, i) =>
      children[i]!.length > 0 ? [[t.title, children[i]!.map((j) => topics[j]!.title).sort()]] : [],
    ),
  );
};

describe('overviews: topics whose steps point to sub-topics', () => {
  it('knows an imported section with only sub-sections under it as their overview (input: "Sharing" over two sub-sections)', () => {
    const topics = importedTopics(
      [
        '# Sharing',
        'You can share in two ways.',
        '## Share a folder',
        '1. Open the folder.',
        '2. Press Share and pick a person.',
        '## Folder permissions',
        '1. Open the share dialog.',
        '2. Choose read-only or edit for each person.',
      ].join('\n'),
    );
    expect(overviewsOf(topics)).toEqual({ Sharing: ['Folder permissions', 'Share a folder'] });
  });

  it('does not take a topic that mentions one other topic in bold for an overview (input: a "see also" step)', () => {
    const topics = importedTopics(
      [
        '# Reset a password',
        '1. Open **Settings**.',
        '2. Press Reset and follow **Sign in** afterwards.',
        '3. Check your mail.',
        '# Sign in',
        '1. Open the app.',
        '2. Type your name and password.',
      ].join('\n'),
    );
    expect(overviewsOf(topics)).toEqual({});
  });
});
