import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readGuidePages } from '../../src/app/guide-pages.js';
import { importGuidePages } from '../../src/core/import/import-guide.js';

const root = mkdtempSync(join(tmpdir(), 'stepwise-translate-tags-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const write = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};

/** A map app's page (OsmAnd's shape) naming the app's menu words by their string ids. */
const PAGE = [
  '---',
  'title: Configure map',
  '---',
  '',
  "import Translate from '@site/src/components/Translate.js';",
  '',
  '## Overview',
  '',
  'The **<Translate android="true" ids="configure_map"/>** menu is divided into two categories.',
  '',
  '## Customization',
  '',
  'Go to: *<Translate android="true" ids="shared_string_menu,configure_profile,ui_customization"/>*',
  '',
  '```jsx',
  '<Translate ids="configure_map"/>',
  '```',
  '',
].join('\n');

const topicText = (topics: ReadonlyArray<{ text: string }>, title: string) =>
  topics.find((t) => t.text.includes(`title: ${title}`))!.text;

describe('<Translate ids="…"/> tags (OsmAnd docs) read as the words the site shows', () => {
  it('input: a docs folder in a Docusaurus site whose src/translations/android-values.json holds the ids (a French table beside it) → "The **Configure map** menu…", "Go to: *Menu → Configure profile → UI Customization*", the tag in code kept', async () => {
    write('site/docusaurus.config.js', 'module.exports = {};\n');
    write(
      'site/src/translations/android-values.json',
      '{ "configure_map": "Configure map", "shared_string_menu": "Menu", "configure_profile": "Configure profile", "ui_customization": "UI Customization" }',
    );
    write('site/src/translations/android-values-fr.json', '{ "configure_map": "Configurer la carte" }');
    write('site/docs/user/map/configure-map.md', PAGE);
    const files = await readGuidePages(join(root, 'site', 'docs', 'user'));
    const { topics } = importGuidePages({ folderName: 'maps', files, allowedHosts: [] });
    expect(topicText(topics, 'Overview')).toContain('The **Configure map** menu is divided into two categories.');
    const steps = topicText(topics, 'Customization');
    expect(steps).toContain('Go to: *Menu → Configure profile → UI Customization*');
    expect(steps).toContain('<Translate ids="configure_map"/>');
  });

  it('input: the same page imported alone (no string tables) → each id as its words, no empty "****" in the sentence', () => {
    const { topics } = importGuidePages({
      folderName: 'maps',
      files: [{ fileName: 'configure-map.md', text: PAGE }],
      allowedHosts: [],
    });
    expect(topicText(topics, 'Overview')).toContain('The **configure map** menu is divided into two categories.');
    expect(topicText(topics, 'Customization')).toContain(
      'Go to: *shared string menu → configure profile → ui customization*',
    );
  });
});
