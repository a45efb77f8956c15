import { describe, expect, it } from 'vitest';
import { importGuide } from '../../src/core/import/import-guide.js';

// Made up: a settings table written as a list-table and as a grid table, a cell holding a note, a picture, or both.
describe('a Sphinx directive inside a reStructuredText table cell', () => {
  it('input: list-table and grid cells "Keeps your files in step." over ".. note::" / "Only over Wi-Fi." and over ".. image:: …" with ":alt:", a cell opening on ".. image:: … :width: 200px" over "Picks light or dark." → "Keeps your files in step. Note: Only over Wi-Fi." and "Picks light or dark."; no ".. note::", no image path', () => {
    const { topics } = importGuide({
      fileName: 'settings.rst',
      text: [
        'Settings',
        '========',
        '',
        '.. list-table::',
        '   :header-rows: 1',
        '',
        '   * - Setting',
        '     - What it does',
        '   * - Sync',
        '     - Keeps your files in step.',
        '',
        '       .. note::',
        '          Only over Wi-Fi.',
        '',
        '       .. image:: /images/sync.png',
        '          :alt: Sync switch',
        '   * - Theme',
        '     - .. image:: /images/theme.png',
        '          :width: 200px',
        '',
        '       Picks light or dark.',
        '',
        '+----------+------------------------------+',
        '| Setting  | What it does                 |',
        '+==========+==============================+',
        '| Sync     | Keeps your files in step.    |',
        '|          |                              |',
        '|          | .. note::                    |',
        '|          |    Only over Wi-Fi.          |',
        '+----------+------------------------------+',
        '',
      ].join('\n'),
      allowedHosts: [],
    });
    const text = topics.map((t) => t.text).join('\n');
    // Before: "Sync     Keeps your files in step. .. note:: Only over Wi-Fi. .. image:: /images/sync.png :alt: Sync
    // switch", and the list-table's "Theme" row with nothing beside it.
    expect(text.match(/Sync {5}Keeps your files in step\. Note: Only over Wi-Fi\.\n/g)).toHaveLength(2);
    expect(text).toMatch(/Theme {4}Picks light or dark\.\n/);
    expect(text).not.toMatch(/\.\. (?:note|image)::|images\/|:alt:|:width:/);
  });
});
