import { describe, expect, it } from 'vitest';
import { importGuide } from '../../src/core/import/import-guide.js';

// Adapted from Jellyfin's docs (jellyfin/jellyfin.org@04dc6a60fd7045474ac40b1cac962947a4a9b4a9,
// docs/general/installation/container.md): a ":::warning" box whose list names what is broken.
describe('a Docusaurus box that holds a bullet list', () => {
  const page = (box: string[]) =>
    [
      '# Container',
      '',
      '## Installation Instructions',
      '',
      ':::warning',
      '',
      'If you wish to use Windows or macOS, please install Jellyfin natively instead.',
      '',
      ...box,
      '',
      'You WILL NOT receive any support for running Jellyfin in a Container on other platforms.',
      '',
      ':::',
      '',
      'Replace `uid:gid` if you want to run jellyfin as a specific user/group.',
      '',
      '### Docker',
      '',
      'Run the container.',
      '',
    ].join('\n');

  it('input: ":::warning" over a paragraph, "- Hardware Accelerated Transcoding" / "- Scanning on macOS in Docker" and ":::" → the list stays in the box, not the section\'s steps "1. Hardware Accelerated Transcoding" and its summary', () => {
    const { topics } = importGuide({
      fileName: 'container.md',
      text: page([
        'Some features are known to be broken in a Container, Notably:',
        '',
        '- Hardware Accelerated Transcoding',
        '- Scanning on macOS in Docker',
      ]),
      allowedHosts: [],
    });
    const text = topics.find((t) => t.file === 'installation-instructions.md')!.text;
    expect(text).toContain('summary: Replace uid:gid if you want to run jellyfin');
    expect(text).toContain('Notably:\n- Hardware Accelerated Transcoding\n- Scanning on macOS in Docker');
    expect(text).not.toContain('1. Hardware Accelerated Transcoding');
    // The section's steps are its sub-sections again, as for any section with them.
    expect(text).toContain('1. **Docker**: Run the container.');
  });

  it('input: the same box holding a numbered list ("1. Open Settings") → still the section\'s steps', () => {
    const { topics } = importGuide({
      fileName: 'container.md',
      text: page(['To switch:', '', '1. Open Settings.', '2. Choose Native.']),
      allowedHosts: [],
    });
    const text = topics.find((t) => t.file === 'installation-instructions.md')!.text;
    expect(text).toContain('1. Open Settings.\n2. Choose Native.');
  });
});
