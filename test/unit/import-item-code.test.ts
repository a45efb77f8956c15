import { describe, expect, it } from 'vitest';
import { importGuide } from '../../src/core/import/import-guide.js';

describe('indented code inside a list item (MkDocs: eight spaces under the step)', () => {
  it('input: "1. ensure … by running" over "        $ hostnamectl" lines, a nested list whose YAML sits deeper, and "<username>" in the code → each step holds its code block, lines kept apart and as written', () => {
    const { topics } = importGuide({
      fileName: 'setup.md',
      text: [
        '# Launching quicksetup',
        '',
        '1. ensure you are running a supported operating system by running',
        '',
        '        $ hostnamectl',
        '        ...',
        '        Operating System: Debian GNU/Linux 12 (bookworm)',
        '',
        '2. the configuration file requires the following settings:',
        '',
        '      - `friends` is an array of users.',
        '',
        '              friends:',
        '                - { tid: JJ, username: jane }',
        '',
        '        each line describes a _friend_.',
        '',
        '3. check the password:',
        '',
        '        $ cat /usr/local/owntracks/userdata/<username>.pass',
        '',
      ].join('\n'),
      allowedHosts: [],
    });
    const text = topics[0]!.text;
    expect(text).toContain(
      '1. ensure you are running a supported operating system by running\n   ```\n   $ hostnamectl\n   ...\n   Operating System: Debian GNU/Linux 12 (bookworm)\n   ```',
    );
    expect(text).toContain(
      '   ```\n   friends:\n     - { tid: JJ, username: jane }\n   ```\n   each line describes a _friend_.',
    );
    expect(text).toContain('   $ cat /usr/local/owntracks/userdata/<username>.pass');
  });

  it('input: an https address in an item\'s indented command → "<link removed>" in the command, not dropped from it as from a sentence', () => {
    const { topics } = importGuide({
      fileName: 'setup.md',
      text: '# Setup\n\n1. clone our repository.\n\n        $ git clone --depth=1 https://github.com/owntracks/quicksetup\n\n2. go on.\n',
      allowedHosts: [],
    });
    expect(topics[0]!.text).toContain('   $ git clone --depth=1 <link removed>\n');
  });

  it('input: a picture six spaces under "- live map" and a table five in → the item\'s, not code', () => {
    const { topics } = importGuide({
      fileName: 'test.md',
      text: '# Test\n\n- live map\n\n      ![map](map.png)\n\n- tap publish\n\n     | Android | iOS |\n     | --- | --- |\n     | up | up |\n',
      allowedHosts: [],
    });
    const text = topics[0]!.text;
    expect(text).not.toContain('```');
    expect(text).toContain('| Android | iOS |');
  });
});
