/**
 * A footnote mark written in HTML, "<sup>1</sup>" (Jellyfin's image tables: "Background image in media page <sup>1</sup>"
 * over "<sup>1</sup>Multiple backdrop images can be used…"). With its tags stripped as any other tag's, the digit ran
 * into the words it marks: members read "1Multiple backdrop images…" and "✅ 2" in a table cell. The page shows a
 * raised digit; so does Unicode. Only digits are turned: other raised words ("<sup>superscript</sup>") read as text.
 */
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

const DIGITS_SUP = /<sup>\s*(\d{1,3})\s*<\/sup>/gi;

export function withSuperscriptDigits(text: string): string {
  return text.replace(DIGITS_SUP, (_m, digits: string) =>
    [...digits].map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join(''),
  );
}
