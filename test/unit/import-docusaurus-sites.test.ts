import { describe, expect, it } from 'vitest';
import { importGuide } from '../../src/core/import/import-guide.js';

describe('glossary terms of a Docusaurus remark plugin', () => {
  it('input: "%%WebGUI|web-gui%%" in prose and a heading, "%%VMs\\|vm%%" in a table row, "`%%i|x%%`" in code → members read "WebGUI" and "VMs"; the code keeps its text', () => {
    const { topics, report } = importGuide({
      fileName: 'vms.mdx',
      text: [
        '# Virtual machines',
        '',
        'Open the %%WebGUI|web-gui%% and pick a %%cache pool|cache-pool%%.',
        '',
        '## Step 3: Convert to a %%virtual disk|vdisk%% image',
        '',
        '| Component | Recommended for %%VMs\\|vm%% |',
        '| --- | --- |',
        '| CPU | 8 cores |',
        '',
        'Run `for %%i|x%% in (*) do echo %%i`.',
        '',
      ].join('\n'),
      allowedHosts: [],
    });
    expect(report.topics.map((t) => t.title)).toEqual(['Virtual machines', 'Step 3: Convert to a virtual disk image']);
    const text = topics.map((t) => t.text).join('\n');
    expect(text).toContain('Open the WebGUI and pick a cache pool.');
    expect(text).toContain('| Component | Recommended for VMs |');
    expect(text).toContain('`for %%i|x%% in (*) do echo %%i`');
    expect(text).not.toContain('web-gui');
  });

  it('input: a glossary page holding only "%%RemarkAutoGlossary::list\\_all%%" → no topic shows the tag', () => {
    const { topics } = importGuide({
      fileName: 'glossary.mdx',
      text: ['# Glossary', '', 'Terms used on this site.', '', '%%RemarkAutoGlossary::list\\_all%%', ''].join('\n'),
      allowedHosts: [],
    });
    expect(topics.map((t) => t.text).join('\n')).not.toContain('RemarkAutoGlossary');
  });
});

describe('headings written in HTML inside Docusaurus tabs', () => {
  it('input: two <TabItem>s ("Linux", "Windows") each holding "<h4>Step 1: …</h4>" and "<h4>Step 2: Finish</h4>" → each heading is a topic as a "####" line would be, named by its tab; no "**Linux:** Step 1" line', () => {
    const { topics, report } = importGuide({
      fileName: 'convert.mdx',
      text: [
        "import Tabs from '@theme/Tabs';",
        "import TabItem from '@theme/TabItem';",
        '',
        '# Convert a disk',
        '',
        'To convert a disk:',
        '',
        '<Tabs>',
        '  <TabItem value="Linux" label="Linux" default>',
        '    <h4>Step 1: Prepare the disk</h4>',
        '',
        '    1. Connect the disk.',
        '    2. Start the array.',
        '',
        '    <h4>Step 2: Finish</h4>',
        '',
        '    Wait for the copy to complete.',
        '',
        '  </TabItem>',
        '  <TabItem value="Windows" label="Windows">',
        '    <h4>Step 1: Edit the XML</h4>',
        '',
        '    - Click **Edit XML**.',
        '',
        '    <h4>Step 2: Finish</h4>',
        '',
        '    Start the VM.',
        '',
        '  </TabItem>',
        '</Tabs>',
        '',
      ].join('\n'),
      allowedHosts: [],
    });
    expect(report.topics.map((t) => t.title)).toEqual([
      'Convert a disk',
      'Step 1: Prepare the disk (Linux)',
      'Step 2: Finish (Linux)',
      'Step 1: Edit the XML (Windows)',
      'Step 2: Finish (Windows)',
    ]);
    const text = topics.map((t) => t.text).join('\n');
    expect(text).not.toContain('**Linux:**');
    expect(text).not.toContain('<h4>');
  });
});

describe('an HTML table whose cell holds <code> with entities', () => {
  it('input: a <table> cell "e.g. <code>&lt;script data-domain=&quot;new.com&quot;&gt;</code>" → the cell shows `<script data-domain="new.com">`, as the page does, not "&lt;…&gt;" nor an empty code span', () => {
    const { topics } = importGuide({
      fileName: 'change-domain.md',
      text: [
        '# Change your domain',
        '',
        '<table>',
        '  <tr>',
        '    <th>Installation type</th>',
        '    <th>Required action</th>',
        '  </tr>',
        '  <tr>',
        '    <td><b>Legacy snippet</b></td>',
        '    <td>Update the attribute, e.g. <code>&lt;script data-domain=&quot;new.com&quot;&gt;</code></td>',
        '  </tr>',
        '</table>',
        '',
      ].join('\n'),
      allowedHosts: [],
    });
    const text = topics.map((t) => t.text).join('\n');
    expect(text).toContain('| **Legacy snippet** | Update the attribute, e.g. `<script data-domain="new.com">` |');
    expect(text).not.toContain('&lt;');
  });
});
