import { describe, expect, it } from 'vitest';
import { importGuide } from '../../src/core/import/import-guide.js';

/** The topic's text for a one-section page. */
function imported(fileName: string, lines: string[]): { text: string } {
  const { topics } = importGuide({ fileName, text: lines.join('\n'), allowedHosts: [] });
  return { text: topics[0]!.text };
}

describe('an MkDocs box that says nothing, over a list it does not hold', () => {
  it('input: \'!!! tip "It may take a few tries…"\' with no text, then steps each followed by an empty \'??? info "Screenshot"\' → the tip stays a line of its own; no step is labelled "Screenshot"', () => {
    // Before: "1. **It may take a few tries: the connection can be flaky.** Turn on developer options." and
    // "2. **Screenshot:** Turn on USB debugging…": the empty boxes' titles led the next step of the page's list.
    const { text } = imported('adb.md', [
      '# Connect with ADB',
      '',
      '!!! tip "It may take a few tries: the connection can be flaky."',
      '',
      '1. Turn on developer options.',
      '',
      '    ??? info "Screenshot"',
      '',
      '2. Turn on USB debugging and plug the phone in.',
      '',
      '    ??? info "Screenshot"',
      '',
      '3. Run `adb devices`.',
      '',
    ]);
    expect(text).toMatch(
      /It may take a few tries: the connection can be flaky\.\n+1\. Turn on developer options\.\n2\. Turn on USB debugging and plug the phone in\.\n3\. Run `adb devices`\./,
    );
    expect(text).not.toContain('Screenshot');
  });

  it('input: an empty \'!!! info "Version 2.2+"\' over a paragraph that is not indented into it → the title still leads that paragraph, as the site shows the box right above it', () => {
    const { text } = imported('delay.md', [
      '# Delay',
      '',
      '!!! info "Version 2.2+"',
      '',
      'The slider sets the time between two actions.',
      '',
    ]);
    expect(text).toContain('**Version 2.2+:** The slider sets the time between two actions.');
  });
});
