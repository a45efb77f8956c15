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

describe('Jekyll callout boxes', () => {
  it('input: "{% callout success %}If a login uses…{% endcallout %}" on one line, "8. Click **Finish**. {% callout warning %}Please note…" in a step, "{% callout info %}" over a box → each box labelled "Tip:", "Warning:", "Note:" as the site heads it, no tag left, no text lost', () => {
    const { topics } = importGuide({
      fileName: 'export.md',
      text: [
        '# Export',
        '',
        '{% callout info %}',
        'Autofill for Microsoft Edge requires the latest Chromium-based version.',
        '{% endcallout %}',
        '',
        '1. Open **File**.',
        '2. Click **Finish** to start the export. {% callout warning %}Please note that a `.csv` is written for **every** category.',
        '{% endcallout %}',
        '3. Close the app.',
        '',
        '{% callout success %}If a login uses TOTPs, the code is copied to your clipboard.{% endcallout %}',
        '',
      ].join('\n'),
      allowedHosts: [],
    });
    const text = topics[0]!.text;
    expect(text).toContain('**Note:** Autofill for Microsoft Edge requires the latest Chromium-based version.');
    expect(text).toMatch(
      /2\. Click \*\*Finish\*\* to start the export\.\n\s+\*\*Warning:\*\* Please note that a `\.csv` is written for \*\*every\*\* category\.\n3\. Close the app\./,
    );
    expect(text).toContain('**Tip:** If a login uses TOTPs, the code is copied to your clipboard.');
    expect(text).not.toMatch(/\{%|callout/);
  });

  it('input: a callout opening on its own bold title ("**When does a recovery code change?**") → the title stays a topic of its own, not "Note: When does…"', () => {
    const { report } = importGuide({
      fileName: 'recovery.md',
      text: [
        '# Recovery code',
        '',
        'Save your recovery code.',
        '',
        '{% callout info %}',
        '**When does a recovery code change?**',
        '',
        'Your recovery code will only change when you use it.',
        '{% endcallout %}',
        '',
      ].join('\n'),
      allowedHosts: [],
    });
    expect(report.topics.map((t) => t.title)).toContain('When does a recovery code change?');
  });
});

describe("Jekyll's image tag in a sentence", () => {
  it('input: "…of the last 5 passwords for every Login item:<br><br>{% image getting-started/pwhistory.png %}" → the sentence without the tag', () => {
    const { topics } = importGuide({
      fileName: 'history.md',
      text: '# Password history\n\nBitwarden keeps the last 5 passwords for every Login item:<br><br>{% image getting-started/pwhistory.png %}\n',
      allowedHosts: [],
    });
    expect(topics[0]!.text).toContain('Bitwarden keeps the last 5 passwords for every Login item:');
    expect(topics[0]!.text).not.toMatch(/\{%|pwhistory/);
  });
});
