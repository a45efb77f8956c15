import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importGuide, importGuidePages } from '../../src/core/import/import-guide.js';
import { parseRst } from '../../src/core/import/parse-rst.js';
import { TABLE_INFO } from '../../src/core/import/rst-tables.js';
import { framed, isSphinxPage, sphinxFrame, sphinxSources } from '../../src/core/import/sphinx-conf.js';
import type { Section } from '../../src/core/import/section-tree.js';
import { buildKnowledge } from '../../src/core/knowledge/knowledge.js';
import { renderAnswer } from '../../src/core/render/render.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');
const titles = (s: readonly Section[]): unknown =>
  s.map((x) => (x.children.length ? [x.title, titles(x.children)] : x.title));

describe('parseRst', () => {
  it('input: overlined title, then = underline, then - underline → three levels in order of first appearance', () => {
    const doc = parseRst('=====\n Top\n=====\n\nAlpha\n=====\n\nBeta\n----\n\ntext\n\nGamma\n=====\n');
    expect(titles(doc.sections)).toEqual([['Top', [['Alpha', ['Beta']], 'Gamma']]]);
  });

  it('input: same character with and without overline → two different levels', () => {
    const doc = parseRst('~~~~~\nOuter\n~~~~~\n\nInner\n~~~~~\n\nbody\n');
    expect(titles(doc.sections)).toEqual([['Outer', ['Inner']]]);
  });

  it('input: a literal block (::) holding "# comment" and "=====" lines → code, not headings', () => {
    const doc = parseRst('Title\n=====\n\nRun this::\n\n    # not a heading\n    =====\n\nafter\n');
    expect(doc.sections).toHaveLength(1);
    expect(doc.sections[0]!.lines.join('\n')).toContain('```\n# not a heading\n=====\n```');
    expect(doc.sections[0]!.lines).toContain('Run this:');
  });

  it('input: a bare "::" line before an indented block, and "Push it::" before another → both code blocks, lines kept; the bare "::" shows nothing', () => {
    const { topics } = importGuide({
      fileName: 'repo.rst',
      text: 'Repository\n==========\n\nA repository starts empty:\n\n::\n\n    cd src\n    git init\n\nPush it::\n\n    git push origin main\n    git log\n\nThen open the web page.\n',
      allowedHosts: [],
    });
    const body = topics[0]!.text.split('---\n').at(-1)!;
    expect(body).toContain('A repository starts empty:\n   ```\n   cd src\n   git init\n   ```');
    expect(body).toContain('Push it:\n   ```\n   git push origin main\n   git log\n   ```');
    expect(body).not.toContain('::');
  });

  it('input: toctree, image with options, comment, substitution definition → all dropped', () => {
    const doc = parseRst(
      'T\n====\n\n.. toctree::\n   :maxdepth: 2\n\n   intro\n\n.. image:: a.png\n   :width: 40\n\n.. a comment\n   continues\n\n.. |x| image:: b.png\n\nkept |x| text\n',
    );
    const body = doc.sections[0]!.lines.filter((l) => l.trim() !== '');
    expect(body).toEqual(['kept text']);
  });

  it('input: "No Vinyl|Mic|Aux" and "[auto|always|never]" (bars inside words) → text kept; "|icon| Save" still a substitution', () => {
    const doc = parseRst(
      'T\n====\n\nModes: No Vinyl|Mic|Aux. Use --color=[auto|always|never].\n\n.. |icon| image:: save.png\n\nPress |icon| Save.\n',
    );
    const body = doc.sections[0]!.lines.filter((l) => l.trim() !== '');
    expect(body).toEqual(['Modes: No Vinyl|Mic|Aux. Use --color=[auto|always|never].', 'Press Save.']);
  });

  it('input: an icon substitution wrapped across two lines ("|Reset" / "Search|"), and one dropped before a full stop → no bars, no " ." left', () => {
    const doc = parseRst(
      'T\n====\n\nRight-click the table and select ``Reset`` |Reset\nSearch| to clear it.\n\nChoose ``Set as Departure`` |Depart|. It is set.\n\n.. |Reset Search| image:: clear.png\n.. |Depart| image:: depart.png\n',
    );
    const body = doc.sections[0]!.lines.filter((l) => l.trim() !== '');
    expect(body).toEqual([
      'Right-click the table and select `Reset` to clear it.',
      'Choose `Set as Departure`. It is set.',
    ]);
  });

  it('input: a :menuselection: path and a `link <url>`_ wrapped onto the next lines → read whole, no role left in the text', () => {
    const doc = parseRst(
      'T\n====\n\n.. hint:: To reset the rate go to :menuselection:`Preferences --> Decks -->\n          Speed options --> Reset on track load`.\n\nSee the `project\nwebsite <https://example.org/>`_ for more.\n',
    );
    const body = doc.sections[0]!.lines.join('\n');
    expect(body).toContain('Preferences → Decks → Speed options → Reset on track load');
    expect(body).toContain('[project website](https://example.org/)');
    expect(body).not.toMatch(/:menuselection:|`_/);
  });

  it('input: a link whose text wraps before a number ("`Sound Layer (part" / "1) <url>`__") → one link, no list item reading "`__"', () => {
    const doc = parseRst(
      'T\n====\n\nCheck this tutorial : `Sound Layer (part\n1) <https://example.org/v>`__\n\n`Frame-by-frame animation (Part\n4) <https://example.org/w>`__\n\n- `a` one\n- b `two`\n',
    );
    const body = doc.sections[0]!.lines.filter((l) => l.trim() !== '');
    expect(body).toEqual([
      'Check this tutorial : [Sound Layer (part 1)](https://example.org/v)',
      '[Frame-by-frame animation (Part 4)](https://example.org/w)',
      '- *a* one',
      '- b *two*',
    ]);
  });

  it('input: a parsed-literal with substitutions linked to targets, a link, emphasis and a literal → a code block of the words Sphinx shows, its spacing kept', () => {
    const doc = parseRst(
      [
        'T',
        '====',
        '',
        '.. parsed-literal::',
        '',
        '   The |MANUAL|_',
        '   by the `Docs Team <https://example.org/about>`__',
        '   is licensed under a |LICENSE|_.',
        '   pip install tool==\\ |version|    *name*  ``x``',
        '   rm *.o',
        '',
        '.. |MANUAL| replace:: Synfig Manual',
        '.. _MANUAL: https://example.org/',
        '.. |LICENSE| replace:: CC-BY-SA v4.0',
        '.. _LICENSE: https://example.org/l',
        '.. |version| replace:: 1.4',
      ].join('\n'),
    );
    expect(doc.sections[0]!.lines.filter((l) => l.trim() !== '')).toEqual([
      '```',
      'The Synfig Manual',
      'by the Docs Team',
      'is licensed under a CC-BY-SA v4.0.',
      'pip install tool==1.4    name  x',
      'rm *.o',
      '```',
    ]);
  });

  it('input: a list-table of figures behind targets, a row of comments, a grid table whose figure path wraps → no directive, target, ".." or :alt: shown', () => {
    const row = (a: string, b: string) => `| ${a.padEnd(6)}| ${b.padEnd(27)}|`;
    const border = `+${'-'.repeat(7)}+${'-'.repeat(28)}+`;
    const doc = parseRst(
      [
        'T',
        '====',
        '',
        'Text.',
        '',
        '.. list-table::',
        '',
        '   * - .. _fig-a:',
        '',
        '       .. figure:: /images/a.png',
        '',
        '          Profile with an angle.',
        '',
        '     - .. _fig-b:',
        '',
        '       .. figure:: /images/b.png',
        '          :width: 300px',
        '',
        '          Generated mesh.',
        '',
        '.. list-table::',
        '   :header-rows: 1',
        '',
        '   * - From',
        '     - To',
        '   * - Point',
        '     - Edge',
        '   * - ..',
        '     - ..',
        '   * - Face',
        '     - Point',
        '',
        border,
        row('Sharp', '.. figure:: outline_dat/'),
        row('', '      Cups-Sharp.png'),
        row('', '   :alt: Cups-Sharp.png'),
        border,
        row('Round', '.. figure:: outline_dat/'),
        row('', '      Cups-Round.png'),
        border,
        '',
      ].join('\n'),
    );
    expect(doc.sections[0]!.lines.filter((l) => l.trim() !== '')).toEqual([
      'Text.',
      `\`\`\`${TABLE_INFO}`,
      'From   To',
      'Point  Edge',
      'Face   Point',
      '```',
      `\`\`\`${TABLE_INFO}`,
      'Sharp',
      'Round',
      '```',
    ]);
  });

  it('input: :ref: to figures labelled in a list-table and at the margin, and to a titled list-table → the caption or title Sphinx shows, no label words; a figure without caption keeps them', () => {
    const doc = parseRst(
      [
        'T',
        '====',
        '',
        '#. Move the vertex. (See Fig. :ref:`fig-a`.)',
        '',
        '.. list-table::',
        '',
        '   * - .. _fig-a:',
        '',
        '       .. figure:: /images/a.png',
        '',
        '          Profile with a starting',
        '          vector angle.',
        '',
        '     - .. _fig-b:',
        '',
        '       .. figure:: /images/b.png',
        '          :width: 300px',
        '',
        '          Generated *mesh*.',
        '',
        'As you can see in Fig. :ref:`fig-b`, it turns.',
        '',
        '.. _fig-c:',
        '',
        '.. figure:: /images/c.png',
        '',
        'Fig. :ref:`fig-c` has no caption.',
        '',
        '.. _fig-d:',
        '',
        '.. list-table:: Bended mesh.',
        '',
        '   * - .. figure:: /images/d.png',
        '',
        'See Fig. :ref:`fig-d`.',
      ].join('\n'),
    );
    expect(doc.sections[0]!.lines.filter((l) => l.includes('Fig.'))).toEqual([
      '1. Move the vertex. (See Fig. Profile with a starting vector angle.)',
      'As you can see in Fig. Generated mesh, it turns.',
      'Fig. fig c has no caption.',
      'See Fig. Bended mesh.',
    ]);
  });

  it('input: a titled list-table and a grid table of figures alone, each led into by a sentence with a colon → no title over nothing, the colons a full stop; a table of text keeps its title', () => {
    const doc = parseRst(
      [
        'T',
        '====',
        '',
        'The images below show two bent meshes:',
        '',
        '.. list-table:: Bended mesh.',
        '',
        '   * - .. figure:: /images/d.png',
        '',
        '          The axis.',
        '',
        '     - .. figure:: /images/e.png',
        '',
        'The outline looks like this:',
        '',
        '+--------------------------+',
        '| .. figure:: /images/f.png|',
        '+--------------------------+',
        '',
        'Then go on.',
        '',
        '.. list-table:: Keys',
        '',
        '   * - Ctrl',
        '     - Snap',
      ].join('\n'),
    );
    expect(doc.sections[0]!.lines.filter((l) => l.trim() !== '')).toEqual([
      'The images below show two bent meshes.',
      'The outline looks like this.',
      'Then go on.',
      'Keys',
      `\`\`\`${TABLE_INFO}`,
      'Ctrl  Snap',
      '```',
    ]);
  });

  it('input: a math directive over a formula, one in a list item, one on the directive line with a label → LaTeX in code blocks, backslashes and lines as written', () => {
    const doc = parseRst(
      [
        'T',
        '====',
        '',
        'Mapped as follows:',
        '',
        '.. math::',
        '  & r = \\sqrt{x^2 + y^2}\\\\',
        '  & \\phi = acos(x/r)',
        '',
        '#. Absorption:',
        '',
        '   .. math::',
        '',
        '      \\sigma_{a} = \\left[\\begin{matrix} 0.506 \\\\ 0.841 \\end{matrix}\\right]',
        '',
        '.. math:: a^2 + b^2 = c^2',
        '   :label: pyth',
      ].join('\n'),
    );
    expect(doc.sections[0]!.lines.filter((l) => l.trim() !== '')).toEqual([
      'Mapped as follows:',
      '```',
      '& r = \\sqrt{x^2 + y^2}\\\\',
      '& \\phi = acos(x/r)',
      '```',
      '1. Absorption:',
      '   ```',
      '   \\sigma_{a} = \\left[\\begin{matrix} 0.506 \\\\ 0.841 \\end{matrix}\\right]',
      '   ```',
      '```',
      'a^2 + b^2 = c^2',
      '```',
    ]);
  });

  it('input: definition terms ending on a full stop after a shortcut, on an ellipsis, on a colon → one colon after the term, no ".:"; the ellipsis kept', () => {
    const doc = parseRst(
      [
        'T',
        '====',
        '',
        'Unindent :kbd:`Shift-Tab`.',
        '   Unindents the selection.',
        'Save As...',
        '   Saves a copy.',
        'Reason:',
        '   Why.',
      ].join('\n'),
    );
    expect(doc.sections[0]!.lines.filter((l) => l.trim() !== '')).toEqual([
      '**Unindent `Shift-Tab`:**',
      'Unindents the selection.',
      '**Save As...:**',
      'Saves a copy.',
      '**Reason:**',
      'Why.',
    ]);
  });

  it('input: parsed-literals written on the directive line, with a substitution and escaped backslashes → the path in a code block, one backslash each, the escaped space gone', () => {
    const doc = parseRst(
      [
        'T',
        '====',
        '',
        '- Linux:',
        '',
        '  .. parsed-literal:: $HOME/.config/blender/|VERSION|/config',
        '',
        '- Windows:',
        '',
        '  .. parsed-literal:: %APPDATA%\\\\Blender\\\\\\ |VERSION|\\\\config \\*.ini',
        '',
        '.. |VERSION| replace:: 3.5',
      ].join('\n'),
    );
    expect(doc.sections[0]!.lines.filter((l) => l.trim() !== '')).toEqual([
      '- Linux:',
      '   ```',
      '   $HOME/.config/blender/3.5/config',
      '   ```',
      '- Windows:',
      '   ```',
      '   %APPDATA%\\Blender\\3.5\\config *.ini',
      '   ```',
    ]);
  });

  it('input: an Example section holding a peertube video and a paragraph → the paragraph alone, no video id', () => {
    const doc = parseRst(
      'Example\n=======\n\n.. peertube:: c675e272-4972-4b6c-8e6b-d997d64434ae\n\nThe particles are pushed apart.\n',
    );
    expect(doc.sections[0]!.lines.filter((l) => l.trim() !== '')).toEqual(['The particles are pushed apart.']);
  });

  it('input: unicode substitutions by U+, 0x, &#x and decimal codes, one with a comment, ones with :ltrim: and :trim: → the characters, as docutils writes them in, the trimmed spaces gone', () => {
    const doc = parseRst(
      [
        'T',
        '====',
        '',
        '- |atilde|: ``A``, :kbd:`Alt-Backspace`, ``~``',
        '- |copy| 2024 and |mdash| done |tm|',
        '- At 120 |deg| intervals; 30 |deg| 32 |min|',
        '',
        '.. |deg| unicode:: U+00B0',
        '   :ltrim:',
        '.. |min| unicode:: U+2032',
        '   :trim:',
        '.. |atilde| unicode:: U+000E3',
        '.. |copy| unicode:: 0xA9 .. copyright sign',
        '.. |mdash| unicode:: &#x2014;',
        '.. |tm| unicode:: 8482',
      ].join('\n'),
    );
    expect(doc.sections[0]!.lines.filter((l) => l.trim() !== '')).toEqual([
      '- ã: `A`, `Alt-Backspace`, `~`',
      '- © 2024 and — done ™',
      '- At 120° intervals; 30° 32′',
    ]);
  });

  it('input: a tip holding a figure, a note holding a list and a comment, only:: html / latex, container and grid arguments → boxes keep their shape; no directive, comment, PDF text or build argument reaches a member', () => {
    const doc = parseRst(
      [
        'Sync',
        '====',
        '',
        '.. only:: html',
        '',
        '   Shown on the website.',
        '',
        '.. only:: latex',
        '',
        '   Only in the PDF.',
        '',
        '.. tip:: Click the *sync statuses* link for details.',
        '',
        '   .. figure:: /img/sync.png',
        '      :alt: statuses',
        '',
        '.. note::',
        '',
        '   - First point.',
        '   - Second point with :kbd:`Ctrl` key.',
        '',
        '   .. Hidden author comment.',
        '',
        '.. container:: cfloat-left',
        '',
        '   Login screen text.',
        '',
        '.. grid:: 2',
        '',
        '   Grid text.',
        '',
      ].join('\n'),
    );
    expect(doc.sections[0]!.lines.filter((l) => l.trim() !== '')).toEqual([
      'Shown on the website.',
      '**Tip:** Click the *sync statuses* link for details.',
      '**Note:**',
      '- First point.',
      '- Second point with `Ctrl` key.',
      'Login screen text.',
      'Grid text.',
    ]);
  });

  it("input: :ref:`webdav` and :ref:`conflicts` naming labelled sections of this page and another page of the folder → each shows the section's title", () => {
    const { topics } = importGuidePages({
      folderName: 'manual',
      files: [
        {
          fileName: 'files.rst',
          text: 'Files\n=====\n\nUpload a file. See :ref:`webdav` and :ref:`conflicts`.\n\n.. _conflicts:\n\nConflicting edits\n-----------------\n\nBoth copies are kept.\n',
        },
        {
          fileName: 'webdav.rst',
          text: '.. _webdav:\n\n==============================\nAccessing files using ``WebDAV``\n==============================\n\nMount the drive.\n',
        },
      ],
      allowedHosts: [],
    });
    const files = topics.find((t) => t.file.startsWith('files'))!;
    expect(files.text).toContain('See Accessing files using WebDAV and Conflicting edits.');
  });

  it("input: :doc: without a title naming a page of the folder (relative, from the folder's top, from a parent folder of the docs) and one that is not → the page's title, else its file name in words", () => {
    const { topics } = importGuidePages({
      folderName: 'docs',
      files: [
        {
          fileName: 'media/index.rst',
          text: 'Media\n=====\n\nRefer to :doc:`unsplash`, :doc:`/media/stock_photos`, :doc:`/applications/media/unsplash` and :doc:`cloud_storage`.\n',
        },
        {
          fileName: 'media/unsplash.rst',
          text: '.. _unsplash:\n\n================\nUnsplash ``images``\n================\n\nFree pictures.\n',
        },
        { fileName: 'media/stock_photos.rst', text: 'Stock photos\n############\n\nBought pictures.\n' },
      ],
      allowedHosts: [],
    });
    expect(topics[0]!.text).toContain('Refer to Unsplash images, Stock photos, Unsplash images and cloud storage.');
  });

  it('input: a figure with options, a caption and a legend list → the legend is text; the caption, path and options are not (they describe a picture members do not see)', () => {
    const doc = parseRst(
      'Dashboard\n=========\n\n.. figure:: /images/dashboard.png\n   :alt: The dashboard\n   :width: 80%\n\n   The dashboard after sign-in.\n\n   - **Tickets**: your open tickets.\n   - **Stats**: how fast you answer.\n\nAfter the figure.\n',
    );
    expect(doc.sections[0]!.lines.filter((l) => l.trim() !== '')).toEqual([
      '- **Tickets**: your open tickets.',
      '- **Stats**: how fast you answer.',
      'After the figure.',
    ]);
  });

  it('input: figures whose options are indented four spaces (one with an empty ":alt:") → no option, no caption, and no topic named "alt"', () => {
    const { topics, report } = importGuide({
      fileName: 'camera.rst',
      text: 'Camera Settings\n===============\n\nIntro text.\n\n.. figure:: images/cam.webp\n    :alt: A camera\n    :align: center\n\n    The Camera Panel\n\n.. figure:: images/setup.webp\n    :alt:\n\n    The settings dialog.\n\nAfter the figures.\n',
      allowedHosts: [],
    });
    expect(report.topics.map((t) => t.heading)).toEqual(['Camera Settings']);
    expect(topics[0]!.text).toMatch(/Intro text\.[\s\S]*After the figures\./);
    expect(topics[0]!.text).not.toMatch(/alt|align|Camera Panel|settings dialog/);
  });

  it('input: a figure captioned "Backlog: Plan releases" between two paragraphs, and a sub-section holding only a captioned figure → two steps, no caption; the figure-only section is empty like one holding an image', () => {
    const { topics, report } = importGuide({
      fileName: 'backlog.rst',
      text: 'Backlog\n=======\n\nThe backlog lists your releases.\n\n.. figure:: plan.png\n   :alt: Plan\n\n   Backlog: Plan releases\n\nDrag an item onto a release.\n\nBox layout\n----------\n\n.. figure:: box.png\n\n   The box with its ports labelled.\n',
      allowedHosts: [],
    });
    expect(topics[0]!.text).toContain('1. The backlog lists your releases.\n2. Drag an item onto a release.');
    expect(topics.map((t) => t.text).join('\n')).not.toMatch(/Plan releases|ports labelled/);
    expect(report.topics.map((t) => t.heading)).toEqual(['Backlog']);
  });

  it('input: "The dock offers these functions:" then a captioned figure, a comment and a csv-table → the colon stays (it leads into the table); "The dialog looks like this:" before a figure alone ends on a full stop', () => {
    const doc = parseRst(
      'Dock\n====\n\nThe dock offers these functions:\n\n.. figure:: dock.png\n\n   The dock\n\n.. drawn at 200px\n\n.. csv-table::\n\n   "Add", "Adds a block"\n\nThe dialog then looks like this:\n\n.. figure:: dialog.png\n\n   The dialog\n\nPress OK.\n',
    );
    const text = doc.sections[0]!.lines.filter((l) => l.trim() !== '');
    expect(text[0]).toBe('The dock offers these functions:');
    expect(text).toContain('The dialog then looks like this.');
  });

  it('input: ".. tags:: educator, how-to" and a ".. thumbnail::" picture under a title → neither the tags nor the path is text; the page text leads', () => {
    const { topics } = importGuide({
      fileName: 'course.rst',
      text: 'Create a Course\n===============\n\n.. tags:: educator, how-to\n\n.. thumbnail:: /_images/create_course.png\n\nOpen Studio at the URL your administrator gave you.\n',
      allowedHosts: [],
    });
    expect(topics[0]!.text).toMatch(/summary: Open Studio at the URL/);
    expect(topics[0]!.text).not.toMatch(/educator|how-to|create_course/);
  });

  it('input: a note and a tip whose wrapped lines start with a role (:guilabel:, :ref:, :dfn:), a nested note opening on one → every line kept, the roles read as text', () => {
    const doc = parseRst(
      [
        'Sync',
        '====',
        '',
        '.. note::',
        '   The first sync opens your account page. There, pick the account, then select',
        '   :guilabel:`Continue` to allow the transfer.',
        '',
        '.. tip::',
        '',
        '  Kanban columns follow the',
        '  :ref:`Status field <status>`. Moving a card changes it.',
        '  :dfn:`(Header one)` titles name the page.',
        '',
        '- Item',
        '',
        '  .. note::',
        '     :guilabel:`Dark` suits both themes.',
        '',
      ].join('\n'),
    );
    expect(doc.sections[0]!.lines.filter((l) => l.trim() !== '')).toEqual([
      '**Note:** The first sync opens your account page. There, pick the account, then select',
      '`Continue` to allow the transfer.',
      '**Tip:** Kanban columns follow the',
      'Status field. Moving a card changes it.',
      '(Header one) titles name the page.',
      '- Item',
      // The note is indented into the item it sits in: it stays under "Item", not after the list.
      '   **Note:** `Dark` suits both themes.',
    ]);
  });

  it('input: a note whose second paragraph is a bold sentence, then the page text and a sub-section → the bold sentence stays in the note, no topic is made of it', () => {
    const { topics, report } = importGuide({
      fileName: 'sso.rst',
      text: 'Set up SSO with SAML\n====================\n\n.. note::\n\n   This feature is in beta.\n\n   **At the moment only Okta is supported.**\n\nThis guide explains how to enable SSO using Okta.\n\nPrerequisites\n-------------\n\nYou need an owner account.\n',
      allowedHosts: [],
    });
    expect(report.topics.map((t) => t.heading)).toEqual(['Set up SSO with SAML', 'Prerequisites']);
    expect(topics[0]!.text).toMatch(/only Okta is supported[\s\S]*This guide explains/);
  });

  it('input: sub-titles underlined with backticks, the first with its text right under the underline → both are topics with their text', () => {
    const { topics, report } = importGuide({
      fileName: 'providers.rst',
      text: 'Providers\n=========\n\nCloudflare\n``````````\nFor Cloudflare accounts set the **Zone** option.\n\nNetcup DNS\n``````````\n\nNetcup offers an API.\n',
      allowedHosts: [],
    });
    expect(report.topics.map((t) => t.heading)).toEqual(['Providers', 'Cloudflare', 'Netcup DNS']);
    expect(topics[1]!.text).toContain('For Cloudflare accounts set the **Zone** option.');
  });

  it('input: a field list of three fields (":Version: 2.1", ":Author: Team", ":License: GPL") → three lines, not one run-on step', () => {
    const { topics } = importGuide({
      fileName: 'options.rst',
      text: 'Options\n=======\n\n:Version: 2.1\n:Author: Team\n:License: GPL\n',
      allowedHosts: [],
    });
    expect(topics[0]!.text).toMatch(/1\. \*\*Version:\*\* 2\.1\n2\. \*\*Author:\*\* Team\n3\. \*\*License:\*\* GPL/);
  });

  it('input: a line block of two "|" lines, the first continued on an indented line → two lines of text, no bars, no bold term', () => {
    const { topics } = importGuide({
      fileName: 'viewer.rst',
      text: 'Map Viewer\n==========\n\n| The *Map Viewer* shows the *Navigation bar*.\n  It is a panel of zoom tools.\n| By default it shows the zoom buttons.\n\nAfter.\n',
      allowedHosts: [],
    });
    expect(topics[0]!.text).toMatch(
      /1\. The \*Map Viewer\* shows the \*Navigation bar\*\. It is a panel of zoom tools\.\n2\. By default it shows the zoom buttons\./,
    );
    expect(topics[0]!.text).not.toContain('|');
  });

  it('input: a simple table closed by a border the full width of the table, then the next section → the section is a topic, not rows', () => {
    const { topics, report } = importGuide({
      fileName: 'states.rst',
      text: 'TCP states\n==========\n\n========== ============\nLISTEN     Waiting.\nCLOSED     No state.\n=======================\n\nUDP states\n==========\n\nNO_TRAFFIC means none.\n',
      allowedHosts: [],
    });
    expect(report.topics.map((t) => t.heading)).toEqual(['TCP states', 'UDP states']);
    expect(topics[0]!.text).not.toMatch(/UDP|={5}/);
  });

  it('input: a see-also whose first line is a :ref: term with its description, and a warning ending on a bold line mid-paragraph → the description and the bold are kept', () => {
    const { topics } = importGuide({
      fileName: 'overview.rst',
      text: [
        'Build overview',
        '==============',
        '',
        'You can enable a build overview comment.',
        '',
        '.. seealso::',
        '    :ref:`visual-diff:Show build overview in pull requests`',
        '        How to configure your project to enable build overviews',
        '',
        '.. warning::',
        '',
        '   If you make your variable public, anyone can see it.',
        '   In other words,',
        '   **do not use this option if your variable is a secret.**',
        '',
      ].join('\n'),
      allowedHosts: [],
    });
    const text = topics[0]!.text;
    expect(text).toContain('How to configure your project to enable build overviews');
    expect(text).not.toContain('****');
    expect(text).toContain('**do not use this option if your variable is a secret.**');
  });

  it('input: a glossary written as a definition list, and a field list → each term and field name leads its text', () => {
    const { topics } = importGuide({
      fileName: 'glossary.rst',
      text: 'Glossary\n========\n\nAdmin\n   A user with all permissions.\n\nAgent\n   A user who answers tickets.\n\n:Appearance: Dark or light.\n\nA normal paragraph.\n',
      allowedHosts: [],
    });
    const text = topics[0]!.text;
    expect(text).toContain('**Admin:** A user with all permissions.');
    expect(text).toContain('**Agent:** A user who answers tickets.');
    expect(text).toContain('**Appearance:** Dark or light.');
    expect(text).not.toMatch(/Admin A user|:Appearance:/);
  });

  it('input: definition terms that end in a colon ("Cause:" / "Fix:" over their indented text) → "**Cause:** …" in the topic and its summary, never "Cause::"', () => {
    const { topics } = importGuide({
      fileName: 'errors.rst',
      text: 'Sync error\n==========\n\nCause:\n    The server address is missing.\n\nFix:\n    Enter the server address.\n',
      allowedHosts: [],
    });
    expect(topics[0]!.text).toContain('**Cause:** The server address is missing.');
    expect(topics[0]!.text).toContain('**Fix:** Enter the server address.');
    expect(topics[0]!.text).not.toContain('::');
  });

  it('input: a page opening with ".. default-domain:: stconf" and holding a todo → no preamble, no "stconf" topic', () => {
    const doc = parseRst(
      '.. default-domain:: stconf\n\nSettings\n========\n\n.. todo:: document the flags\n\nPick a folder.\n',
    );
    expect(doc.preamble.filter((l) => l.trim() !== '')).toEqual([]);
    expect(doc.sections.map((s) => s.title)).toEqual(['Settings']);
    expect(doc.sections[0]!.lines.filter((l) => l.trim() !== '')).toEqual(['Pick a folder.']);
  });

  it("input: a title straight after the previous title's underline, no blank line between → both are titles", () => {
    const doc = parseRst('Conversion\n----------\nWhat formats are supported?\n~~~~~~~~~~~~~~~~~~~~~~~~~~~\nMany.\n');
    expect(titles(doc.sections)).toEqual([['Conversion', ['What formats are supported?']]]);
    expect(doc.sections[0]!.children[0]!.lines).toContain('Many.');
  });

  it('input: an inline literal that runs onto the next line (``syncthing\\n--paths``) → one literal, no stray backticks', () => {
    const doc = parseRst(
      'Logs\n====\n\ncreates ``a.log`` in the home folder (run ``syncthing\n--paths`` to see where). The option ``--logfile`` works.\n',
    );
    const text = doc.sections[0]!.lines.join(' ');
    expect(text).toContain('`syncthing --paths`');
    expect(text).toContain('`--logfile`');
    expect(text).not.toContain('``');
  });

  it('input: a simple table, a csv-table and a list-table → each a code block of aligned rows, never one run-on line', () => {
    const doc = parseRst(
      [
        'Limits',
        '======',
        '',
        '=========  ==========',
        'Item       Limit',
        '=========  ==========',
        'Upload     512 MB',
        '=========  ==========',
        '',
        '.. csv-table:: Quotas',
        '   :header: "Plan", "Space"',
        '',
        '   "Free", "5 GB"',
        '   "Pro, yearly", "1 TB"',
        '',
        '.. list-table:: Retention',
        '   :header-rows: 1',
        '',
        '   * - Item',
        '     - Days',
        '   * - ``Files``',
        '     - 30',
        '',
      ].join('\n'),
    );
    // Each opens marked as a table (TABLE_INFO), which blocks.ts reads off.
    const text = doc.sections[0]!.lines.join('\n').replaceAll(TABLE_INFO, '');
    expect(text).toContain('```\nItem    Limit\nUpload  512 MB\n```');
    expect(text).toMatch(/Quotas\n+```\nPlan {9}Space\nFree {9}5 GB\nPro, yearly {2}1 TB\n```/);
    expect(text).toMatch(/Retention\n+```\nItem {3}Days\nFiles {2}30\n```/);
    expect(doc.sections[0]!.lines.filter((l) => l === `\`\`\`${TABLE_INFO}`)).toHaveLength(3);
  });

  it('input: glossary, versionadded and only directives → their text is kept, as if unwrapped', () => {
    const doc = parseRst(
      'File Menu\n=========\n\n.. glossary::\n\n   Open\n      Opens a file.\n\n.. versionadded:: 5.2\n   Autosave is on.\n\n.. only:: html\n\n   - a list item\n',
    );
    const text = doc.sections[0]!.lines.join('\n');
    expect(text).toContain('Opens a file.');
    expect(text).toContain('5.2');
    expect(text).toContain('Autosave is on.');
    expect(text).toContain('- a list item');
  });

  it('input: *em*, **strong**, ``literal``, `text <url>`_, :code:`x` → Discord markdown', () => {
    const doc = parseRst(
      'T\n====\n\nSee *this*, **that**, ``ls -l``, `the docs <https://a.example.org/x>`_ and :code:`y`.\n',
    );
    expect(doc.sections[0]!.lines.join(' ')).toContain(
      'See *this*, **that**, `ls -l`, [the docs](https://a.example.org/x) and `y`.',
    );
  });

  it('input: :file:`~/.config/app.conf`, :guilabel:`&Save`, an icon |trash| with alt text → the path whole, "Save", "Trash can"', () => {
    const doc = parseRst(
      'T\n====\n\nOpen :file:`~/.config/app.conf`, click :guilabel:`&Save`, pick :menuselection:`&File --> Save && Close` or |trash|.\n\n.. |trash| image:: trash.png\n   :width: 16\n   :alt: Trash can\n',
    );
    expect(doc.sections[0]!.lines.join(' ')).toContain(
      'Open `~/.config/app.conf`, click `Save`, pick `File → Save & Close` or Trash can.',
    );
  });

  // Adapted from mattermost/docs (9dd1c713ed5e, source/conf.py rst_prolog): icons whose :alt: is a sentence for screen
  // readers. Read in as the icon, members saw "select the options menu Use the More icon to access additional message
  // options. to move the block" and "Open **Settings** Use the Settings icon to customize … to change it".
  it('input: |more-icon| and |gear| whose :alt: is a whole sentence ("Use the More icon to access…") → the icon reads as its name where the sentence has a gap, else goes; the alt sentence is not written in', () => {
    const doc = parseRst(
      '.. |more-icon| image:: /images/dots.svg\n    :alt: Use the More icon to access additional message options.\n.. |gear| image:: /images/gear.svg\n    :alt: Use the Settings icon to customize your Mattermost user experience.\n\nCards\n=====\n\nSelect the options menu |more-icon| to move the block.\n\nOpen **Settings** |gear| to change it.\n',
    );
    const text = doc.sections[0]!.lines.join(' ');
    expect(text).not.toContain('Use the');
    expect(text).toContain('Select the options menu more icon to move the block.');
    expect(text).toContain('Open **Settings** to change it.');
  });

  // Adapted from tryton/tryton (modules/sale/doc/usage/process.rst, conf.py default_role = 'ref'): references written in
  // the default role with a target. Members saw "The *Sale <model-sale.sale>* needs to be in a draft state".
  it('input: `Sale <model-sale.sale>` and `Currency <currency:model-currency.currency>` in the default role, and a plain `Finishing a sale` → "Sale" and "Currency" as Sphinx shows the references; the plain one stays italic', () => {
    const doc = parseRst(
      'Changing a sale\n===============\n\nThe `Sale <model-sale.sale>` must be a draft to change the\n`Currency <currency:model-currency.currency>`. See `Finishing a sale`.\n',
    );
    expect(doc.sections[0]!.lines.join(' ')).toContain(
      'The Sale must be a draft to change the Currency. See *Finishing a sale*.',
    );
  });

  // Adapted from synfig/synfig-docs (fdaae57, source/ui/panel_tool_options.rst): a list of tool options labelled in bold,
  // one label a substitution the page never defines ("**|Blend_Method_Parameter|** : The blending method…"). Dropped,
  // members saw "3. **** : The blending method used to composite on the layers below." in 7 topics.
  it('input: "**|Blend_Method_Parameter|** : The blending method" (never defined) beside "**|Feather|**" (defined) and a bare undefined "|gone|" → "**Blend Method Parameter** :", "**Feather Parameter**"; the bare one still goes', () => {
    const doc = parseRst(
      '.. |Feather| replace:: Feather Parameter\n\nCircle Tool\n===========\n\n-  **|Blend_Method_Parameter|** : The blending method.\n-  **|Feather|** : Width of the edge |gone|.\n',
    );
    const text = doc.sections[0]!.lines.join('\n');
    expect(text).toContain('**Blend Method Parameter** : The blending method.');
    expect(text).toContain('**Feather Parameter** : Width of the edge.');
  });

  // Made up on Tryton's setting (tryton/tryton's conf.py: default_role = 'ref'; its pages label sections
  // ".. _Finishing a sale:"): a reference in the default role without a title names a label, and Sphinx shows the
  // section's title. Read as a title reference, the label showed in italics ("See *sale-finishing*.").
  it('input: ".. default-role:: ref", then `sale-finishing` (the label over "Finishing a sale") and `sale_cancel` (no such label); then ".. default-role::" and `Sales` → "Finishing a sale" and "sale cancel" as :ref: shows them; after the reset, *Sales* in italics', () => {
    const doc = parseRst(
      '.. default-role:: ref\n\nSales\n=====\n\nSee `sale-finishing`, or `sale_cancel`.\n\n.. _sale-finishing:\n\nFinishing a sale\n----------------\n\nClose it.\n\n.. default-role::\n\nBack to `Sales`.\n',
    );
    const text = doc.sections[0]!.lines.join(' ');
    expect(text).toContain('See Finishing a sale, or sale cancel.');
    expect(doc.sections[0]!.children[0]!.lines.join(' ')).toContain('Back to *Sales*.');
  });

  it('input: a conf.py with default_role = "ref" framing a page that writes `sale-finishing` → the section title, as the page alone with ".. default-role:: ref" shows it', () => {
    const page =
      'Sales\n=====\n\nSee `sale-finishing`.\n\n.. _sale-finishing:\n\nFinishing a sale\n----------------\n\nClose it.\n';
    const doc = parseRst(framed(page, sphinxFrame("project = 'Sale'\ndefault_role = 'ref'\n")));
    expect(doc.sections[0]!.title).toBe('Sales');
    expect(doc.sections[0]!.lines.join(' ')).toContain('See Finishing a sale.');
  });

  // Adapted from tryton/tryton (modules/sale/doc/design.rst): a see-also naming a menu item through a substitution
  // linked to an anonymous target in its short form. Members saw a step "__ https://demo.tryton.org/model/sale.sale".
  it('input: "|Sales --> Sales|__" over its ".. |…| replace::" and "__ https://demo.example.org/sale" lines → the menu path, no "__" line', () => {
    const doc = parseRst(
      'Sale\n====\n\nA sale is an order.\n\n.. seealso::\n\n   Sales are found in the main menu item:\n\n      |Sales --> Sales|__\n\n      .. |Sales --> Sales| replace:: :menuselection:`Sales --> Sales`\n      __ https://demo.example.org/sale\n\n__ https://demo.example.org/other\n',
    );
    const text = doc.sections[0]!.lines.join('\n');
    expect(text).toContain('`Sales → Sales`');
    expect(text).not.toContain('__');
  });

  // Adapted from mattermost/docs (9dd1c713ed5e, source/conf.py rst_prolog and collaborate/save-pin-messages.rst): an
  // icon with a short alt text beside the label that names it. Members saw "selecting the **Save** Save icon. icon".
  it('input: "selecting the **Save** |save-icon| icon", "tap |save-icon| twice" with :alt: "Save icon." → "the **Save** icon", "tap Save icon twice"', () => {
    const doc = parseRst(
      '.. |save-icon| image:: /images/bookmark.svg\n    :alt: Save icon.\n\nSaved messages\n==============\n\nSave a message by selecting the **Save** |save-icon| icon next to it, or tap |save-icon| twice.\n',
    );
    expect(doc.sections[0]!.lines.join(' ')).toContain(
      'Save a message by selecting the **Save** icon next to it, or tap Save icon twice.',
    );
  });

  it('input: :abbr:`IoT (Internet of Things)` three times in a section, once in its sub-section → spelled out the first time in each, then "IoT"', () => {
    const doc = parseRst(
      'Box\n===\n\nPlug the :abbr:`IoT (Internet of Things)` box in. The :abbr:`IoT (Internet of\nThings)` box starts.\n\nRestart the :abbr:`IoT (Internet of Things)` box.\n\nSetup\n-----\n\nOpen the :abbr:`IoT (Internet of Things)` box page.\n',
    );
    expect(doc.sections[0]!.lines.filter(Boolean)).toEqual([
      'Plug the IoT (Internet of Things) box in. The IoT box starts.',
      'Restart the IoT box.',
    ]);
    expect(doc.sections[0]!.children[0]!.lines.filter(Boolean)).toEqual([
      'Open the IoT (Internet of Things) box page.',
    ]);
  });

  it('input: Font Awesome icons (:icon:`fa-plus`) mid-sentence, before a full stop and opening a paragraph → the icons are gone with the space they leave; their labels stay', () => {
    const doc = parseRst(
      'Pages\n=====\n\nClick the :icon:`fa-plus` :guilabel:`(plus)` icon, or the gear :icon:`fa-cog`.\n\n:icon:`fa-trash` :guilabel:`Delete` removes the page.\n',
    );
    expect(doc.sections[0]!.lines.filter(Boolean)).toEqual([
      'Click the `(plus)` icon, or the gear.',
      '`Delete` removes the page.',
    ]);
  });

  it('input: :py:func:`~app.sync.start` and :class:`app.Vault` → "start" (what Sphinx shows for "~") and the full name', () => {
    const doc = parseRst('T\n====\n\nCall :py:func:`~app.sync.start` on an :class:`app.Vault`.\n');
    expect(doc.sections[0]!.lines.join(' ')).toContain('Call start on an app.Vault.');
  });

  it("input: :doc: and :ref: without a title → the target's last part in words, never a path or a label", () => {
    const doc = parseRst(
      'T\n====\n\nSee :doc:`../files/access_webgui`, :ref:`sharing-label` and :ref:`Sharing <sharing-label>`.\n',
    );
    expect(doc.sections[0]!.lines.join(' ')).toContain('See access webgui, sharing label and Sharing.');
  });

  it('input: numbered titles over their underlines ("2. Pick a folder" / ^^^^) → titles, as docutils reads them', () => {
    const doc = parseRst(
      'Create a vault\n==============\n\n1. Name it\n^^^^^^^^^^\n\nType a name.\n\n2. Pick a folder\n^^^^^^^^^^^^^^^^\n\nChoose where.\n\n- a bullet\n\n1. a real list item\n2. another\n',
    );
    expect(titles(doc.sections)).toEqual([['Create a vault', ['1. Name it', '2. Pick a folder']]]);
    expect(doc.sections[0]!.children[1]!.lines.join('\n')).toContain('1. a real list item');
  });

  it('input: a "References and notes" section of footnotes (.. [1] text, continued on an indented line) → kept as text', () => {
    const doc = parseRst(
      'Render\n======\n\nPick 720p [2]_.\n\nNotes\n-----\n\n.. [1] Theora causes problems,\n   so use WebM.\n.. [2] 720 is the height.\n.. _target: https://a.example.org\n',
    );
    expect(doc.sections[0]!.lines.join(' ')).toContain('Pick 720p [2].');
    const notes = doc.sections[0]!.children[0]!;
    expect(notes.title).toBe('Notes');
    expect(notes.lines.filter(Boolean)).toEqual(['[1] Theora causes problems, so use WebM.', '[2] 720 is the height.']);
  });

  it('input: auto-numbered footnotes ([#sync]_, [#]_, beside a manual .. [1]) → numbered as docutils shows them, never "[#sync]"', () => {
    const doc = parseRst(
      'Sync\n====\n\nOne tool [#sync]_ and another [#]_, see [1]_ too.\n\n.. [1] Manual note.\n.. [#] Anonymous note.\n.. [#sync] Labelled note.\n',
    );
    const text = doc.sections[0]!.lines.filter(Boolean);
    expect(text).toEqual([
      'One tool [3] and another [2], see [1] too.',
      '[1] Manual note.',
      '[2] Anonymous note.',
      '[3] Labelled note.',
    ]);
  });

  it('input: a footnote whose whole text is a link kb:import drops → the footnote and its mark go, a code index "[1]" stays', () => {
    const { topics, report } = importGuide({
      fileName: 'guide.rst',
      text: 'Sync tools\n==========\n\nResilio is closed [#r]_. Syncthing is open; in code ``peers[1]`` is the second peer.\n\n.. [#r] https://en.wikipedia.org/wiki/Resilio_Sync\n',
      allowedHosts: [],
    });
    expect(report.droppedLinks.map((d) => d.url)).toEqual(['https://en.wikipedia.org/wiki/Resilio_Sync']);
    const body = topics[0]!.text.split('---\n').at(-1)!;
    expect(body).toContain('Resilio is closed.\n');
    expect(body).toContain('Syncthing is open; in code `peers[1]` is the second peer.');
    expect(body).not.toMatch(/^\s*(?:\d+\.\s*)?\[1\]\s*$/m);
  });

  it("input: underline shorter than its title (the seed guide's first line) → still a title, with a warning", () => {
    const doc = parseRst('How to Login Kaspersky Account\n=============================\n\ntext\n');
    expect(doc.sections[0]?.title).toBe('How to Login Kaspersky Account');
    expect(doc.warnings.join()).toMatch(/shorter than the title/);
  });
});

describe('importGuide on a reStructuredText admin guide (test/fixtures/import/team-chat-admin.rst)', () => {
  const { topics, report } = importGuide({
    fileName: 'team-chat-admin.rst',
    text: fixture('team-chat-admin.rst'),
    allowedHosts: ['docs.example.org'],
  });
  const byId = new Map(topics.map((t) => [t.file.replace(/\.md$/, ''), t.text]));

  it('writes one topic per section and sub-section, nested as in the document', () => {
    expect(report.format).toBe('rst');
    expect(report.topics.map((t) => `${'  '.repeat(t.depth)}${t.id}`)).toEqual([
      'team-chat-guide',
      '  getting-started',
      '    install-the-desktop-app',
      '    overview',
      '  troubleshooting',
      '    messages-not-received',
      '    overview-2',
      '    old-settings',
      '      reset-the-settings',
    ]);
  });

  it('renames the duplicate "Overview" to overview-2 and reports it', () => {
    expect(report.renamed).toEqual([{ title: 'Overview', wanted: 'overview', id: 'overview-2' }]);
  });

  it('drops the unlisted image target and mirror links, keeps the allowed one, and reports each', () => {
    expect(report.droppedLinks.map((d) => d.url).sort()).toEqual([
      'https://cdn.unlisted-images.net/logo',
      'https://fast-chat-mirror.net/get',
      'https://unofficial-mirror.net/chat-setup',
    ]);
    const all = topics.map((t) => t.text).join('\n');
    expect(all).not.toMatch(/unlisted-images|unofficial-mirror|fast-chat-mirror/);
    expect(byId.get('install-the-desktop-app')).toContain('[download page](https://docs.example.org/download)');
  });

  it('keeps the numbered list as steps, with the literal block inside step 3 and step 4 after it', () => {
    const text = byId.get('install-the-desktop-app')!;
    expect(text).toMatch(/3\. Check the version with `chat --version`:\n {3}```\n {3}# prints the version/);
    expect(text).toContain('4. Sign in with your *work* e-mail.');
  });

  it('reports the section holding only a comment as an overview of its sub-section', () => {
    expect(report.emptySections).toEqual([expect.objectContaining({ title: 'Old Settings', action: 'overview' })]);
  });

  it('passes buildKnowledge validation', () => {
    const result = buildKnowledge({
      files: topics.map((t) => ({ name: t.file, text: t.text })),
      allowedHostsText: 'docs.example.org\n',
    });
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});

describe('kb:import reads Sphinx additions (test/fixtures/import/sphinx-tabs.rst)', () => {
  // Input: a Sphinx page with sphinx-tabs (.. tab:: Android / iOS), a versionadded note, :menuselection:, a grid table.
  const { topics } = importGuide({ fileName: 'sphinx-tabs.rst', text: fixture('sphinx-tabs.rst'), allowedHosts: [] });
  const body = topics.find((t) => t.file === 'public-links.md')!.text;

  it('each tab labels its own text, and a version note says which version', () => {
    expect(body).toContain('**Android:** Tap the share icon.');
    expect(body).toContain('**iOS:** Tap **Share** at the top.');
    expect(body).toContain('**New in version 26:** Links can carry a label.');
  });

  it('a menu path reads with an arrow; a grid table is its rows, columns aligned in a code block, without its borders', () => {
    expect(body).toContain('`Files → Sharing`');
    expect(body).toContain('```\nPermission  Meaning\nRead        view only\nEdit        change it\n```');
  });
});

describe('Sphinx manuals as a helper found them (Carbonio, Mattermost, Qubes, Tiled, OpenToonz)', () => {
  const topicsOf = (text: string) => importGuide({ fileName: 'guide.rst', text, allowedHosts: [] });

  it('input: "2. Create an OTP" over its underline right after a bullet list → a topic of its own, headed as written', () => {
    const { report } = topicsOf(
      'Two-factor auth\n===============\n\nSet it up.\n\n1. Open settings\n----------------\n\n* Click the gear.\n* Open Auth.\n\n2. Create an OTP\n----------------\n\n* Insert a label.\n* Click Create.\n',
    );
    expect(report.topics.map((t) => t.heading)).toEqual(['Two-factor auth', '1. Open settings', '2. Create an OTP']);
  });

  it('input: ".. important::" holding a bullet list, then the section\'s instructions → one topic holds both; no topic titled "Important"', () => {
    const { topics, report } = topicsOf(
      'Delete account\n==============\n\nYou can delete your account.\n\n.. important::\n\n    - This cannot be undone.\n    - Your posts stay visible.\n\nSelect **Delete Account** in **Settings**.\n',
    );
    expect(report.topics.map((t) => t.title)).toEqual(['Delete account']);
    expect(topics[0]!.text).toMatch(
      /\*\*Important:\*\*\n\n1\. This cannot be undone\.[\s\S]*Select \*\*Delete Account\*\*/,
    );
  });

  it('input: a grid table whose cells hold **bold**, a substitution, a role and a cell over two lines → rows of plain cells, no "+---" or "|"', () => {
    const { topics } = topicsOf(
      '.. |on| replace:: Online\n\nStatus\n======\n\n+--------+-----------------------+\n| **Is** | **Means**             |\n+========+=======================+\n| |on|   | Set by :guilabel:`On`,|\n|        | see the menu.         |\n+--------+-----------------------+\n',
    );
    expect(topics[0]!.text).toMatch(/```\n\s*Is {6}Means\n\s*Online {2}Set by On, see the menu\.\n\s*```/);
  });

  it('input: a grid table of markup beside its result, the left cells ".. code-block:: md" blocks, one right cell ".. raw:: html" → the markup shown as written, the HTML\'s text, no directive line', () => {
    const { topics } = topicsOf(
      [
        'Formatting',
        '==========',
        '',
        '+------------------------+---------------------+',
        '| Write                  | Shows               |',
        '+========================+=====================+',
        '| .. code-block:: md     |                     |',
        '|                        |                     |',
        '|     Mind the *gap*.    | Mind the *gap*.     |',
        '+------------------------+---------------------+',
        '| .. code-block:: md     | .. raw:: html       |',
        '|                        |                     |',
        '|     ~~gone~~           |    <del>gone</del>  |',
        '+------------------------+---------------------+',
        '',
      ].join('\n'),
    );
    const text = topics[0]!.text;
    expect(text).toMatch(/Mind the \*gap\*\. +Mind the gap\./);
    expect(text).toMatch(/~~gone~~ +gone\n/);
    expect(text).not.toMatch(/code-block|raw::|<del>/);
  });

  it('input: :ref:`user/how-to-update:command-line interface` (an autosectionlabel, page and title) → "command line interface", no page path', () => {
    const { topics } = topicsOf('Updates\n=======\n\nSee :ref:`user/how-to-update:command-line interface` first.\n');
    expect(topics[0]!.text).toContain('See command line interface first.');
  });

  it('input: steps 1-3, a paragraph, then a list that resumes at "4." and a second list → both lists kept as numbered lists, from the numbers written, no "1\\."', () => {
    const { topics } = topicsOf(
      'Recovery\n========\n\n1. Open a terminal.\n2. Mount the disk.\n3. Copy the key.\n\nIf the copy fails:\n\n4. Unmount the disk.\n5. Repeat steps 2-3.\n\nTo finish:\n\n1. Reboot.\n2. Log in.\n',
    );
    const text = topics[0]!.text;
    expect(text).not.toContain('\\.');
    expect(text).toContain('If the copy fails:\n\n4. Unmount the disk.\n5. Repeat steps 2-3.');
    expect(text).toContain('To finish:\n\n1. Reboot.\n2. Log in.');
  });

  it('input: ".. tab:: macOS" and ".. tab:: Windows/Linux" with :parse-titles:, each a line of intro then a "General" title → titles name their tab; each intro stays with its tab', () => {
    const { topics, report } = topicsOf(
      'Desktop app\n===========\n\nPick your system.\n\n.. tab:: macOS\n  :parse-titles:\n\n  Open **Mattermost > Settings**.\n\n  General\n  ~~~~~~~\n\n  - **Download Location**: where files go.\n\n.. tab:: Windows/Linux\n  :parse-titles:\n\n  Open **File > Settings**.\n\n  General\n  ~~~~~~~\n\n  - **Start on login**: start with the system.\n',
    );
    expect(report.warnings).toEqual([]);
    expect(report.topics.map((t) => [t.heading, t.title])).toEqual([
      ['Desktop app', 'Desktop app'],
      ['General', 'General (macOS)'],
      ['General', 'General (Windows/Linux)'],
    ]);
    expect(topics[1]!.text).not.toContain('File > Settings');
    expect(topics[2]!.text).toMatch(/File > Settings[\s\S]*Start on login/);
  });

  // Adapted from mattermost/docs (9dd1c713ed5e, source/end-user-guide/access/access-your-workspace.rst): a "Web/Desktop"
  // tab with titles of its own, then a "Mobile" tab with none. Members asking how to sign in on mobile were shown the
  // mobile steps at the end of "Desktop app (Web/Desktop)", under "**Mobile:**".
  it('input: ".. tab:: Web/Desktop" with :parse-titles: and titles "Web browser" / "Desktop app", then ".. tab:: Mobile" with no title, then the page\'s text → the Mobile steps and the text after the tabs stay in the page\'s topic, not in "Desktop app"', () => {
    const { topics, report } = topicsOf(
      'Sign in\n=======\n\nUse your workspace address.\n\n.. tab:: Web/Desktop\n  :parse-titles:\n\n  Web browser\n  -----------\n\n  1. Open a browser.\n  2. Paste the address.\n\n  Desktop app\n  -----------\n\n  1. Install the app.\n  2. Enter the address.\n\n.. tab:: Mobile\n  :parse-titles:\n\n  1. Install the mobile app.\n  2. Tap **Connect**.\n\nAsk your admin for the address.\n',
    );
    expect(report.topics.map((t) => t.title)).toEqual([
      'Sign in',
      'Web browser (Web/Desktop)',
      'Desktop app (Web/Desktop)',
    ]);
    expect(topics[2]!.text).not.toContain('mobile app');
    expect(topics[2]!.text).not.toContain('Ask your admin');
    expect(topics[0]!.text).toMatch(/\*\*Mobile:\*\*\n\n1\. Install the mobile app\.\n2\. Tap \*\*Connect\*\*\./);
    expect(topics[0]!.text).toContain('Ask your admin for the address.');
  });

  // Adapted from mattermost/docs (9dd1c713ed5e, source/_static/badges/all-commercial.rst, included at the top of 110
  // end-user pages): the page's summary, and so its slash command's description, read "Available on Entry,
  // Professional, Enterprise, and Enterprise Advanced plans" on every one of them.
  it('input: a page opening on a badge "Available on `Entry and Enterprise plans <https://…>`__ (not on Professional)" over its text → the summary is the text\'s first sentence; the badge stays in the body', () => {
    const { topics } = topicsOf(
      'Schedule messages\n=================\n\nAvailable on `Entry and Enterprise plans <https://example.com/pricing/>`__ (not available on Professional)\n\nSchedule a message to be sent later. Pick a date and time.\n\n1. Write the message.\n2. Select **Schedule**.\n',
    );
    const [front, body] = topics[0]!.text.split('---\n').slice(1);
    expect(front).toContain('summary: Schedule a message to be sent later.');
    expect(body).toContain('Available on Entry and Enterprise plans');
  });

  // Adapted from mattermost/docs (9dd1c713ed5e, source/end-user-guide/collaborate/message-reminders.rst, "Set a
  // reminder"): a page with the badge over paragraphs and no list of its own read "1. Available on Entry, Professional,
  // Enterprise, and Enterprise Advanced plans" as its first step (14 end-user topics).
  it('input: a badge "Available on `Entry and Enterprise plans <https://…>`__" over two paragraphs, no list → the badge is a line above the steps, not step 1; the paragraphs are the steps', () => {
    const { topics } = topicsOf(
      'Set a reminder\n==============\n\nAvailable on `Entry and Enterprise plans <https://example.com/pricing/>`__\n\nHover over the message, then select **Remind**.\n\nYou receive a direct message at the time you chose.\n',
    );
    const body = topics[0]!.text.split('---\n').at(-1)!;
    expect(body).toContain(
      'Available on Entry and Enterprise plans\n\n1. Hover over the message, then select **Remind**.\n2. You receive a direct message',
    );
    expect(body).not.toMatch(/^\d+\. Available on/m);
  });

  it('input: :samp:`disp{1234}`, "tool (|icon|)" with an image substitution, "Notely\\ \'s" in a heading → no braces, no "()", no backslash', () => {
    const { topics, report } = topicsOf(
      ".. |icon| image:: type.png\n\nShortcuts for Notely\\ 's editor\n================================\n\nOpen :samp:`disp{1234}` with the **Type** tool (|icon|) selected.\n",
    );
    expect(report.topics[0]!.heading).toBe("Shortcuts for Notely's editor");
    expect(topics[0]!.text).toContain('Open `disp1234` with the **Type** tool selected.');
  });

  it('input: page "Defold" with its own text, then a sub-heading "defold" (one of its plugins) → two topics; "Schedule" over "Schedule" with nothing between → one', () => {
    const apart = topicsOf(
      'Defold\n======\n\nTwo plugins export to Defold.\n\ndefold\n------\n\nExports a tile map.\n\ndefoldcollection\n----------------\n\nExports a collection.\n',
    );
    expect(apart.report.topics.map((t) => t.heading)).toEqual(['Defold', 'defold', 'defoldcollection']);
    const merged = topicsOf('Schedule\n========\n\nSchedule\n--------\n\nPick a time.\n');
    expect(merged.report.topics.map((t) => t.heading)).toEqual(['Schedule']);
  });
});

describe('Sphinx manuals as a second helper found them (pgAdmin, Indico)', () => {
  const bodyOf = (text: string, n = 0) =>
    importGuide({ fileName: 'guide.rst', text, allowedHosts: [] }).topics[n]!.text.split('---\n').at(-1)!;

  it('input: a csv-table whose quoted cells run over several lines (wrapped prose, a line block) → each cell whole on its row, no lost letters, no stray quotes or bars', () => {
    const body = bodyOf(
      'Pens\n====\n\n.. csv-table::\n   :header: "Name", "Use"\n\n   "thin","Draws outlines and the hidden\n   edges of a part."\n   "wide", "\n       | Borders\n       | Titles"\n   "plain", simple\n',
    );
    expect(body).toContain('thin   Draws outlines and the hidden edges of a part.\n');
    expect(body).toContain('wide   Borders; Titles\n');
    expect(body).toContain('plain  simple\n');
    expect(body).not.toMatch(/["|]/);
  });

  it('input: a grid table under a title row spanning its width, cells over two lines and a line block in a cell → each row whole, no letter cut at a column edge, no bars', () => {
    const body = bodyOf(
      'Panel\n=====\n\n+-----------------------------------+\n| Panel controls                    |\n+============+======================+\n| **On/Off** | Turns the panel on.  |\n|            | Off hides it.        |\n+------------+----------------------+\n| Sizes      | | Small              |\n|            | | Large              |\n+------------+----------------------+\n',
    );
    expect(body).toMatch(
      /\n {3}Panel controls\n {3}On\/Off +Turns the panel on\. Off hides it\.\n {3}Sizes +Small; Large\n/,
    );
    expect(body).not.toContain('|');
  });

  it('input: a grid table whose last row spans a border crossing its value column only ("+   +   +-----+") → each value on its line under the name, no run of dashes', () => {
    const body = bodyOf(
      'Proxy\n=====\n\n+----------+-------+----------------------+\n| Variable | Value | Meaning              |\n+==========+=======+======================+\n| ``host`` | ``h`` | The proxy address.   |\n+----------+-------+----------------------+\n| ``type`` | ``2`` | ``0`` for System.    |\n+          +       +----------------------+\n|          |       | ``1`` for SOCKS5.    |\n+          +       +----------------------+\n|          |       | ``2`` for none.      |\n+----------+-------+----------------------+\n',
    );
    expect(body).toMatch(/\n {3}type +2 +0 for System\.\n {3} +1 for SOCKS5\.\n {3} +2 for none\.\n/);
    expect(body).not.toMatch(/--/);
  });

  it('input: a literal holding backticks (``(`\\, /, |`)``) and one written in three backticks (```OC-Checksum: [a]```) → one code span each, its backticks inside it, none stray', () => {
    const body = bodyOf(
      'Names\n=====\n\nWindows refuses the characters ``(`\\, /, |`)`` in names.\n\nThe header is sent with it.\n```OC-Checksum: [a]:[c]```\n',
    );
    expect(body).toContain('the characters `` (`\\, /, |`) `` in names.');
    expect(body).toContain('`OC-Checksum: [a]:[c]`');
    expect(body).not.toContain('``OC');
  });

  it('input: a step holding letter items written with a full stop ("a. (32-bit) ``HKLM\\A``" / "b. (64-bit) …"), and a paragraph opening on "A. Smith" → the letters a list under the step, numbered by letter; the paragraph text', () => {
    const body = bodyOf(
      'Keys\n====\n\n1. Edit these keys:\n\n    a. (32-bit) ``HKLM\\A``\n    b. (64-bit) ``HKLM\\B``\n\n2. Add the key.\n\nA. Smith wrote the key names down.\n',
    );
    expect(body).toContain(
      '1. Edit these keys:\n    1. (32-bit) `HKLM\\A`\n    2. (64-bit) `HKLM\\B`\n2. Add the key.',
    );
    expect(body).toContain('A. Smith wrote the key names down.');
  });

  it('input: a list item ending "::" whose code is indented past its text, then a note and a sentence at the text\'s column → code, then the note and the sentence as the step\'s text, not code', () => {
    const body = bodyOf(
      'Build\n=====\n\n7. Build the client::\n\n     cmake ../client\n     make\n\n   .. note:: You can try ninja instead.\n\n   The binary will appear in the ``bin`` directory.\n\n8. Run it.\n',
    );
    expect(body).toContain('```\n   cmake ../client\n   make\n   ```\n');
    expect(body).toContain('**Note:** You can try ninja instead.');
    expect(body).toContain('The binary will appear in the `bin` directory.');
    expect(body).not.toContain('.. note::');
  });

  it('input: a grid table whose rows close with a "|" short of the border\'s last "+" → the last column\'s cells without a bar', () => {
    const body = bodyOf(
      'Features\n========\n\n+----------+---------------+\n| Feature  |Property     |\n+==========+===============+\n| Client   |             |\n+----------+---------------+\n| Shortcut |``NO_SHORTCUT``|\n+----------+---------------+\n',
    );
    expect(body).toMatch(/\n {3}Feature +Property\n {3}Client\n {3}Shortcut +NO_SHORTCUT\n/);
    expect(body).not.toContain('|');
  });

  it('input: Markdown code fences in a reST page ("```" / a command / "```", and "```bash" in a list item) → code blocks holding the commands, no heading made of a command', () => {
    const { topics } = importGuide({
      fileName: 'logs.rst',
      text: 'Logs\n====\n\nTo keep logs for two days, issue the following command:\n\n```\nowncloud --logdir /tmp/logs --logexpire 48\n```\n\n1. Build it:\n\n   ```bash\n   make all\n   ```\n\n2. Run it.\n\nServer Log\n----------\n\nThe server keeps a log.\n',
      allowedHosts: [],
    });
    const body = topics[0]!.text.split('---\n').at(-1)!;
    expect(body).toContain('```\nowncloud --logdir /tmp/logs --logexpire 48\n```');
    expect(body).toContain('```bash\n   make all\n   ```');
    expect(topics.map((t) => t.text)).not.toContainEqual(expect.stringContaining('title: owncloud'));
  });

  it('input: a code-block showing a Markdown fence of its own ("```" / "function test() {}" / "```") → one block fenced with four backticks, its lines whole, nothing after it shown as text', () => {
    const body = bodyOf(
      'Code\n====\n\nWrap it:\n\n.. code-block:: text\n\n   Intro.\n\n   ```\n   function test() {}\n   ```\n\nThen send it.\n',
    );
    expect(body).toContain('````text\n   Intro.\n\n   ```\n   function test() {}\n   ```\n   ````');
  });

  it('input: ".. data:: SHOW_BANNER" and ".. option:: banner.text", each over its description → the name leads its description, never a step of its own', () => {
    const body = bodyOf(
      'Settings\n========\n\n.. data:: SHOW_BANNER\n\n    Whether the banner shows on every page.\n\n    Default: ``True``\n\n.. option:: banner.text\n\n    The words the banner shows.\n',
    );
    expect(body).toContain('**`SHOW_BANNER`:** Whether the banner shows on every page.');
    expect(body).toContain('**banner.text:** The words the banner shows.');
    expect(body).not.toMatch(/^\d+\. (?:SHOW_BANNER|banner\.text)$/m);
  });

  it('input: a lead-in wrapped over two source lines, its last line short ("the *Lamp* dialog:"), then a screenshot → a full stop, no colon pointing at nothing; "…it." / "Example:" then one → the label goes', () => {
    const body = bodyOf(
      'Lamp\n====\n\nThe following shows the command made by the choices in\nthe *Lamp* dialog:\n\n.. image:: lamp.png\n\nThe lamp is named *desk*.\n\nThe quote lands in your editor where you answer it.\nExample:\n\n.. image:: quote.png\n\nSend it when done.\n',
    );
    expect(body).toContain('the *Lamp* dialog.');
    expect(body).toContain('where you answer it.\n');
    expect(body).not.toContain(':\n');
  });

  it('input: a definition list whose terms are written bold ("**Report Display**", "**Copying:**") → "**Report Display:**" leads its text, no run of four stars', () => {
    const body = bodyOf(
      'Reports\n=======\n\nAll reports show in a panel:\n\n**Report Display**\n  Reports are written as Markdown.\n\n**Copying:**\n  Select the text to copy it.\n',
    );
    expect(body).toContain('**Report Display:** Reports are written as Markdown.');
    expect(body).toContain('**Copying:** Select the text to copy it.');
    expect(body).not.toMatch(/\*{3}|\*\*:\*\*/);
  });

  it('input: ".. |new| replace:: ``New Lamp...``" used as "|new|" and as "|guide|_" linked to its address → `New Lamp...` in code and a link, no double backticks or bars', () => {
    const { topics } = importGuide({
      fileName: 'guide.rst',
      text: 'Lamps\n=====\n\nChoose |new| to add a lamp, or read the |guide|_ first.\n\n.. |new| replace:: ``New Lamp...``\n.. |guide| replace:: **Lamp guide**\n.. _guide: https://lamps.example.org/guide\n',
      allowedHosts: ['lamps.example.org'],
    });
    const body = topics[0]!.text.split('---\n').at(-1)!;
    expect(body).toContain(
      'Choose `New Lamp...` to add a lamp, or read the [**Lamp guide**](https://lamps.example.org/guide) first.',
    );
    expect(body).not.toMatch(/``|\|/);
  });

  it('input: an "Indices and tables" section listing :ref:`genindex`, :ref:`modindex` and :ref:`search` → no topic of "1. genindex 2. modindex"; the page\'s own text stays', () => {
    const { report } = importGuide({
      fileName: 'index.rst',
      text: 'Lamp manual\n===========\n\nHow to light a lamp.\n\nIndices and tables\n------------------\n\n* :ref:`genindex`\n* :ref:`modindex`\n* :ref:`search`\n',
      allowedHosts: [],
    });
    expect(report.topics.map((t) => t.heading)).toEqual(['Lamp manual']);
  });

  it('input: pages titled "`Lamp Settings`:index:" (a title in an index role), referred to by :ref: and :doc: → "see Lamp Settings", no ":index:"', () => {
    const { topics } = importGuidePages({
      folderName: 'manual',
      files: [
        { fileName: 'start.rst', text: 'Start\n=====\n\nSee :ref:`lamp_settings` and :doc:`wiring` first.\n' },
        {
          fileName: 'settings.rst',
          text: '.. _lamp_settings:\n\n****************************\n`Lamp Settings`:index:\n****************************\n\nPick a colour.\n',
        },
        { fileName: 'wiring.rst', text: '`Wiring`:index:\n===============\n\nConnect the wires.\n' },
      ],
      allowedHosts: [],
    });
    const start = topics.find((t) => t.text.includes('See '))!.text;
    expect(start).toContain('See Lamp Settings and Wiring first.');
    expect(start).not.toContain(':index:');
  });

  it('input: a simple table whose cell goes on with a bullet list on the lines below → "Accepted: red; blue", no stray star or double space', () => {
    const body = bodyOf(
      'Colours\n=======\n\n=====  ==========================\nName   Meaning\n=====  ==========================\ntint   Accepted:\n         * red\n         * blue\nglow   Lights the lamp a little\n       longer.\n=====  ==========================\n',
    );
    expect(body).toContain('tint  Accepted: red; blue\n');
    expect(body).toContain('glow  Lights the lamp a little longer.\n');
    expect(body).not.toMatch(/: {2}|\*/);
  });

  it('input: "Apache" pages in a Debian and a Fedora folder, each with "SSO" over "1. Install the module" → the two install topics are titled apart by their folder', () => {
    const page = (os: string) =>
      `Apache\n======\n\nSet up Apache on ${os}.\n\nSSO\n---\n\nOptional.\n\n1. Install the module\n~~~~~~~~~~~~~~~~~~~~\n\nInstall it with the ${os} tool.\n`;
    const { report } = importGuidePages({
      folderName: 'install',
      files: [
        { fileName: 'deb/index.rst', text: 'Debian\n======\n\nFor Debian.\n' },
        { fileName: 'deb/apache.rst', text: page('Debian') },
        { fileName: 'rpm/index.rst', text: 'Fedora\n======\n\nFor Fedora.\n' },
        { fileName: 'rpm/apache.rst', text: page('Fedora') },
      ],
      allowedHosts: [],
    });
    const installs = report.topics.filter((t) => t.heading === '1. Install the module').map((t) => t.title);
    expect(installs).toEqual([
      '1. Install the module (SSO, Apache, Debian)',
      '1. Install the module (SSO, Apache, Fedora)',
    ]);
  });

  it('input: table cells with backslash escapes ("C:\\\\Lamp\\\\lamp.cfg", "from:\\*bob\\*", "Ctrl\\+L") and a literal ``C:\\\\raw`` → the path with single backslashes, the stars and plus shown; the literal as written', () => {
    const body = bodyOf(
      'Files\n=====\n\n.. csv-table::\n   :header: "Where", "What"\n\n   "C:\\\\Lamp\\\\lamp.cfg", "Settings"\n   "from:\\*bob\\*", "Ctrl\\+L, or ``C:\\\\raw``"\n',
    );
    expect(body).toContain('C:\\Lamp\\lamp.cfg  Settings\n');
    expect(body).toContain('from:*bob*        Ctrl+L, or C:\\\\raw\n');
  });
});

describe("sphinxFrame: a Sphinx conf.py's rst_prolog and rst_epilog", () => {
  it('input: a triple-quoted rst_prolog, a one-line rst_epilog with an escaped newline, a computed value → the two literals; the computed one is skipped', () => {
    const conf = [
      'project = "Carbonio"',
      'rst_prolog = """',
      '.. |product| replace:: Carbonio',
      '"""',
      "rst_epilog = '.. |support| replace:: the help desk\\n'",
      'html_title = "%s docs" % project',
    ].join('\n');
    const frame = sphinxFrame(conf);
    expect(frame.prolog.trim()).toBe('.. |product| replace:: Carbonio');
    expect(frame.epilog).toBe('.. |support| replace:: the help desk\n');
    expect(sphinxFrame('rst_prolog = "%s" % x\n')).toEqual({ prolog: '', epilog: '' });
  });

  it('input: a triple-quoted rst_epilog formatted with a version the conf.py sets ("%s" % blender_version), one with two slots, one with an unset name → the version written in; the others skipped', () => {
    const conf = [
      "blender_version = '3.5'",
      'rst_epilog = """',
      '.. |BLENDER_VERSION| replace:: %s',
      '.. |RATE| replace:: 100%%',
      '""" % blender_version',
    ].join('\n');
    expect(sphinxFrame(conf).epilog.trim()).toBe('.. |BLENDER_VERSION| replace:: 3.5\n.. |RATE| replace:: 100%');
    expect(sphinxFrame(`v = '1'\nrst_epilog = "%s and %s" % (v)\n`).epilog).toBe('');
    expect(sphinxFrame(`rst_prolog = '%s' % (release,)\n`).prolog).toBe('');
  });
});

describe('sphinxSources: which files a Sphinx conf.py reads as pages', () => {
  const pages = (conf: string, paths: string[]) => paths.filter((p) => isSphinxPage(p, sphinxSources(conf)));
  const files = ['index.rst', 'README.md', 'guide/setup.md', 'guide/a.txt', '_build/x.rst', 'guide/_part.rst'];

  it('input: no source_suffix → .rst only; "_build" excludes its folder; "**/_*.rst" a file at any depth', () => {
    expect(pages("exclude_patterns = ['_build', '**/_*.rst']\n", files)).toEqual(['index.rst']);
  });

  it('input: source_suffix as a string, a list, and a dict over several lines → those suffixes', () => {
    expect(pages("source_suffix = '.rst'\n", files)).toEqual(['index.rst', '_build/x.rst', 'guide/_part.rst']);
    expect(pages('source_suffix = [".rst", ".md"]\n', files)).toHaveLength(5);
    const dict = "source_suffix = {\n    '.rst': 'restructuredtext',\n    '.md': 'markdown',\n}\n";
    expect(sphinxSources(dict).suffixes).toEqual(['.rst', '.md']);
  });

  it('input: MyST or recommonmark among the extensions → .md too; only in a comment → not', () => {
    expect(sphinxSources("extensions = ['sphinx.ext.todo', 'myst_parser']\n").suffixes).toEqual(['.rst', '.md']);
    expect(sphinxSources('extensions = ["recommonmark"]\n').suffixes).toEqual(['.rst', '.md']);
    expect(sphinxSources("extensions = [\n#    'myst_parser',\n]\n").suffixes).toEqual(['.rst']);
  });

  it('input: a computed source_suffix → every file kept (null), never a guide with no pages', () => {
    expect(sphinxSources('source_suffix = SUFFIXES\n').suffixes).toBeNull();
    expect(pages('source_suffix = SUFFIXES\n', ['index.rst', 'README.md'])).toEqual(['index.rst', 'README.md']);
  });
});

describe('Sphinx manuals as a third helper found them (Mixxx, digiKam, openmediavault)', () => {
  const body = (rst: string) => importGuide({ fileName: 'guide.rst', text: rst, allowedHosts: [] }).topics[0]!.text;

  it('input: a simple table inside a definition, the next line back at the margin without a blank → the table in a code block, then the line as text', () => {
    const rst = [
      'Levels',
      '======',
      '',
      'Log level',
      '    The levels:',
      '',
      '    =====  =============',
      '    Value  Meaning',
      '    =====  =============',
      '    info   Informational',
      '    =====  =============',
      'Set the level in the preferences.',
      '',
    ].join('\n');
    const text = body(rst);
    expect(text).toMatch(/```\n +Value {2}Meaning\n +info {3}Informational\n +```/);
    expect(text).toMatch(/\n\d\. Set the level in the preferences\.\n/);
    expect(text).not.toContain('=====');
  });

  it('input: an option list ("--resource-path PATH   Top-level…", "-h, --help", a description on the lines below, one holding a list) → each option in code leads its own description; no run-on paragraph', () => {
    const rst = [
      'Command line options',
      '====================',
      '',
      'Append an option to the command:',
      '',
      '--resource-path PATH            Top-level directory where Mixxx will look for',
      '                                its resource files.',
      '--safe-mode                     Disable OpenGL widgets.',
      '',
      '                                * Automatically loads empty waveforms',
      '                                * Disables spinning vinyl widgets',
      '--color <color>               [auto|always|never] Use colors on the console',
      '                                output.',
      '--developer',
      '    Enable developer mode.',
      '-h, --help                      Display this help message and exit',
      '',
    ].join('\n');
    const text = body(rst);
    expect(text).toContain(
      '**`--resource-path PATH`:** Top-level directory where Mixxx will look for its resource files.',
    );
    expect(text).toContain('**`--safe-mode`:** Disable OpenGL widgets.');
    expect(text).toMatch(/\n1\. Automatically loads empty waveforms\n2\. Disables spinning vinyl widgets\n/);
    expect(text).toContain('**`--color <color>`:** [auto|always|never] Use colors on the console output.');
    expect(text).toContain('**`--developer`:** Enable developer mode.');
    expect(text).toContain('**`-h, --help`:** Display this help message and exit');
    expect(text).not.toMatch(/widgets --color|files\. --safe-mode/);
  });

  it('input: a glossary entry naming its term two ways ("API" / "Application Program Interface" over the definition) → "**API, Application Program Interface:**" leads the definition', () => {
    const rst = [
      'Glossary',
      '========',
      '',
      '.. glossary::',
      '   :sorted:',
      '',
      '   API',
      '   Application Program Interface',
      '     An API is a set of rules',
      '     for how programs talk.',
      '',
      '   cueing',
      '     Listening to the next track.',
      '',
    ].join('\n');
    const text = body(rst);
    expect(text).toContain('**API, Application Program Interface:** An API is a set of rules for how programs talk.');
    expect(text).toContain('**cueing:** Listening to the next track.');
    expect(text).not.toContain('API Application');
  });

  it('input: :file:`%LocalAppData%\\\\digikamrc`, :kbd:`Ctrl-\\*`, :samp:`user\\{{name}\\}`, :math:`\\frac{1}{2}` and ``C:\\\\raw`` → the path with one backslash, "Ctrl-*", "user{name}"; the formula and the literal as written', () => {
    const rst = [
      'Files',
      '=====',
      '',
      'Settings are in :file:`%LocalAppData%\\\\digikamrc`. Press :kbd:`Ctrl-\\*`.',
      '',
      'Type :samp:`user\\{{name}\\}`. See :math:`\\frac{1}{2}` and ``C:\\\\raw``.',
      '',
    ].join('\n');
    const text = body(rst);
    expect(text).toContain('Settings are in `%LocalAppData%\\digikamrc`. Press `Ctrl-*`.');
    expect(text).toContain('Type `user{name}`. See \\frac{1}{2} and `C:\\\\raw`.');
  });

  it('input: a field ":range:" whose value is a table on the lines below, then ":feedback: None", then ":range (read-only):" a blank line above its table → one topic, each name plain over its table, no topic titled "range"', () => {
    const rst = [
      'Cue mode',
      '========',
      '',
      'Represents the chosen cue mode.',
      '',
      ':range:',
      '   =====  ==========',
      '   Value  Hardware',
      '   =====  ==========',
      '   0.0    Mixxx mode',
      '   =====  ==========',
      ':feedback: None',
      '',
      ':range (read-only):',
      '',
      '   =====  ======',
      '   Value  Meaning',
      '   =====  ======',
      '   1      Set',
      '   =====  ======',
      '',
    ].join('\n');
    const { topics } = importGuide({ fileName: 'guide.rst', text: rst, allowedHosts: [] });
    expect(topics.map((t) => t.file)).toEqual(['cue-mode.md']);
    expect(topics[0]!.text).toMatch(/\n\d\. range:\n +```\n +Value {2}Hardware\n +0\.0 {4}Mixxx mode\n +```\n/);
    expect(topics[0]!.text).toContain('**feedback:** None');
    expect(topics[0]!.text).toMatch(/\n\d\. range \(read-only\):\n +```\n +Value {2}Meaning\n/);
  });

  it('input: definition terms that are questions ("Why is access denied?") and a plain term ("Which port") over their answers → "**Why is access denied?** It is…", "**Which port:**"; no "?:"', () => {
    const text = body(
      [
        'Questions',
        '=========',
        '',
        'Why is access denied?',
        '   It is a permission issue.',
        '',
        'Which port',
        '   Port 445.',
        '',
      ].join('\n'),
    );
    expect(text).toContain('**Why is access denied?** It is a permission issue.');
    expect(text).toContain('**Which port:** Port 445.');
    expect(text).not.toContain('?:');
  });

  it('input: a sub-section holding only a simple table of shortcuts, another only a bash command → the table stands under "For reference:", not "Use this:" (no instruction to use a table); the command keeps "Use this:"', () => {
    const rst = [
      'Shortcuts',
      '=========',
      '',
      'Keys in short.',
      '',
      'Documents',
      '---------',
      '',
      '========  ======================',
      'Shortcut  Action',
      '========  ======================',
      'Ctrl + E  Create a new document',
      'Ctrl + O  Open a document',
      '========  ======================',
      '',
      'Install',
      '-------',
      '',
      '.. code-block:: bash',
      '',
      '   pip install  --user  tool',
      '   tool  --help',
      '',
    ].join('\n');
    const { topics } = importGuide({ fileName: 'guide.rst', text: rst, allowedHosts: [] });
    expect(topics.find((t) => t.file === 'documents.md')!.text).toMatch(
      /\n1\. For reference:\n {3}```\n {3}Shortcut +Action\n {3}Ctrl \+ E +Create a new document\n/,
    );
    expect(topics.find((t) => t.file === 'install.md')!.text).toMatch(/\n1\. Use this:\n {3}```bash\n {3}pip install/);
  });

  it('input: a page whose sub-section holds only a simple table of controls → that topic has no summary "Use this:", and the page\'s overview step is "**Deck section**" alone', () => {
    const rst = [
      'Controller',
      '==========',
      '',
      'The mapping in short.',
      '',
      'Deck section',
      '------------',
      '',
      '===  =========  ==========',
      'No.  Control    Function',
      '===  =========  ==========',
      '1    Jog Wheel  Scratch',
      '2    SHIFT      Second function',
      '===  =========  ==========',
      '',
    ].join('\n');
    const { topics } = importGuide({ fileName: 'guide.rst', text: rst, allowedHosts: [] });
    const deck = topics.find((t) => t.file === 'deck-section.md')!;
    expect(deck.text).not.toMatch(/^summary:/m);
    expect(deck.text).toContain('Jog Wheel  Scratch');
    expect(topics.find((t) => t.file === 'controller.md')!.text).toMatch(/\n1\. \*\*Deck section\*\*\n/);
    expect(topics.map((t) => t.text).join('\n')).not.toContain('Deck section**: Use this');
  });

  it('input: ".. mixxx:control:: [ChannelN],cue_play" over two more signatures "[PreviewDeckN],cue_play" and "[SamplerN],cue_play", then its description → the three names in code lead the description; no name is a step of its own', () => {
    const text = body(
      [
        'Controls',
        '========',
        '',
        '.. mixxx:controlgroup:: [App]',
        '',
        '   Controls of the application.',
        '',
        '.. mixxx:control:: [ChannelN],cue_play',
        '                   [PreviewDeckN],cue_play',
        '                   [SamplerN],cue_play',
        '',
        '   Go to the cue point and play after release.',
        '',
        '   :range: binary',
        '',
      ].join('\n'),
    );
    expect(text).toContain('**[App]:** Controls of the application.');
    expect(text).toContain(
      '**`[ChannelN],cue_play, [PreviewDeckN],cue_play, [SamplerN],cue_play`:** Go to the cue point and play after release.',
    );
    expect(text).not.toMatch(/^\d+\. \[(?:PreviewDeckN|ChannelN)\]/m);
  });
});

describe('Sphinx manuals as a fourth helper found them (Natron, OpenToonz)', () => {
  const body = (rst: string) => importGuide({ fileName: 'guide.rst', text: rst, allowedHosts: [] }).topics[0]!.text;

  it('input: a definition list with no blank line between its items ("New Project" / "  Clear…" / "Open Project..." / "  Load…") → each term leads its own definition, none run on into the one above (a definition of two paragraphs too)', () => {
    const text = body(
      [
        'File menu',
        '=========',
        '',
        'New Project',
        '  Clear the node graph.',
        'Open Project...',
        '  Load a ``.ntp`` file',
        '  from the disk.',
        'Open Recent...',
        '  The last projects.',
        '',
        '  Pinned ones first.',
        'Close Project',
        '  Close it.',
        '',
      ].join('\n'),
    );
    expect(text).toContain('**New Project:** Clear the node graph.\n');
    expect(text).toContain('**Close Project:** Close it.');
    expect(text).toContain('**Open Project...:** Load a `.ntp` file from the disk.\n');
    expect(text).toContain('**Open Recent...:** The last projects.');
    expect(text).not.toContain('graph. Open Project');
  });

  it('input: three paragraphs with ".. note::" and ".. warning::" between the first two → the boxes go under step 1, the paragraphs are steps 1-3; no box numbered as a step', () => {
    const text = body(
      [
        'Image flow',
        '==========',
        '',
        'The nodes are connected with links.',
        '',
        '.. note::  Place your nodes top to bottom.',
        '',
        '.. warning::',
        '   Keep one output per node.',
        '',
        'Bring an image with the Read node.',
        '',
        'Then blur it with the Blur node.',
        '',
      ].join('\n'),
    );
    expect(text).toContain(
      '1. The nodes are connected with links.\n   **Note:** Place your nodes top to bottom.\n   **Warning:** Keep one output per node.\n2. Bring an image with the Read node.\n3. Then blur it',
    );
    expect(text).not.toMatch(/^\d+\. \*\*(?:Note|Warning):/m);
  });

  it('input: ".. note::" over "**Tip:**" and its text, and ".. note:: **WARNING:** Use at your own risk!" → "**Tip:** Natron…" and "**WARNING:** Use…"; never "**Note:** **Tip:**"', () => {
    const text = body(
      [
        'Builds',
        '======',
        '',
        'Nightly builds hold the latest fixes.',
        '',
        '.. note::',
        '   **Tip:**',
        '   Natron reads image sequences faster than movies.',
        '',
        '.. note:: **WARNING:** Use at your own risk!',
        '',
      ].join('\n'),
    );
    expect(text).toContain('**Tip:** Natron reads image sequences faster than movies.');
    expect(text).toContain('**WARNING:** Use at your own risk!');
    expect(text).not.toContain('**Note:** **');
  });

  it('input: a docs-folder page "getstarted-installation.rst" with two top headings, "Installation" then "Additional Elements" → one topic "Installation" over "Additional Elements"; no topic "Getstarted installation"', () => {
    const { topics } = importGuidePages({
      folderName: 'guide',
      files: [
        { fileName: 'intro.rst', text: 'Intro\n=====\n\nWhat the tool does.\n' },
        {
          fileName: 'getstarted-installation.rst',
          text: [
            'Installation',
            '============',
            '',
            'This chapter covers installing on Windows and Linux.',
            '',
            'Additional Elements',
            '===================',
            '',
            'Community scripts',
            '-----------------',
            '',
            'Copy the scripts to your plug-in folder.',
            '',
          ].join('\n'),
        },
      ],
      allowedHosts: [],
    });
    const titles = topics.map((t) => /^title: (.*)$/m.exec(t.text)?.[1]);
    expect(titles).not.toContain('Getstarted installation');
    const install = topics.find((t) => t.file === 'installation.md')!.text;
    expect(install).toContain('This chapter covers installing on Windows and Linux.');
    expect(install).toContain('1. **Additional Elements**');
    expect(topics.find((t) => t.file === 'additional-elements.md')!.text).toMatch(/^section: Installation$/m);
  });

  it('input: "1. Download the key." / ``wget key.deb`` at the margin / "2. Install it." / a command and its remark / "3. Install the app." → three steps, each command under its step; no "2." left as a closing note', () => {
    const { topics, report } = importGuide({
      fileName: 'guide.rst',
      text: [
        'Debian',
        '======',
        '',
        '1. Download the signing key.',
        '',
        '``wget key.deb``',
        '',
        '2. Install the key.',
        '',
        '``sudo dpkg -i key.deb``',
        '',
        'Packages exist for amd64 only.',
        '',
        '3. Install the app.',
        '',
      ].join('\n'),
      allowedHosts: [],
    });
    expect(topics[0]!.text).toContain(
      '1. Download the signing key.\n   `wget key.deb`\n2. Install the key.\n   `sudo dpkg -i key.deb`\n   Packages exist for amd64 only.\n3. Install the app.',
    );
    expect(report.topics[0]!.steps).toBe(3);
  });

  it('input: steps 1-2, then "If it fails:" at the margin, then "3. Reboot." → the branch stays apart: 2 steps, "3. Reboot." after its lead-in', () => {
    const { topics, report } = importGuide({
      fileName: 'guide.rst',
      text: 'Fix\n===\n\n1. Open it.\n2. Save it.\n\nIf it fails:\n\n3. Reboot.\n',
      allowedHosts: [],
    });
    expect(report.topics[0]!.steps).toBe(2);
    expect(topics[0]!.text).toContain('If it fails:\n\n3. Reboot.');
  });
});

describe('reST import: boxes, line blocks and escaped spaces inside procedures', () => {
  const body = (text: string) => {
    const { topics, report } = importGuide({ fileName: 'guide.rst', text, allowedHosts: [] });
    return { text: topics[0]!.text.split('---\n').at(-1)!, steps: report.topics[0]!.steps };
  };

  it('input: ".. note::" indented into step 3, and the same note at the margin between steps 3 and 4 → one procedure, the note under step 3', () => {
    for (const note of ['   .. note:: Debian packages are signed.', '.. note:: Debian packages are signed.']) {
      const { text, steps } = body(
        ['Install', '=======', '', '3. Add the repository.', '', note, '', '4. Install the app.', ''].join('\n'),
      );
      expect(steps).toBe(2);
      expect(text).toContain('1. Add the repository.\n   **Note:** Debian packages are signed.\n2. Install the app.');
    }
  });

  it('input: ".. tip::" with two paragraphs between two paragraphs of text, and ".. note:: first words" with a second paragraph after a list → each box one paragraph under its label, no step or loose text of its own', () => {
    const prose = body(
      [
        'Tips',
        '====',
        '',
        'Open the app.',
        '',
        '.. tip::',
        '',
        '   Pin it.',
        '',
        '   It then starts faster.',
        '',
        'Close it.',
        '',
      ].join('\n'),
    );
    expect(prose.steps).toBe(2);
    expect(prose.text).toContain('1. Open the app.\n   **Tip:** Pin it. It then starts faster.\n2. Close it.');
    const listed = body(
      ['Setup', '=====', '', '1. Do it.', '2. Then this.', '', '.. note:: It is slow.', '', '   Wait for it.', ''].join(
        '\n',
      ),
    );
    expect(listed.steps).toBe(2);
    expect(listed.text).toContain('**Note:** It is slow. Wait for it.');
    // A box's first line without punctuation is its title: a colon, not "Copy the link Click Share".
    const titled = body(
      ['Share', '=====', '', 'Open it.', '', '.. tip::', '', '   Copy the link', '', '   Click Share.', ''].join('\n'),
    );
    expect(titled.text).toContain('**Tip:** Copy the link: Click Share.');
  });

  it('input: "**Pan**\\ *knob: unused*" and "``a``\\ ``b``" (markup joined by an escaped space), "*very*\\ fast" → a zero-width space between the marks, so Discord draws bold then italic; nothing between a mark and a word', () => {
    const doc = parseRst('Knobs\n=====\n\nThe **Pan**\\ *knob: unused* control, ``a``\\ ``b``, *very*\\ fast.\n');
    expect(doc.sections[0]!.lines.filter((l) => l.trim() !== '')).toEqual([
      'The **Pan**\u200b*knob: unused* control, `a`\u200b`b`, *very*fast.',
    ]);
  });
});

describe('Sphinx manuals as a fifth helper found them (beets, Tryton, Veyon)', () => {
  const body = (rst: string) => importGuide({ fileName: 'guide.rst', text: rst, allowedHosts: [] }).topics[0]!.text;

  it('input: definitions of two paragraphs ("Cache folder" / "   Where … are kept." / "" / "   **Default:** …") → each stays one step under its term, its second paragraph no step of its own', () => {
    const text = body(
      [
        'Folders',
        '=======',
        '',
        'Cache folder',
        '    Where the thumbnails are kept.',
        '',
        '    **Default:** *~/cache*',
        '',
        'Export folder',
        '    Where exported files go',
        '',
        '    Pick a folder with room.',
        '',
      ].join('\n'),
    );
    expect(text).toContain('1. **Cache folder:** Where the thumbnails are kept. **Default:** *~/cache*\n');
    // A first paragraph without closing punctuation takes a colon, not a run-on "go Pick".
    expect(text).toContain('2. **Export folder:** Where exported files go: Pick a folder with room.');
    expect(text).not.toContain('3.');
  });

  it('input: :guilabel:`Files & folders` and :menuselection:`Edit --> Cut & paste` (an "&" before a space) → the "&" kept; "&Save" still "Save"', () => {
    const text = body(
      'Panels\n======\n\nOpen :guilabel:`Files & folders`, then :menuselection:`Edit --> Cut & paste`, then :guilabel:`&Save`.\n',
    );
    expect(text).toContain('Open `Files & folders`, then `Edit → Cut & paste`, then `Save`.');
  });

  it('input: a term whose definition is a field list ("``sync_done``" / "   :Parameters: …" / "   :Description: …") → one step: the term, then its fields; no field a step of its own', () => {
    const text = body(
      [
        'Events',
        '======',
        '',
        '``sync_done``',
        '    :Parameters: ``folder`` (path)',
        '    :Description: Sent when a folder',
        '        finished syncing.',
        '',
        '``sync_failed``',
        '    :Parameters: ``error``',
        '    :Description: Sent on errors.',
        '',
      ].join('\n'),
    );
    expect(text).toContain(
      '1. **`sync_done`:** **Parameters:** `folder` (path) **Description:** Sent when a folder finished syncing.\n',
    );
    expect(text).toContain('2. **`sync_failed`:** **Parameters:** `error` **Description:** Sent on errors.');
    expect(text).not.toContain('3.');
  });

  it('input: "Keep it---or not", ``a---b`` and "run --force" → an em dash between the words; the literal and the option as written', () => {
    const text = body('Choices\n=======\n\nKeep it---or not: ``a---b`` stays, and run --force.\n');
    expect(text).toContain('Keep it\u2014or not: `a---b` stays, and run --force.');
  });
});

describe('Sphinx manuals as a sixth helper found them (OctoPrint, Mayan EDMS, pretalx)', () => {
  it('input: ".. versionadded:: 1.2" with no text, at the top and under list items → "*New in version 1.2.*" where it stands; the summary still the first sentence', () => {
    const { topics } = importGuide({
      fileName: 'checks.rst',
      text: 'Checks\n======\n\n.. versionadded:: 1.2\n\nThe plugin checks for updates.\n\n* ``user``: the owner\n* ``branches``: the channels.\n\n  .. versionadded:: 1.3\n* ``compare``: how to compare\n\n  .. deprecated:: 1.4\n',
      allowedHosts: [],
    });
    const [front, body] = topics[0]!.text.split('---\n').slice(1);
    expect(body).toContain('*New in version 1.2.*\n');
    expect(body).toContain('`branches`: the channels.\n   *New in version 1.3.*');
    expect(body).toContain('`compare`: how to compare\n   *Deprecated since version 1.4.*');
    expect(front).toContain('summary: The plugin checks for updates.');
  });

  it('input: ".. blockdiag::" and ".. seqdiag::" wrapping a diagram\'s source after "…as follows:" → no "blockdiag {", braces or arrows; the lead-in ends on a full stop, as before a dropped picture', () => {
    const { topics } = importGuide({
      fileName: 'files.rst',
      text: 'Files\n=====\n\nA document holds its files. The result would be as follows:\n\n.. blockdiag::\n\n   blockdiag {\n     default_shape = roundedbox;\n     Document -> "File 1" [label = "Upload"];\n   }\n\nFiles are never changed.\n\n.. seqdiag::\n\n   seqdiag {\n     browser -> server;\n   }\n',
      allowedHosts: [],
    });
    const body = topics[0]!.text.split('---\n').at(-1)!;
    expect(body).not.toMatch(/diag|roundedbox|->|[{}]/);
    expect(body).toContain('The result would be as follows.');
    expect(body).toContain('Files are never changed.');
  });

  it('input: a block quote holding bold-only paragraphs ("    **// action:command**"), then definitions → the bold lines stay bold text of one topic, no sub-topic titled "// action:command" taking the definitions; a bold line at the margin still heads one', () => {
    const { topics, report } = importGuide({
      fileName: 'commands.rst',
      text: 'Commands\n========\n\nTo quote the wiki:\n\n    The machine may send lines like this:\n\n    **// some debugging information**\n\n    Such lines start with //. A special comment:\n\n    **// action:command**\n\n    is allowed.\n\nOctoPrint handles these commands:\n\npause\n    Pauses the job, either:\n\n    * now\n    * later\n\n    **Example pause**\n\n    ``M0``\n\nresume\n    Resumes the job.\n\n**Other commands**\n\nPlugins may add more.\n',
      allowedHosts: [],
    });
    // A bold line at the margin still heads what follows it. The one in "pause"'s definition, which holds a list, stays
    // in that term's item: heading a topic, it took "resume" with it.
    expect(report.topics.map((t) => t.title)).toEqual(['Commands', 'Other commands']);
    expect(topics[0]!.text).toContain('   **Example pause**\n   `M0`\n2. **resume:** Resumes the job.');
    const body = topics[0]!.text.split('---\n').at(-1)!;
    expect(body).toContain('\n**// some debugging information**\n');
    expect(body).toContain('\n**// action:command**\n');
    expect(body).toContain('**pause:** Pauses the job, either:');
    expect(body).not.toContain('>');
  });

  it('input: sphinx-tabs ".. code-tab:: bash" (two commands), ".. code-tab:: py On Windows" → code blocks in their language under "Bash:" and "On Windows:", the commands on their own lines', () => {
    const { topics } = importGuide({
      fileName: 'install.rst',
      text: 'Install\n=======\n\nRun this:\n\n.. tabs::\n\n   .. code-tab:: bash\n\n      pip install foo\n      foo --init\n\n   .. code-tab:: py On Windows\n\n      import foo\n\nThen restart.\n',
      allowedHosts: [],
    });
    const body = topics[0]!.text.split('---\n').at(-1)!;
    expect(body).toContain('Bash:\n   ```bash\n   pip install foo\n   foo --init\n   ```');
    expect(body).toContain('On Windows:\n   ```py\n   import foo\n   ```');
  });
});

describe('Sphinx manuals as a seventh helper found them (OpenLP, UBports)', () => {
  it('input: terms "|service_new| **Create a new service:**" and "|open| **Load a service**" (an icon, then bold words), and "**Tips:** Natron" (bold in part) → "**Create a new service:**", "**Load a service:**", "**Tips:** Natron:"; no run of stars', () => {
    const { topics } = importGuide({
      fileName: 'service.rst',
      text: 'Service\n=======\n\nThree icons:\n\n|service_new| **Create a new service:**\n    This first icon will create a New Service.\n\n|open| **Load a service**\n    This opens one.\n\n**Tips:** Natron\n    Leave the input linear.\n\n.. |service_new| image:: new.png\n.. |open| image:: open.png\n',
      allowedHosts: [],
    });
    const body = topics[0]!.text.split('---\n').at(-1)!;
    expect(body).toContain('**Create a new service:** This first icon will create a New Service.');
    expect(body).toContain('**Load a service:** This opens one.');
    expect(body).toContain('**Tips:** Natron: Leave the input linear.');
    expect(body).not.toMatch(/\*\*\s*\*\*|\*\*\*/);
  });

  it('input: ".. note::" whose first paragraph ends "…this error:" over a deeper-indented quote ("sudo: must be owned by uid 0"), then a second paragraph → one note: the quote in italics, then the second paragraph; neither a step of its own', () => {
    const { topics } = importGuide({
      fileName: 'libertine.rst',
      text: 'Shell access\n============\n\nRun a shell.\n\nThen run your command.\n\n.. note::\n    When running commands as root, you may see this error:\n\n      sudo: /usr/bin/sudo must be owned by uid 0\n\n    Try replacing sudo with fakeroot.\n\nAfter that, exit.\n',
      allowedHosts: [],
    });
    const body = topics[0]!.text.split('---\n').at(-1)!;
    expect(body).toContain(
      '**Note:** When running commands as root, you may see this error: *sudo: /usr/bin/sudo must be owned by uid 0* Try replacing sudo with fakeroot.',
    );
    expect(body).not.toMatch(/^\d+\. (?:sudo|Try replacing)/m);
    expect(body).toMatch(/^3\. After that, exit\.$/m);
  });
});

describe('reST lists and definition lists nested in each other', () => {
  /** What a member is shown for the topic `id` of a reST guide. */
  const shown = (rst: string, id: string): string => {
    const { topics } = importGuide({ fileName: 'guide.rst', text: rst, allowedHosts: [] });
    const built = buildKnowledge({ files: topics.map((t) => ({ name: t.file, text: t.text })), allowedHostsText: '' });
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    return renderAnswer(built.knowledge.byId.get(id)!, built.knowledge).body;
  };

  it('input: a bullet list three levels deep ("- Open the settings." / "  - Choose a disk:" / "    - Internal", "    - External") → the third level nested under the second in the answer; the reST reader wrote every nested item at one depth, and the member saw "Internal" and "External" as more choices beside "Choose a disk:"', () => {
    const rst = [
      'Storage',
      '=======',
      '',
      'Set up the disks',
      '----------------',
      '',
      '- Open the settings.',
      '',
      '  - Choose a disk:',
      '',
      '    - Internal',
      '    - External',
      '',
      '  - Press **Apply**.',
      '',
      '- Restart.',
      '',
    ].join('\n');
    expect(shown(rst, 'set-up-the-disks')).toBe(
      [
        '1. Open the settings.',
        '   - Choose a disk:',
        '     - Internal',
        '     - External',
        '   - Press **Apply**.',
        '2. Restart.',
      ].join('\n'),
    );
  });
  it('input: a definition list holding others ("Load a draft" right over "Existing ticket" and "New ticket", each over its text; "Save a draft" over "New ticket" over "Adding a draft" and "Updating a draft") → one step per outer term, the inner terms bulleted under it, three levels deep; read as terms over paragraphs, each inner term was a step beside its outer one, and one right under its outer term ran on into its text ("**Load a draft:** Existing ticket Press…")', () => {
    const rst = [
      'Drafts',
      '======',
      '',
      'Handling drafts',
      '---------------',
      '',
      'Load a draft',
      '   Existing ticket',
      '      Press **Draft available** in the ticket.',
      '',
      '   New ticket',
      '      Pick a group first: the draft tab opens on the right.',
      '',
      'Remove a draft',
      '   Press **Delete** in the draft preview.',
      '',
      'Save a draft',
      '   New ticket',
      '      Adding a draft',
      '         Open the draft tab and press **Create**.',
      '',
      '      Updating a draft',
      '         Load it, change it and press **Update**.',
      '',
      '         It keeps its name.',
      '',
    ].join('\n');
    expect(shown(rst, 'handling-drafts')).toBe(
      [
        '1. **Load a draft:**',
        '   - **Existing ticket:** Press **Draft available** in the ticket.',
        '   - **New ticket:** Pick a group first: the draft tab opens on the right.',
        '2. **Remove a draft:** Press **Delete** in the draft preview.',
        '3. **Save a draft:**',
        '   - **New ticket:**',
        '     - **Adding a draft:** Open the draft tab and press **Create**.',
        '     - **Updating a draft:** Load it, change it and press **Update**. It keeps its name.',
      ].join('\n'),
    );
    // A definition list holding none keeps its terms over paragraphs, each a step of its own, as before.
    expect(shown('Keys\n====\n\nCtrl+S\n   Saves.\n\nCtrl+O\n   Opens.\n', 'keys')).toBe(
      '1. **Ctrl+S:** Saves.\n2. **Ctrl+O:** Opens.',
    );
  });
  it('input: a definition list ("General" over "Options:" over a bullet list "- Language", "- Theme"; then "Sync" over its text) → one step per term, the bullets under "General"; the bullet list was taken for the section\'s steps, "General" shown above them as the intro and "Sync" below as a note', () => {
    const rst = [
      'Settings',
      '========',
      '',
      'Preferences',
      '-----------',
      '',
      'The preferences window has these pages:',
      '',
      'General',
      '   Options:',
      '',
      '   - Language',
      '   - Theme',
      '',
      'Sync',
      '   Choose how often the app syncs.',
      '',
    ].join('\n');
    expect(shown(rst, 'preferences')).toBe(
      [
        'The preferences window has these pages:',
        '',
        '1. **General:** Options:',
        '   - Language',
        '   - Theme',
        '2. **Sync:** Choose how often the app syncs.',
      ].join('\n'),
    );
    // A single term over its list is the list's lead-in, as before: the list is the section's steps.
    expect(shown('Theme\n=====\n\nColours\n   Pick one:\n\n   - Light\n   - Dark\n', 'theme')).toBe(
      '**Colours:** Pick one:\n\n1. Light\n2. Dark',
    );
  });
  it('input: a definition list inside a numbered step ("2. Pick a page:" over "General" over "Language" and "Theme", each over its text, then "Sync" over its text) → the terms bold under the step, the inner ones bulleted under "General"; in a list item the reader ran each term into its text ("General Language The language of menus.")', () => {
    const rst = [
      'Setup',
      '=====',
      '',
      'Configure the app',
      '-----------------',
      '',
      '1. Open the settings.',
      '2. Pick a page:',
      '',
      '   General',
      '      Language',
      '         The language of menus.',
      '',
      '      Theme',
      '         Light or dark.',
      '',
      '   Sync',
      '      How often to sync.',
      '',
      '3. Press **Save**.',
      '',
    ].join('\n');
    expect(shown(rst, 'configure-the-app')).toBe(
      [
        '1. Open the settings.',
        '2. Pick a page:',
        '   - **General:**',
        '     - **Language:** The language of menus.',
        '     - **Theme:** Light or dark.',
        '   - **Sync:** How often to sync.',
        '3. Press **Save**.',
      ].join('\n'),
    );
    // A definition list holding none, in a step: each term leads its text, as at the margin.
    const flat = '1. Pick a page:\n\n   General\n      The language and theme.\n\n   Sync\n      How often to sync.\n';
    expect(shown(`Setup\n=====\n\n${flat}`, 'setup')).toBe(
      '1. Pick a page:\n   **General:** The language and theme.\n   **Sync:** How often to sync.',
    );
  });
});
