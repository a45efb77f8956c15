/**
 * A picture inside a sentence: an icon the member would tap ("tap |save| to keep it", "tap the ![Three dot
 * button](dots.png) button"). Discord shows no picture, and taken out with nothing in its place the sentence had a hole
 * ("tap , then choose Save", "Tap the  button on a note"). Where the sentence has a gap for it, the picture reads as
 * the words its writer gave it (its alt text, or a reST substitution's own name when that is words); where the words
 * beside it already name it ("the **Print Preview** icon |icon02|", "|gear| **Settings**"), or it has no words, it goes
 * and leaves no stray space, comma or brackets.
 */

/** Where a picture stood, with its words (maybe none) between the marks, until resolvePictures decides. */
const START = '\u000e';
const END = '\u000f';
const MARK = new RegExp(`${START}([^${END}]*)${END}`);

/** A picture's place in a line of text, with the words it may read as ('' for none). */
export const pictureMark = (words: string): string => `${START}${words.replace(/[\u000e\u000f]/g, '')}${END}`;

/** A word that calls the picture what it is, not which one it is: after it, the picture is named already. */
const KIND = /\b(?:icons?|buttons?|symbols?|signs?|tools?|glyphs?|keys?|logos?|images?|pictures?|badges?)$/i;
/**
 * What opens a label the picture stands beside: emphasis, code (a parked literal, "\u0000"), a quote, a link, another
 * picture, or a capitalised word ("|icon| Save", "![](zoom.png)Zoom+ icon").
 */
const LABEL_START = new RegExp(`^(?:[*_\`"“‘'[\u0000${START}]|\\p{Lu})`, 'u');
/** Punctuation that closes up to the word before it. */
const CLOSING = /^[.,;:!?)]/;

/** Alt text that only says a picture is there ("image", "screenshot") or names its file. */
const SAYS_NOTHING =
  /^(?:(?:an?|the)\s+)?(?:image|img|icon|picture|pic|photo|screenshot|screen\s*shot|temp|alt|logo|badge|emoji|gif)s?$/i;
/** "image of the skip to start button": the words after "of" name it. */
const PICTURE_OF = /^(?:(?:an?|the)\s+)?(?:image|picture|icon|photo)\s+of\s+(?:(?:an?|the)\s+)?/i;

/**
 * A picture's alt text as words a sentence can hold: a short name ("Three dot button"), not a file name, a path, a
 * description of a screenshot, or a word that only says it is a picture. '' when it is none of those.
 */
export function altWords(alt: string): string {
  const text = alt.replace(/\s+/g, ' ').trim().replace(PICTURE_OF, '');
  if (!/\p{L}/u.test(text) || text.length > 40 || text.split(' ').length > 6) return '';
  if (/[/\\]|\.[a-z]{3,4}$/i.test(text) || SAYS_NOTHING.test(text) || /^screen\s*shot/i.test(text)) return '';
  return text;
}

/** Name parts that say "picture" and nothing of which one ("img-release", "image26"). */
const PICTURE_PART = /^(?:img|image|pic|picture)$/i;

/**
 * A reST image substitution's name as words ("menu-icon" → "menu icon", "saveButton" → "save Button"): its parts
 * split at "-", "_", spaces and a capital, each of letters only. '' when a part holds a digit or a single letter
 * ("icon02", "i01", "x") or nothing but a kind is left ("icon"): such a name is a file's, not words.
 */
export function pictureNameWords(name: string): string {
  const parts = name
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .split(/[-_.\s]+/)
    .filter(Boolean);
  if (!parts.every((p) => /^\p{L}{2,}$/u.test(p))) return '';
  const words = parts.filter((p) => !PICTURE_PART.test(p));
  if (!words.some((w) => w.length >= 3) || words.every((w) => KIND.test(w))) return '';
  return altWords(words.join(' '));
}

/**
 * Each picture marked in `text` as its words, where the words before it leave a gap for them (they end on a word that
 * is not a kind of picture, and no label follows it); otherwise nothing, tidied: no space before a full stop or a comma,
 * no comma after nothing, no empty brackets, no second space.
 */
export function resolvePictures(text: string): string {
  let out = text;
  for (let m = MARK.exec(out); m; m = MARK.exec(out)) {
    const left = out.slice(0, m.index);
    const right = out.slice(m.index + m[0].length);
    const words = m[1] ?? '';
    const before = left.trimEnd();
    const after = right.trimStart();
    const gap = /\p{L}$/u.test(before) && !KIND.test(before) && !LABEL_START.test(after);
    if (words && gap) {
      // "the ![Three dot button](…) button": the kind the words end on is said once.
      const kind = /\S+$/.exec(words)![0].toLowerCase();
      const rest =
        KIND.test(kind) && after.toLowerCase().startsWith(kind) && !/^\p{L}/u.test(after.slice(kind.length))
          ? after.slice(kind.length).trimStart()
          : after;
      out = `${before} ${words}${rest === '' || CLOSING.test(rest) ? '' : ' '}${rest}`;
    } else if (CELL_LEAD.test(before) && after.startsWith('|')) {
      // A table cell leading into its picture ("| Renders as: ![smile](smile.png) |") shows what the picture is
      // called, or without words loses its lead: left alone, members read a cell ending on "Renders as:".
      out = words ? `${before} ${words} ${after}` : `${before.replace(CELL_LEAD, '$1').trimEnd()} ${after}`;
    } else out = withoutPicture(left, right);
  }
  return out;
}

/** A cell's last words leading into what follows them ("Renders as:"), after its start or its last sentence. */
const CELL_LEAD = /(^|[|.!?])[^|.!?:]*:$/;

/** The line with a picture that says nothing taken out from between `left` and `right`. */
function withoutPicture(left: string, right: string): string {
  const before = left.trimEnd();
  const after = right.trimStart();
  // "the **Type** tool (![](type.png))": the brackets held only the picture.
  if (before.endsWith('(') && after.startsWith(')')) return withoutPicture(before.slice(0, -1), after.slice(1));
  // "Icons ![](a.png), ![](b.png) and": a comma after nothing goes, the one before the next words stays.
  if (/^[,;]/.test(after) && (before === '' || /[,;:(]$/.test(before))) return withoutPicture(left, after.slice(1));
  // "tap ![](save.png), then": no space before the comma.
  if (CLOSING.test(after)) return before + after;
  // At the line's start the space after it goes too; a table's cell ("| ![](a.png) |") keeps its spacing.
  if (left.trim() === '') return left + after;
  if (after.startsWith('|')) return left + right;
  return left === before ? left + right : left + after;
}
