import { labelled } from './box-label.js';

/**
 * An HTML table whose header row is empty: GitBook's cards (`<table data-view="cards">`, one card a row, its title and
 * its text) have nothing to head their columns. Written as a Markdown table, it opened on an empty header ("|  |  |")
 * above "| Forum | Help us in polishing and improving Anytype |". Each card is written instead as MDX's <Card>s are:
 * its first cell naming the rest ("**Forum:** Help us in polishing and improving Anytype"), one paragraph each.
 */
export function cardParagraphs(rows: readonly string[][]): string[] {
  return rows.flatMap((row) => {
    const [first = '', ...rest] = row.filter((c) => c !== '');
    const name = first.replace(/^\*\*(.*)\*\*$/, '$1');
    const text = rest.join(' ');
    if (!first) return [];
    // A card that is only its title ("**Resetting Audacity**", opening its page) is plain: bold on a line of its own, it
    // read as a sub-heading, and took the text after the cards into a topic of its own.
    return [text ? `**${labelled(name)}** ${text}` : name, ''];
  });
}
