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

/**
 * A box's title that is a statement ("> [!WARNING] Do not unplug the phone.") over text of its own: the title leads that
 * text, led by the box's type as a title-only box's sentence is ("**Warning:** Do not unplug the phone. The copy takes
 * a minute."). Shown bold and bare, "Do not unplug the phone." read as one more line, and no member could tell it was a
 * warning. A question ("Is it safe?") is what the box's text answers, and leads it as asked.
 */
export const STATEMENT = /[.!]$/;
