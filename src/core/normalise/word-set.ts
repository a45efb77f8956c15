/** Letters beyond Latin: text that needs ICU's word breaker to be read as a message is. */
const BEYOND_LATIN = /[\u0370-\uFFFF]/;

/**
 * A set of words written as `fold` reads a message, in several scripts. The Latin words are folded at once;
 * the others only when a word beyond Latin is first looked up: folding them needs ICU's word breaker and its
 * dictionaries, which a process that only ever reads Latin text should not have to load.
 */
export class WordSet {
  private readonly latin: ReadonlySet<string>;
  private beyond: ReadonlySet<string> | undefined;
  private readonly beyondText: string;

  constructor(
    text: string,
    private readonly fold: (text: string) => string[],
  ) {
    const tokens = text.split(/\s+/).filter(Boolean);
    this.latin = new Set(fold(tokens.filter((w) => !BEYOND_LATIN.test(w)).join(' ')));
    this.beyondText = tokens.filter((w) => BEYOND_LATIN.test(w)).join('\n');
  }

  has(word: string): boolean {
    if (!BEYOND_LATIN.test(word)) return this.latin.has(word);
    this.beyond ??= new Set([...this.latin, ...this.beyondText.split('\n').flatMap((w) => this.fold(w))]);
    return this.beyond.has(word);
  }
}
