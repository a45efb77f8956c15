/**
 * Bootstrap's tabs, written into a Markdown page as HTML (Bitwarden's help site shows a tab per app this way): a tab bar
 * of links to the panes (`<ul class="nav nav-tabs">` … `<a class="nav-link" data-target="#webvault">Web Vault</a>`),
 * then `<div class="tab-content">` holding one `<div class="tab-pane" id="webvault">` per tab. Read as plain HTML, the
 * divs went and the panes' headings ("### Web Vault", "### CLI") ran on: the text after the group (a callout box
 * about Collections) ended the last tab's section, shown under "CLI". Read as a tab group, it is the section's again.
 */

const TAB_CONTENT = /^\s*<div\s[^>]*\bclass\s*=\s*["'][^"']*\btab-content\b[^"']*["'][^>]*>\s*$/i;
const TAB_PANE = /^\s*<div\s[^>]*\bclass\s*=\s*["'][^"']*\btab-pane\b[^"']*["'][^>]*>\s*$/i;
/** A link or button of a tab bar to its pane: `href="#id"`, `data-target="#id"`, `data-bs-target="#id"`. */
const TAB_LINK =
  /<(a|button)\s[^>]*?\b(?:href|data-target|data-bs-target)\s*=\s*["']#([^"'\s]+)["'][^>]*>([\s\S]*?)<\/\1\s*>/gi;
const OPEN_DIV = /<div(?=[\s>])/gi;
const CLOSE_DIV = /<\/div\s*>/gi;

/** Each pane's name as the page's tab bars show it: pane id → the words of its link ("webvault" → "Web Vault"). */
export function bootstrapTabNames(lines: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  if (!lines.some((l) => /\bnav-tabs\b|\bnav-link\b/.test(l))) return names;
  for (const [, , id, text] of lines.join('\n').matchAll(TAB_LINK)) {
    const name = text!
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (name && !names.has(id!)) names.set(id!, name);
  }
  return names;
}

/** A tab bar: a list of links to the panes (`<ul class="nav nav-tabs" role="tablist">`, Bootstrap's "nav-pills" too). */
const TAB_BAR =
  /^\s*<(ul|ol|nav|div)\s[^>]*(?:\bclass\s*=\s*["'][^"']*\bnav-(?:tabs|pills)\b|\brole\s*=\s*["']tablist["'])[^>]*>/i;

/**
 * The line that closes the tab bar opened on line `from`, or -1. The bar is the panes' names, which the panes carry
 * (see bootstrapTabNames): with its tags gone, its links' words stood four spaces in, a code block of "Web Vault",
 * "Browser Extension", "Desktop" over the tabs. A list of that class whose links lead to other pages is a menu: kept.
 */
export function tabBarEnd(lines: readonly string[], from: number): number {
  const open = TAB_BAR.exec(lines[from]!);
  if (!open) return -1;
  const close = new RegExp(`</${open[1]}\\s*>`, 'i');
  for (let k = from; k < lines.length && k <= from + 100; k++)
    if (close.test(lines[k]!))
      return new RegExp(TAB_LINK.source, 'i').test(lines.slice(from, k + 1).join('\n')) ? k : -1;
  return -1;
}

/** What a line does to the tab groups open around it. */
export type BootstrapTabEvent =
  | { kind: 'open' }
  | { kind: 'pane'; name: string | null }
  | { kind: 'pane-end' }
  | { kind: 'close' };

/**
 * Follows the page's Bootstrap tab groups line by line (lines of code excepted: the caller skips them), counting the
 * divs opened and closed inside each pane so that only the pane's own `</div>` ends it, and the group's own ends it.
 */
export class BootstrapTabs {
  /** Open groups, innermost last: how many divs are open inside each, its pane's counted as one. */
  private readonly groups: Array<{ depth: number }> = [];

  constructor(private readonly names: ReadonlyMap<string, string>) {}

  read(line: string): BootstrapTabEvent | null {
    if (TAB_CONTENT.test(line)) {
      this.groups.push({ depth: 0 });
      return { kind: 'open' };
    }
    const group = this.groups.at(-1);
    if (group === undefined) return null;
    if (group.depth === 0 && TAB_PANE.test(line)) {
      group.depth = 1;
      const id = /\bid\s*=\s*["']([^"']+)["']/i.exec(line)?.[1];
      return { kind: 'pane', name: (id && this.names.get(id)) ?? null };
    }
    const opened = line.match(OPEN_DIV)?.length ?? 0;
    const closed = line.match(CLOSE_DIV)?.length ?? 0;
    if (opened === closed) return null;
    const was = group.depth;
    group.depth += opened - closed;
    if (group.depth < 0) {
      this.groups.pop();
      return { kind: 'close' };
    }
    return was > 0 && group.depth === 0 ? { kind: 'pane-end' } : null;
  }
}
