import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readGuidePages } from '../../src/app/guide-pages.js';

const root = mkdtempSync(join(tmpdir(), 'stepwise-docusaurus-exclude-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const write = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};

describe('files a Docusaurus config excludes from its docs', () => {
  it('input: docusaurus.config.ts beside docs/ with `exclude: ["**/partials/**"]`, a page importing one partial and a partial no page imports → the page (with its partial written in) is the only page; the orphan partial is no topic', async () => {
    write(
      'site/docusaurus.config.ts',
      'export default { presets: [["classic", { docs: { routeBasePath: "/", exclude: ["**/partials/**"] } }]] };\n',
    );
    write(
      'site/docs/storage/parity.mdx',
      "import SwapWhen from './partials/swap-when.mdx';\n\n# Parity\n\n## When to swap\n\n<SwapWhen />\n",
    );
    write('site/docs/storage/partials/swap-when.mdx', 'Swap parity when the new disk is larger.\n');
    write('site/docs/storage/partials/swap-what.mdx', 'A parity swap copies parity first.\n');
    const pages = await readGuidePages(join(root, 'site', 'docs'));
    expect(pages.map((p) => p.fileName)).toEqual(['storage/parity.mdx']);
    expect(pages[0]!.text).toContain('Swap parity when the new disk is larger.');
    // The repository imported whole: the patterns are matched from its docs folder, as Docusaurus does.
    expect((await readGuidePages(join(root, 'site'))).map((p) => p.fileName)).toEqual(['docs/storage/parity.mdx']);
  });

  it('input: the same folder with no docusaurus.config → the orphan partial stays a page, as Docusaurus would build it', async () => {
    write('bare/docs/storage/parity.mdx', '# Parity\n\nText.\n');
    write('bare/docs/storage/partials/swap-what.mdx', 'A parity swap copies parity first.\n');
    expect((await readGuidePages(join(root, 'bare', 'docs'))).map((p) => p.fileName)).toEqual([
      'storage/parity.mdx',
      'storage/partials/swap-what.mdx',
    ]);
  });
});
