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
