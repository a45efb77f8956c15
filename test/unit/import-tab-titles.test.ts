import { describe, expect, it } from 'vitest';
import { importGuide } from '../../src/core/import/import-guide.js';
import { loadLanguageReaders } from '../../src/app/language-readers.js';

describe('headings inside tabs that each tab words differently', () => {
  it('input: Docusaurus <Tabs> "Android" / "iOS", each with its own sub-headings ("Turn on notifications", "Allow notifications", "Android 14 and later") → every title names its tab, unless it names it already; headings stay as written', () => {
    // Before: "Turn on notifications" and "Allow notifications" reached members as two buttons with no platform:
    // the tab's name was kept only for a heading both tabs repeat ("Troubleshooting (Android)").
    const { report } = importGuide({
      fileName: 'notifications.mdx',
      text: [
        "import Tabs from '@theme/Tabs';",
        "import TabItem from '@theme/TabItem';",
        '',
        '# Notifications',
        '',
        'Pick your phone.',
        '',
        '<Tabs>',
        '  <TabItem value="android" label="Android">',
        '',
        '### Turn on notifications',
        '',
        'Open **Settings > Apps > Notifications** and switch them on.',
        '',
        '### Android 14 and later',
        '',
        'Grant the notification permission when the app asks.',
        '',
        '### Troubleshooting',
        '',
        'Turn off battery optimisation for the app.',
        '',
        '  </TabItem>',
        '  <TabItem value="ios" label="iOS">',
        '',
        '### Allow notifications',
        '',
        'Open **Settings > Notifications** and allow them.',
        '',
        '### Troubleshooting',
        '',
        'Turn on Background App Refresh.',
        '',
        '  </TabItem>',
        '</Tabs>',
        '',
      ].join('\n'),
      allowedHosts: [],
    });
    expect(report.topics.map((t) => [t.heading, t.title])).toEqual([
      ['Notifications', 'Notifications'],
      ['Turn on notifications', 'Turn on notifications (Android)'],
      ['Android 14 and later', 'Android 14 and later'],
      ['Troubleshooting', 'Troubleshooting (Android)'],
      ['Allow notifications', 'Allow notifications (iOS)'],
      ['Troubleshooting', 'Troubleshooting (iOS)'],
    ]);
  });

  it('input: GitBook tabs "Windows" / "macOS" with bold sub-headings "**Install:**" and "**Drag to Applications:**" → each title names its tab', () => {
    // Before: "Install" and "Drag to Applications" named no system.
    const { report } = importGuide({
      fileName: 'install.md',
      text: [
        '# Desktop app',
        '',
        '{% tabs %}',
        '{% tab title="Windows" %}',
        'Get the installer from the download page.',
        '',
        '**Install:**',
        '',
        'Run the installer.',
        '{% endtab %}',
        '',
        '{% tab title="macOS" %}',
        'Get the disk image from the download page.',
        '',
        '**Drag to Applications:**',
        '',
        'Open the disk image and drag the app to Applications.',
        '{% endtab %}',
        '{% endtabs %}',
        '',
      ].join('\n'),
      allowedHosts: [],
    });
    expect(report.topics.map((t) => [t.heading, t.title])).toEqual([
      ['Desktop app', 'Desktop app'],
      ['Desktop app', 'Install (Windows)'],
      ['Desktop app', 'Drag to Applications (macOS)'],
    ]);
  });

  it('input: reST ".. tab:: Linux" / ".. tab:: Windows" with :parse-titles: and a title of its own in each → each title names its tab', async () => {
    // Before: "Package manager" and "Installer" named no system.
    await loadLanguageReaders();
    const { report } = importGuide({
      fileName: 'install.rst',
      text: [
        'Installing',
        '==========',
        '',
        'Pick your system.',
        '',
        '.. tab:: Linux',
        '  :parse-titles:',
        '',
        '  Package manager',
        '  ~~~~~~~~~~~~~~~',
        '',
        '  Install it with your package manager.',
        '',
        '.. tab:: Windows',
        '  :parse-titles:',
        '',
        '  Installer',
        '  ~~~~~~~~~',
        '',
        '  Run the installer.',
        '',
      ].join('\n'),
      allowedHosts: [],
    });
    expect(report.topics.map((t) => [t.heading, t.title])).toEqual([
      ['Installing', 'Installing'],
      ['Package manager', 'Package manager (Linux)'],
      ['Installer', 'Installer (Windows)'],
    ]);
  });

  it('input: GitBook tabs that open right on their bold sub-heading ("{% tab title="Windows" %}" then "**Install:**") → each is a topic named by its tab, not a line "**Windows:** Install:"', () => {
    // Before: one topic, "Desktop app", whose steps read "1. **Windows:** Install:" "2. Run the installer." "3. **macOS:**
    // Drag to Applications:" "4. Open the disk image.".
    const { report } = importGuide({
      fileName: 'install.md',
      text: [
        '# Desktop app',
        '',
        '{% tabs %}',
        '{% tab title="Windows" %}',
        '**Install:**',
        '',
        'Run the installer.',
        '{% endtab %}',
        '',
        '{% tab title="macOS" %}',
        '**Drag to Applications:**',
        '',
        'Open the disk image.',
        '{% endtab %}',
        '{% endtabs %}',
        '',
      ].join('\n'),
      allowedHosts: [],
    });
    expect(report.topics.map((t) => t.title)).toEqual([
      'Desktop app',
      'Install (Windows)',
      'Drag to Applications (macOS)',
    ]);
  });
});
