import { describe, expect, it } from 'vitest';
import { importGuide } from '../../src/core/import/import-guide.js';

// Adapted from Jellyfin's docs (jellyfin/jellyfin.org@04dc6a60fd7045474ac40b1cac962947a4a9b4a9,
// docs/general/contributing/direct-donations.mdx): a <table> whose rows the page builds from data in JavaScript.
describe("an MDX table whose rows are built by the page's code", () => {
  const table = (header: string[], staticRows: string[]) => [
    '<table>',
    ...header,
    '  <tbody>',
    ...staticRows,
    '    {donations',
    '      .sort(() => Math.random() - 0.5)',
    '      .map((element) => (',
    '        <tr>',
    '          <td>{element.title}</td>',
    '          <td>',
    '            <ul>',
    '              {element.roles.map((role) => (',
    '                <li>{role}</li>',
    '              ))}',
    '            </ul>',
    '          </td>',
    '        </tr>',
    '      ))}',
    '  </tbody>',
    '</table>',
  ];

  it('input: "<thead><th>Username</th><th>Role</th></thead>" over "{donations.map((element) => (<tr>…</tr>))}" → no table, not a row "| {element.title} | {element.roles.map((role) => ( {role} ))} |"', () => {
    const { topics } = importGuide({
      fileName: 'donations.mdx',
      text: [
        '# Donations',
        '',
        'This list is randomly ordered.',
        '',
        ...table(['  <thead>', '    <th>Username</th>', '    <th>Role</th>', '  </thead>'], []),
        '',
        'The rules for inclusion are simple.',
        '',
      ].join('\n'),
      allowedHosts: [],
    });
    const text = topics[0]!.text;
    expect(text).not.toContain('element');
    expect(text).not.toContain('|');
    expect(text).toContain('This list is randomly ordered.');
    expect(text).toContain('The rules for inclusion are simple.');
  });

  it('input: the same table with a header row and a row written in the page → those two rows, without the generated one', () => {
    const { topics } = importGuide({
      fileName: 'donations.mdx',
      text: [
        '# Donations',
        '',
        ...table(
          ['  <thead><tr><th>Username</th><th>Role</th></tr></thead>'],
          ['    <tr><td>joshuaboniface</td><td>Project leader</td></tr>'],
        ),
        '',
      ].join('\n'),
      allowedHosts: [],
    });
    const text = topics[0]!.text;
    expect(text).toContain('| Username | Role |\n   | --- | --- |\n   | joshuaboniface | Project leader |');
    expect(text).not.toContain('element');
  });

  it('input: the table with a header row "<tr><th>…</th></tr>" and only generated rows → no table, not a header alone', () => {
    const { topics } = importGuide({
      fileName: 'donations.mdx',
      text: [
        '# Donations',
        '',
        'This list is randomly ordered.',
        '',
        ...table(['  <thead><tr><th>Username</th><th>Role</th></tr></thead>'], []),
        '',
      ].join('\n'),
      allowedHosts: [],
    });
    expect(topics[0]!.text).not.toContain('|');
  });
});
