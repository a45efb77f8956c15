import { describe, expect, it } from 'vitest';
import { importGuide } from '../../src/core/import/import-guide.js';

describe('tables that only set screenshots side by side', () => {
  it('input: a row "| ![Android](a.jpg){:.framed} | | ![iOS](i.jpg){:.framed} |" between two paragraphs → no "| | | |" step', () => {
    const { topics } = importGuide({
      fileName: 'whathow.md',
      text: '# What OwnTracks does\n\nThe app waits for the phone to tell it that it moved.\n\n| ![Android map](a.jpg){:.framed} | | ![Android detail](d.jpg){:.framed} |\n\nRead this bit again.\n',
      allowedHosts: [],
    });
    const text = topics[0]!.text;
    expect(text).not.toMatch(/^\s*\d+\.\s*\|/m);
    expect(text).toContain('1. The app waits for the phone to tell it that it moved.\n2. Read this bit again.');
  });

  it('input: a step over a table whose header names two screenshots and whose rows hold only them (one column too) → the step alone, no empty table', () => {
    const { topics } = importGuide({
      fileName: 'android.md',
      text: [
        '# Android app setup',
        '',
        '- Tap publish',
        '',
        '    | Android | iOS |',
        '    | :-----: | :-: |',
        '    | ![Android](a.jpg){:.framed} | ![iOS](i.jpg) |',
        '    | ![Android](b.jpg){:.framed} | |',
        '',
        '- Click on the hamburger to access the menu',
        '',
        '    |        |',
        '    | :------: |',
        '    | ![Menu](m.png){:.framed} |   ',
        '',
        '- Done.',
        '',
        '| Feature | iOS |',
        '| --- | --- |',
        '| ![pin](p.png) Pins | Y |',
        '',
      ].join('\n'),
      allowedHosts: [],
    });
    const text = topics[0]!.text;
    expect(text).toContain('1. Tap publish\n2. Click on the hamburger to access the menu\n3. Done.');
    // A row with words besides its picture keeps the table.
    expect(text).toContain('| Feature | iOS |');
    expect(text).toContain('Pins | Y |');
  });
});
