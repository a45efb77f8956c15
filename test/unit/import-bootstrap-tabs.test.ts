import { describe, expect, it } from 'vitest';
import { importGuide } from '../../src/core/import/import-guide.js';

/**
 * A Jekyll page with Bootstrap tabs, in the shape of Bitwarden's help site (bitwarden/help at
 * 18aa730c0156f7e25da39ad81bf13809b13471c6, _articles/features/folders.md), shortened and reworded: a tab bar, then a
 * "tab-content" div of one "tab-pane" div per app, each opening on a heading, then a callout box below the tabs.
 */
const page = [
  '---',
  'title: Folders',
  '---',
  '',
  'Folders gather your items.',
  '',
  '## Create a folder',
  '',
  'Folders can be made from any app:',
  '',
  '<ul class="nav nav-tabs" id="myTab" role="tablist">',
  '  <li class="nav-item" role="presentation">',
  '    <a class="nav-link active" id="wvtab" data-target="#webvault" role="tab">Web Vault</a>',
  '  </li>',
  '  <li class="nav-item" role="presentation">',
  '    <a class="nav-link" id="desktab" data-target="#desktop" role="tab">Desktop</a>',
  '  </li>',
  '</ul>',
  '<div class="tab-content" id="clientsContent">',
  '  <div class="tab-pane show active" id="webvault" role="tabpanel">',
  '{% capture web_vault %}',
  '### Web Vault',
  '',
  'Select the **Add** icon in the Folders list.',
  '',
  '<div class="note">',
  'Renaming works the same way.',
  '</div>',
  '',
  '{% endcapture %}',
  '{{ web_vault | markdownify}}',
  '  </div>',
  '  <div class="tab-pane" id="desktop" role="tabpanel">',
  '{% capture desktop_info %}',
  '### Install the app first',
  '',
  'Then select **File** → **New folder**.',
  '',
  '{% endcapture %}',
  '{{ desktop_info | markdownify}}',
  '  </div>',
  '</div>',
  '',
  '{% callout info %}',
  'Collections are shown below your folders.',
  '{% endcallout %}',
  '',
  '## Nested folders',
  '',
  'Folders can hold folders.',
  '',
].join('\n');

describe('Bootstrap tab panes in a Jekyll page', () => {
  it('input: a "tab-content" div of two "tab-pane" divs (one holding a div of its own), each opening on a heading, then a callout → the callout is the section\'s that holds the tabs, not the last tab\'s; a pane\'s heading names its tab', () => {
    // Before: "Note: Collections are shown below your folders." ended "Install the app first", the last tab's topic,
    // and that topic named no app.
    const { topics, report } = importGuide({ fileName: 'folders.md', text: page, allowedHosts: [] });
    const text = (title: string) => topics[report.topics.findIndex((t) => t.title === title)]!.text;
    expect(report.topics.map((t) => [t.heading, t.title])).toEqual([
      ['Folders', 'Folders'],
      ['Create a folder', 'Create a folder'],
      ['Web Vault', 'Web Vault'],
      ['Install the app first', 'Install the app first (Desktop)'],
      ['Nested folders', 'Nested folders'],
    ]);
    expect(text('Create a folder')).toContain('Collections are shown below your folders.');
    expect(text('Install the app first (Desktop)')).not.toContain('Collections');
    expect(text('Web Vault')).toContain('Renaming works the same way.');
    expect(text('Install the app first (Desktop)')).not.toContain('Renaming');
  });

  it('input: the same panes on two sections, each opening on "### Web Vault" in the "Web Vault" tab → told apart by their sections, never "Web Vault (Web Vault)"', () => {
    const twice = page.replace(
      '## Nested folders',
      page.slice(page.indexOf('## Create a folder')).replace('Create a folder', 'Move items'),
    );
    const { report } = importGuide({ fileName: 'folders.md', text: twice, allowedHosts: [] });
    const titles = report.topics.map((t) => t.title);
    expect(titles).toContain('Web Vault (Create a folder)');
    expect(titles).toContain('Web Vault (Move items)');
    expect(titles.some((t) => t.includes('Web Vault (Web Vault'))).toBe(false);
  });

  it('input: the tab bar "<ul class="nav nav-tabs">" of links "Web Vault" and "Desktop" over the panes → no code block of the tabs\' names in the section', () => {
    // Before: "```\nWeb Vault\nDesktop\n```" under "Folders can be made from any app:", the links' words four spaces in.
    const { topics, report } = importGuide({ fileName: 'folders.md', text: page, allowedHosts: [] });
    const text = topics[report.topics.findIndex((t) => t.title === 'Create a folder')]!.text;
    expect(text).not.toContain('```');
    expect(text).not.toMatch(/^\s*Desktop\s*$/m);
    expect(text).toContain('Folders can be made from any app:');
  });
});
