import { labelled } from './box-label.js';

/** A box's title that is a sentence, all the box says when no text follows it. */
export const SAYS_ALL = /[.!?]$/;

/**
 * A box that holds nothing but its title, a sentence ("> [!tip] Restart the app when done.", '!!! tip "It may take a
 * few tries."'): the sentence led by the box's type, as a box's text is ("**Tip:** Restart the app when done."). Kept
 * bare, members read the tip or the warning as one more line of the section's text. A sentence that names the type
 * itself ("> [!note] Note: applying for…") is led by it already.
 */
export function sentenceBox(type: string, sentence: string): string {
  const lead = labelled(type);
  return sentence.toLowerCase().startsWith(lead.toLowerCase()) ? sentence : `**${lead}** ${sentence}`;
}
