/**
 * A fenced code block's opening (or closing) line: three or more backticks or tildes. After backticks, no backtick
 * may follow on the line (CommonMark: an info string holds none): "```adb shell pm list```" is inline code, and read
 * as a fence it would swallow the rest of the page.
 */
export const FENCE = /^ {0,3}(`{3,}(?=[^`]*$)|~{3,})/;
/** A fence indented as a list item's text, four spaces in or more ("4.  Create a user" / "    ```shell-session"). */
export const ITEM_FENCE = /^ {4,}(`{3,}(?=[^`]*$)|~{3,})/;
/** A fence at any depth, as a topic's body writes code under its step's number ("2. Run:" / "   ```sh"). */
const ANY_FENCE = /^\s*(`{3,}(?=[^`]*$)|~{3,})/;

/**
 * The line that closes a block opened by `open` ("```", "~~~~"): the same character, at least as many, alone; at most
 * three spaces in, or at any depth for a block opened deeper (inside a list item).
 */
export function closingFence(open: string, anyIndent = false): RegExp {
  return new RegExp(`^${anyIndent ? '\\s*' : ' {0,3}'}${open[0]}{${open.length},}\\s*$`);
}

/**
 * Follows fenced code through a document, line by line, so the readers that rewrite text (headings,
 * admonitions, HTML) leave code exactly as written: a `# comment` in a shell snippet is not a heading.
 */
export class FenceTracker {
  /** What closes the open block, or null outside one. */
  private close: RegExp | null = null;

  /** `anyIndent`: fences count at any depth (a topic's body), not only at most three spaces in (a guide's page). */
  constructor(private readonly anyIndent = false) {}

  /** Whether a block is open after the lines read so far (at the end: a block never closed). */
  get isOpen(): boolean {
    return this.close !== null;
  }

  /** Whether this line is code: inside a block, or the fence opening or closing one. */
  isCode(line: string): boolean {
    if (this.close !== null) {
      if (this.close.test(line)) this.close = null;
      return true;
    }
    const f = (this.anyIndent ? ANY_FENCE : FENCE).exec(line);
    if (f) this.close = closingFence(f[1]!, this.anyIndent);
    return f !== null;
  }
}
