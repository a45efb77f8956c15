/** A fenced code block's opening (or closing) line: three or more backticks or tildes. */
export const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Follows fenced code through a document, line by line, so the readers that rewrite text (headings,
 * admonitions, HTML) leave code exactly as written: a `# comment` in a shell snippet is not a heading.
 */
export class FenceTracker {
  private open: string | null = null;

  /** Whether a block is open after the lines read so far (at the end: a block never closed). */
  get isOpen(): boolean {
    return this.open !== null;
  }

  /** Whether this line is code: inside a block, or the fence opening or closing one. */
  isCode(line: string): boolean {
    if (this.open !== null) {
      // Closed by the same character, at least as many times, and nothing else on the line.
      if (new RegExp(`^ {0,3}${this.open[0]}{${this.open.length},}\\s*$`).test(line)) this.open = null;
      return true;
    }
    const f = FENCE.exec(line);
    if (f) this.open = f[1]!;
    return f !== null;
  }
}
