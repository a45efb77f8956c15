import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readGuidePages } from '../../src/app/guide-pages.js';
import { importGuidePages } from '../../src/core/import/import-guide.js';

const root = mkdtempSync(join(tmpdir(), 'stepwise-nav-titles-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

describe("MkDocs pages without a top heading are titled by mkdocs.yml's nav, as the site titles them", () => {
  it('input: nav "Intro: index.md", "What it does: guide/whathow.md" (headings from "##"), "JSON: tech/json.md" (text then "##"), an unlisted page, one with "# Apps" → "Intro", "What it does", "JSON", the file name, "Apps"', async () => {
    const site = join(root, 'booklet');
    write(site, {
      'mkdocs.yml':
        "site_name: Booklet\nnav:\n- Intro: 'index.md'\n- Guide:\n    - 'What it does': 'guide/whathow.md'\n    - 'Our apps': 'guide/apps.md'\n- API:\n    - 'JSON': 'tech/json.md'\n",
      'docs/index.md': 'OwnTracks is an Open Source project.\n\nIt publishes your location.\n',
      'docs/guide/whathow.md':
        '## What OwnTracks does\n\nThe app runs in the background.\n\n## More\n\nIt shows a map.\n',
      'docs/guide/apps.md': '# Apps\n\nInstall the app.\n\n## Further clients\n\nThere are more.\n',
      'docs/tech/json.md': 'OwnTracks uses JSON.\n\n## Types\n\nEach payload has a type.\n',
      'docs/tech/qr.md': '## Config QR URI\n\nScan it.\n\n## Beacon QR URI\n\nScan that.\n',
    });
    const pages = await readGuidePages(join(site, 'docs'));
    const { report } = importGuidePages({ folderName: 'docs', files: pages, allowedHosts: [] });
    const titles = report.topics.map((t) => t.title);
    expect(titles).toEqual([
      'Intro',
      'What it does',
      'What OwnTracks does',
      'More',
      'Apps',
      'Further clients',
      'JSON',
      'Types',
      'Qr guide',
      'Config QR URI',
      'Beacon QR URI',
    ]);
  });
});
