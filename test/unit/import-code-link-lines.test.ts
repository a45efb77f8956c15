import { describe, expect, it } from 'vitest';
import { importGuide } from '../../src/core/import/import-guide.js';

// Made up after F-Droid's FAQ, "Why does F-Droid need these permissions?": each permission a link to Android's
// reference, written in HTML code text (<tt>) or in a Markdown code span.
describe('a line that is only a refused link whose words are code', () => {
  it('input: "<tt><a href=…>android.permission.INTERNET</a></tt>", two such lines joined by <br/>, "[`android.permission.NFC`](…)" and a lone "[Login here](…)" → the permission names stay, as code; "Login here" goes', () => {
    const { topics } = importGuide({
      fileName: 'faq.md',
      text: [
        '# FAQ',
        '',
        '## Why does the app need these permissions?',
        '',
        'Download apps from app repositories:',
        '',
        '<tt><a href="https://developer.example.com/ref#INTERNET" target="_blank">android.permission.INTERNET</a></tt>',
        '',
        'Swap apps with a nearby phone:',
        '',
        '<tt><a href="https://developer.example.com/ref#BLUETOOTH">android.permission.BLUETOOTH</a></tt><br/>',
        '<tt><a href="https://developer.example.com/ref#BLUETOOTH_SCAN">android.permission.BLUETOOTH_SCAN</a></tt>',
        '',
        'Read repository details from a tag:',
        '',
        '[`android.permission.NFC`](https://developer.example.com/ref#NFC)',
        '',
        'Manage your account on the website.',
        '',
        '[Login here](https://login.example.com/)',
        '',
      ].join('\n'),
      allowedHosts: [],
    });
    const text = topics.find((t) => t.file === 'why-does-the-app-need-these-permissions.md')!.text.split('---\n')[2]!;
    // Before: "Download apps from app repositories: <link removed>", and no permission named at all.
    for (const name of ['INTERNET', 'BLUETOOTH', 'BLUETOOTH_SCAN', 'NFC'])
      expect(text).toContain(`\`android.permission.${name}\``);
    expect(text).not.toContain('<link removed>');
    expect(text).not.toContain('developer.example.com');
    expect(text).not.toContain('Login here');
  });
});
