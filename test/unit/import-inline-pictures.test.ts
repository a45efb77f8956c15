import { describe, expect, it } from 'vitest';
import { importGuide } from '../../src/core/import/import-guide.js';

/** The steps of the guide's one topic, as a member reads them. */
const stepsOf = (fileName: string, text: string) => importGuide({ fileName, text, allowedHosts: [] }).topics[0]!.text;

describe('a picture inside a sentence (an icon the member taps)', () => {
  it('input: Markdown and HTML icons, one in a gap with alt text, one without, one beside its label, one in brackets → its alt text in the gap, no hole, no " ,", no double space, no "()"', () => {
    const text = stepsOf(
      'guide.md',
      [
        '# Photos',
        '',
        '1. Tap the ![Share button](share.png) button under the photo.',
        '2. To keep a copy, tap ![](save.png), then choose **Save**.',
        '3. Press <img src="menu.svg" alt="Menu"> to open the menu.',
        '4. Click the **Zoom In** button ![The Zoom In tool](zoom.png) until the faces show.',
        '5. Tap the **arrow** (<img src="back.svg" alt="back" class="icon"/>) in the corner.',
        '',
      ].join('\n'),
    );
    // Before: "Tap the  button under the photo.", "tap , then", "Press  to open", "button  until", "**arrow** () in".
    expect(text).toContain('1. Tap the Share button under the photo.');
    expect(text).toContain('2. To keep a copy, tap, then choose **Save**.');
    expect(text).toContain('3. Press Menu to open the menu.');
    expect(text).toContain('4. Click the **Zoom In** button until the faces show.');
    expect(text).toContain('5. Tap the **arrow** in the corner.');
  });

  it('input: reST image substitutions without alt text, "tap |save-icon|, then", "press |icon02| to", "the **Print** icon |print|." → "tap save icon, then", "press to", "the **Print** icon."', () => {
    const text = stepsOf(
      'guide.rst',
      [
        'Files',
        '=====',
        '',
        '#. To keep a file, tap |save-icon|, then choose Save.',
        '#. Press |icon02| to open the menu.',
        '#. Print it with the **Print** icon |print|.',
        '',
        '.. |save-icon| image:: save.png',
        '.. |icon02| image:: menu.png',
        '   :width: 16',
        '.. |print| image:: print.png',
        '',
      ].join('\n'),
    );
    // Before: "tap, then choose Save." (the icon's name, which says what to tap, was dropped).
    expect(text).toContain('1. To keep a file, tap save icon, then choose Save.');
    expect(text).toContain('2. Press to open the menu.');
    expect(text).toContain('3. Print it with the **Print** icon.');
  });

  it('input: GitBook pictures whose address in angle brackets holds spaces and parentheses, "![](<assets/image (12) (1).png>)" in a sentence and alone on a line → nothing of the address left', () => {
    const text = stepsOf(
      'guide.md',
      [
        '# Clicks',
        '',
        '1. Select the click and press the ![](<../.gitbook/assets/image (12) (1).png>) **Silence button**.',
        '',
        'Check the level control on the sound card.',
        '',
        '![A sound card with its level control](<../.gitbook/assets/sound card (1).jpg>)',
        '',
        'Record again.',
        '',
      ].join('\n'),
    );
    // Before: "press the  (1).png>) **Silence button**." and a step of its own reading ".jpg>)".
    expect(text).toContain('1. Select the click and press the **Silence button**.');
    expect(text).not.toContain('>)');
  });

  it('input: a linked GitBook picture "[![Get it on F-Droid](<../.gitbook/assets/get it (1).png>)](https://f-droid.example.org/app)" → the link, labelled by the alt text, nothing of the address left', () => {
    const text = importGuide({
      fileName: 'guide.md',
      text: [
        '# Install',
        '',
        '1. Download the app: [![Get it on F-Droid](<../.gitbook/assets/get it (1).png>)](https://f-droid.example.org/app)',
        '2. Open it.',
        '',
      ].join('\n'),
      allowedHosts: ['f-droid.example.org'],
    }).topics[0]!.text;
    // Before: "Download the app: [](https://f-droid.example.org/app)", a link with no words: the picture went on its own
    // and took the alt text with it.
    expect(text).toContain('1. Download the app: [Get it on F-Droid](https://f-droid.example.org/app)\n2. Open it.');
  });
});
