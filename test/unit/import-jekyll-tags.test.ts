import { describe, expect, it } from 'vitest';
import { importGuide } from '../../src/core/import/import-guide.js';

describe("Jekyll's Font Awesome tags", () => {
  it('input: "tap the {% icon fa-cog %} **Settings** tab", "({% icon fa-star-o %} &rarr; {% icon fa-star %})" and "{% icon fa-ellipsis-v%} **Menu**" → "tap the **Settings** tab", no empty brackets, no tag', () => {
    const { topics } = importGuide({
      fileName: 'favorites.md',
      text: [
        '# Favorites',
        '',
        '1. Open the app and tap the {% icon fa-cog %} **Settings** tab.',
        '2. Select the {% icon fa-star-o %} **Favorite** icon. The icon will fill-in ({% icon fa-star-o %} &rarr; {% icon fa-star %}) when it is marked.',
        '3. Select the {% icon fa-ellipsis-v%} **Menu** button.',
        '',
      ].join('\n'),
      allowedHosts: [],
    });
    const text = topics[0]!.text;
    expect(text).toContain('1. Open the app and tap the **Settings** tab.');
    expect(text).toContain('2. Select the **Favorite** icon. The icon will fill-in when it is marked.');
    expect(text).toContain('3. Select the **Menu** button.');
    expect(text).not.toMatch(/\{%|icon fa-|\(\s*→?\s*\)/);
  });
});

describe("Jekyll's link tag", () => {
  it('input: "[URI]({% link _articles/features/uri-match-detection.md %})" → "URI", the words of a link to a page of the site', () => {
    const { topics } = importGuide({
      fileName: 'save.md',
      text: '# Save a login\n\nBitwarden saves the username, password, and [URI]({% link _articles/features/uri-match-detection.md %}) you entered.\n',
      allowedHosts: [],
    });
    expect(topics[0]!.text).toContain('Bitwarden saves the username, password, and URI you entered.');
    expect(topics[0]!.text).not.toMatch(/\{%|uri-match-detection/);
  });
});
