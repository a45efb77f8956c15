import { pictureMark, pictureNameWords, resolvePictures } from './inline-picture.js';

/**
 * reStructuredText inline markup → Discord markdown. Discord understands *em*, **strong**, `code`
 * and [text](url) (in embeds), so those are kept in their Markdown form; rst-only roles and
 * references are reduced to their visible text.
 */
export interface RstReferences {
  /** `.. _name: url` hyperlink targets, keyed by normalised name. */
  targets: Map<string, string>;
  /** `.. |name| replace:: text` substitutions, and images by their `:alt:` text; other substitutions vanish. */
  substitutions: Map<string, string>;
  /**
   * The names of `.. |name| image::` substitutions: one without alt text is a picture in the sentence, which may read
   * as its name (inline-picture.ts).
   */
  pictures?: ReadonlySet<string>;
  /**
   * `.. _name:` labels set just above a section title, keyed by normalised name, with the title: what Sphinx shows
   * for :ref:`name` (from every page of a docs folder, when imported as one).
   */
  sectionTitles: ReadonlyMap<string, string>;
  /**
   * Abbreviations (:abbr:`IoT (Internet of Things)`) already spelled out in the section being read, by their short
   * form: the parser empties it at each title, so each topic explains an abbreviation once.
   */
  abbreviations?: Set<string>;
  /** The title of the page a :doc: target names, when that page is imported too (a folder of pages). */
  docTitle?: (target: string) => string | undefined;
  /**
   * The role of interpreted text written without one (`label`), as ".. default-role:: ref" or conf.py's
   * `default_role = 'ref'` sets it; unset, it is docutils' title reference, shown in italics.
   */
  defaultRole?: string | undefined;
}

const CODE_ROLES = new Set([
  'code',
  'command',
  'file',
  'kbd',
  'samp',
  'program',
  'envvar',
  'option',
  'literal',
  'menuselection',
  'guilabel',
]);

/** Docutils' names for the title reference, the default role unless one is set. */
const TITLE_ROLES = new Set(['title-reference', 'title', 't']);

/**
 * Roles whose text keeps its backslashes as written: code and a formula ("\frac"). In any other role a backslash escapes
 * the character after it, as in running text (":file:`%LocalAppData%\\digikamrc`" shows "%LocalAppData%\digikamrc").
 */
const KEEPS_BACKSLASHES = new Set(['code', 'math', 'raw']);

/** A role's text with its backslash escapes read: the escaped character stays, an escaped space is nothing. */
const readEscapes = (text: string) => text.replace(/\\(.)/gs, (_m, c: string) => (c === ' ' ? '' : c));

export function refName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Marks on a substitution's text (a unicode one's ":ltrim:", ":rtrim:"): the spaces on that side of it go. */
export const TRIM_LEFT = '\u0006';
export const TRIM_RIGHT = '\u0007';
/** A trim mark with the spaces it takes away. */
const TRIMMED = new RegExp(String.raw`\s*${TRIM_LEFT}|${TRIM_RIGHT}\s*`, 'g');

/** Where an escaped space stood, until the literals are restored. */
const ESCAPED_SPACE = '\u0003';
/** An escaped space between two markup characters (emphasis, literal, strike-through, spoiler marks). */
const MARKUP_JOIN = new RegExp(String.raw`([*_\`~|])${ESCAPED_SPACE}(?=[*_\`~|])`, 'g');

/**
 * What Sphinx shows for a role (`role` is its last name part: "guilabel", "ref", "func"; `raw` its text), as Discord
 * text, and whether it is code: the reST reader and MyST Markdown's `{role}` syntax both read roles through it. Null
 * for an icon, a picture whose class name means nothing to a member.
 */
export function roleText(role: string, raw: string, refs: RstReferences): { text: string; code: boolean } | null {
  // An icon (:icon:`fa-plus`, Odoo's Font Awesome pictures) is a picture: its class name means nothing to a member.
  // The label written beside it ("the :icon:`fa-plus` :guilabel:`(plus)` icon") says which one.
  if (role === 'icon') return null;
  // :ref:`Title <label>` shows Title. Without one Sphinx shows the target's title; when the import does not have
  // it, :doc:`../files/access_webgui` reads "access webgui" (the path's last part), :ref:`sharing-label` "sharing label".
  const titled = /^(.*?)\s*<[^>]+>$/.exec(raw)?.[1]?.trim();
  // "~" shortens a cross-reference to its last part (:py:func:`~a.b` shows "b"); in a file name it is the home folder.
  const target = CODE_ROLES.has(role) ? raw : raw.startsWith('~') ? (raw.slice(1).split('.').pop() ?? raw) : raw;
  // What Sphinx shows for :ref:`label` and :doc:`page`: the section's or the page's title.
  const sectionTitle =
    role === 'ref' ? refs.sectionTitles.get(refName(target)) : role === 'doc' ? refs.docTitle?.(target) : undefined;
  // Sphinx's autosectionlabel names a section by its page and title ("user/how-to-update:command-line interface"):
  // the part after the colon is the title.
  const named = role === 'ref' && target.includes(':') ? target.slice(target.lastIndexOf(':') + 1) : target;
  // Sphinx shows an abbreviation with its expansion as a tooltip, which Discord has not: the expansion is written
  // out where the section first uses it, the short form alone after that ("the IoT box" ten times, not
  // "the IoT (Internet of Things) box").
  const abbr = role === 'abbr' ? /^(.+?)\s*\((.+)\)$/.exec(raw) : null;
  if (abbr && refs.abbreviations) {
    const short = abbr[1]!.trim();
    if (refs.abbreviations.has(short)) return { text: short, code: false };
    refs.abbreviations.add(short);
    return { text: `${short} (${abbr[2]!.trim()})`, code: false };
  }
  const shown =
    titled ||
    sectionTitle ||
    (role === 'doc' || role === 'ref' ? (named.split('/').pop() ?? named).replace(/[_-]+/g, ' ').trim() : target);
  // Sphinx draws a menu path's "-->" as an arrow, and a label's "&" underlines the key after it ("&&" is one "&").
  // An "&" before a space underlines nothing: it is the word "and" ("Locations & computers"), kept.
  const labelled =
    role === 'menuselection' || role === 'guilabel'
      ? shown.replace(/&&|&(?!\s)/g, (amp) => (amp === '&&' ? '&' : ''))
      : shown;
  // :samp:`disp{1234}` braces mark the part a reader replaces; Sphinx shows it in italics, without them.
  const text =
    role === 'menuselection'
      ? labelled.replace(/\s*-->\s*/g, ' → ')
      : role === 'samp'
        ? labelled.replace(/(?<!\\)[{}]/g, '')
        : labelled;
  const read = KEEPS_BACKSLASHES.has(role) ? text : readEscapes(text);
  return { text: read, code: CODE_ROLES.has(role) };
}

/**
 * A literal's text as a Markdown code span. One holding a backtick (the characters Windows refuses, ``(`\, /, |`)``)
 * is fenced with two and a space each side: fenced with one, the backtick inside closed it, and the rest showed as
 * text between two stray boxes. A literal written in three backticks as Markdown writes code (```OC-Checksum```) shows
 * its code alone, as its author meant it.
 */
function codeSpan(code: string): string {
  const text = /^`[^`]+`$/.test(code) ? code.slice(1, -1) : code;
  // One ending on a space is no literal docutils reads but a typo's ("(or ``#%%`) in your script. Each ``# %%``"): a
  // fence of one keeps the backticks paired as the writer paired them.
  return text.includes('`') && !/^\s|\s$/.test(text) ? `\`\` ${text} \`\`` : `\`${text}\``;
}

export function convertRstInline(line: string, refs: RstReferences): string {
  // Literals first, parked behind placeholders, so nothing inside them is touched.
  const literals: string[] = [];
  const park = (s: string) => `\u0000${literals.push(s) - 1}\u0000`;
  // A literal ends at the first "``" no backtick follows, as docutils reads it.
  let out = line.replace(/``(.+?)``(?!`)/g, (_m, code: string) => park(codeSpan(code)));

  // `text <url>`_ and `text <target_>`_ (named or anonymous)
  out = out.replace(/`([^`<]*?)\s*<([^>`]+)>`__?/g, (_m, text: string, target: string) => {
    const url = target.endsWith('_') ? refs.targets.get(refName(target.slice(0, -1))) : target.replace(/\s+/g, '');
    const label = text.trim();
    if (!url) return label;
    return park(label ? `[${label}](${url})` : url);
  });
  // `text`_ referring to a `.. _text: url` target elsewhere
  out = out.replace(/`([^`]+)`__?(?![\w])/g, (_m, text: string) => {
    const url = refs.targets.get(refName(text));
    return url ? park(`[${text}](${url})`) : text;
  });
  // [1]_, [#note]_, [*]_, [CIT2002]_: footnote and citation references read as the mark they show, "[1]"
  out = out.replace(/(\[[^\]\s]+\])_(?![\w])/g, '$1');
  // word_ simple references, only when such a target exists (an identifier like foo_ stays put)
  out = out.replace(/(?<![\w`])([A-Za-z0-9][\w.-]*?)__?(?![\w])/g, (m, word: string) => {
    const url = refs.targets.get(refName(word));
    return url ? park(`[${word}](${url})`) : m;
  });
  /** What a role's text shows: a picture's mark, a literal, or words. */
  const role = (name: string, text: string) => {
    const shown = roleText(name.split(':').pop() ?? '', text.trim(), refs);
    if (shown === null) return pictureMark('');
    return shown.code ? park(`\`${shown.text}\``) : shown.text;
  };
  // :role:`text` and `text`:role:
  out = out.replace(
    /:([\w:+-]+):`([^`]+)`|`([^`]+)`:([\w:+-]+):/g,
    (_m, r1?: string, t1?: string, t2?: string, r2?: string) => role(r1 ?? r2 ?? '', t1 ?? t2 ?? ''),
  );
  // Default role `text` renders as a title reference: italic. One written with a target, `Sale <model-sale.sale>`, is a
  // cross-reference in a docs folder whose conf.py makes the default role one (Tryton's default_role = 'ref'): Sphinx
  // shows its title, as for :ref:`Sale <model-sale.sale>`. Read as a title, members saw "*Sale <model-sale.sale>*".
  // Where the default role is set, one without a target reads as that role does (`sale-finishing` under 'ref' shows
  // the section's title, as :ref:`sale-finishing` does): read as a title, members saw the label "*sale-finishing*".
  out = out.replace(/(?<!`)`([^`]+)`(?!`)/g, (_m, text: string) => {
    if (/\S\s+<[^<>\s]+>$/.test(text)) return roleText('ref', text, refs)!.text;
    const named = refs.defaultRole;
    return named === undefined || TITLE_ROLES.has(named) ? `*${text}*` : role(named, text);
  });
  // |name| substitutions: replaced when defined as text (or an image with its alt text); an image without is a picture
  // in the sentence; otherwise dropped.
  // As docutils reads them: a substitution starts where a word could ("No Vinyl|Mic|Aux" and "[auto|always]" are text).
  // One dropped inside brackets takes them along: "the **Type** tool (|type_tool_icon|)" shows no "()".
  out = out.replace(
    /(\(\s*)?(?<![\p{L}\p{N}])\|([^|\s][^|]*?(?<!\s))\|(__?)?(?![\p{L}\p{N}])(\s*\))?/gu,
    (
      whole: string,
      open: string | undefined,
      name: string,
      linked: string | undefined,
      close: string | undefined,
      at: number,
      line: string,
    ) => {
      const key = refName(name);
      // One never defined that is the whole of a bold or italic label ("**|Blend_Method_Parameter|** : The blending
      // method…", a page that forgot its definition): docutils reads no substitution inside emphasis and shows its name.
      // Dropped, the label read "**** : The blending method…". Its name's words stand there instead.
      const mark = /\*{1,2}$/.exec(line.slice(0, at))?.[0];
      if (!refs.substitutions.has(key) && !refs.pictures?.has(key) && mark && line.startsWith(mark, at + whole.length))
        return name.replace(/[_\s]+/g, ' ').trim();
      const text = refs.substitutions.get(key);
      // An icon named by its alt text ("|save-icon|", "Save icon") is a picture in the sentence like any other: its
      // name where the sentence has a gap for it, nothing beside a label that names it already ("the **Save**
      // |save-icon| icon" read "the **Save** Save icon. icon"). Alone in its text (a table's cell of pictures,
      // "Continuous" under "Example") it is its name still.
      if (text !== undefined && refs.pictures?.has(key) && whole.trim() !== line.trim())
        return `${open ?? ''}${pictureMark(text)}${close ?? ''}`;
      if (text !== undefined) {
        // The replacement is reST too (".. |vault| replace:: ``Create New Vault...``"): its markup is read, not shown
        // ("``Create New Vault...``" showed its backticks). Itself left out, so substitutions that name each other end.
        const others = new Map([...refs.substitutions].filter(([k]) => k !== key));
        // Its trim marks stay outside, for the spaces beside it in this text.
        const [left, right] = [
          text.startsWith(TRIM_LEFT) ? TRIM_LEFT : '',
          text.endsWith(TRIM_RIGHT) ? TRIM_RIGHT : '',
        ];
        const shown = convertRstInline(text.slice(left.length, text.length - right.length), {
          ...refs,
          substitutions: others,
        });
        // "|vault|_" links the replacement to the target of the same name, when that is an address.
        const url = linked ? refs.targets.get(key) : undefined;
        return `${open ?? ''}${left}${park(url ? `[${shown}](${url})` : shown)}${right}${close ?? ''}`;
      }
      const words = refs.pictures?.has(key) ? pictureNameWords(name) : '';
      return open && close && !words ? '' : `${open ?? ''}${pictureMark(words)}${close ?? ''}`;
    },
  );
  // A picture reads as its name where the sentence leaves a gap for it ("tap |save-icon|, then"); otherwise it goes, and
  // one before a full stop ("choose ``Set as Departure`` |icon|.") leaves no space before it.
  out = resolvePictures(out);
  // "Notely\ 's", "*very*\ fast": an escaped space joins what it stands between. Marked until the literals are back,
  // since what it joins may be one of them.
  out = out.replace(/\\ /g, ESCAPED_SPACE);
  out = out.replace(/(\S) {2,}/g, '$1 ');
  // Sphinx's smart quotes draw "---" as an em dash ("fast---and free"); literals keep theirs. Only
  // the em dash: "--" would turn a command's "--force" into an en dash that no shell takes.
  out = out.replace(/(?<!-)---(?!-)/g, '—');
  out = out.replace(/\u0000(\d+)\u0000/g, (_m, i: string) => literals[Number(i)] ?? '');
  // Between two pieces of markup ("**Pan**\ *knob: unused*") nothing would run their marks together: Discord reads
  // "**Pan***knob: unused*" as other emphasis than written, and "`a``b`" as one literal. Docutils shows no space there,
  // so neither does a zero-width space, which keeps the marks apart for Discord.
  return out.replace(MARKUP_JOIN, '$1\u200b').replaceAll(ESCAPED_SPACE, '').replace(TRIMMED, '');
}

/** A run of spaces inside a parsed-literal's line, kept apart from the inline converter, which closes such runs up. */
const SPACE_RUN = '\u0005';

/**
 * A parsed-literal's line (".. parsed-literal::" over "The |MANUAL|_ is licensed under a |LICENSE|_."): Sphinx reads
 * its markup as in running text and shows the result in a literal block. The code block it becomes shows the words
 * Sphinx shows: substitutions replaced, a link's or a role's text, no emphasis or literal marks; its spacing kept.
 */
export function parsedLiteralLine(line: string, refs: RstReferences): string {
  const indent = /^\s*/.exec(line)![0];
  const body = line.slice(indent.length);
  if (!/[`*|_\\]/.test(body)) return line;
  // A backslash escapes the character after it ("%APPDATA%\\Blender" shows one backslash; an escaped space is
  // nothing): set aside until the markup is read, so an escaped "*" or "|" is no markup.
  const escaped: string[] = [];
  const read = convertRstInline(
    body
      .replace(/\\(.)/g, (_m, c: string) => `\uE000${escaped.push(c === ' ' ? '' : c) - 1}\uE001`)
      .replace(/ {2,}/g, (run) => SPACE_RUN.repeat(run.length)),
    refs,
  )
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|\*)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/`` (.+?) ``|`([^`]+)`/g, (_m, fenced?: string, plain?: string) => fenced ?? plain ?? '');
  return indent + read.replaceAll(SPACE_RUN, ' ').replace(/\uE000(\d+)\uE001/g, (_m, k: string) => escaped[Number(k)]!);
}
