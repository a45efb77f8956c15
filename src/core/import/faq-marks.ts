/**
 * FAQ pages that mark each question "Q:" in its heading ("### Q: Can I auto-fill on a split login-workflow?") and its
 * answer "A:" ("**A:** Split login workflows…"). On the page the marks pair question and answer; as a topic's title
 * and its first words, members read "Q: Can I…" over "A: Split login…", and the marks lead its summary and aliases.
 */

/** "Q:" before a question (the heading ends on its question mark, so "Q: drive" is no mark). */
const QUESTION_MARK = /^Q\s*:\s+(?=.*\?\s*$)/;
/** "A:" opening the answer, bold or not ("**A:** Yes!", "**A**: Yes!", "A: Yes!"). */
const ANSWER_MARK = /^(\s*)(?:\*\*A\s*:\*\*|\*\*A\*\*\s*:|A\s*:)[ \t]*(?=\S)/;

/** Whether a heading is a question marked "Q:". */
export const markedQuestion = (heading: string): boolean => QUESTION_MARK.test(heading.trim());

/** A heading's words without the "Q:" before its question. */
export const withoutQuestionMark = (heading: string): string => heading.trim().replace(QUESTION_MARK, '');

/** A marked question's answer, its first line without the "A:" before it. */
export function withoutAnswerMark(lines: readonly string[]): string[] {
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0 || !ANSWER_MARK.test(lines[first]!)) return [...lines];
  return lines.map((l, i) => (i === first ? l.replace(ANSWER_MARK, '$1') : l));
}
