import { describe, expect, it } from 'vitest';
import { importGuide } from '../../src/core/import/import-guide.js';

describe('FAQ questions marked "Q:" and answers marked "A:"', () => {
  it('input: "### Q: Can I auto-fill on a split login-workflow?" over "**A:** Split login workflows…" → titled "Can I auto-fill on a split login-workflow?", the answer opening "Split login workflows…"; the report keeps the heading as written', () => {
    const { topics, report } = importGuide({
      fileName: 'autofill-faqs.md',
      text: [
        '# Auto-fill FAQs',
        '',
        '### Q: Can I auto-fill on a split login-workflow?',
        '',
        '**A:** Split login workflows can be auto-filled by Browser Extensions, but not by Mobile apps.',
        '',
        '### Q: drive letters',
        '',
        'A: is the first floppy drive.',
        '',
      ].join('\n'),
      allowedHosts: [],
    });
    const faq = report.topics.find((t) => t.heading === 'Q: Can I auto-fill on a split login-workflow?')!;
    expect(faq.title).toBe('Can I auto-fill on a split login-workflow?');
    const text = topics.find((t) => t.file === faq.file)!.text;
    expect(text).toContain('summary: Split login workflows can be auto-filled');
    expect(text).not.toMatch(/^title: .*Q:|^summary: .*A:|^\s*-\s*.*q: can/m);
    expect(text.replace(/^---\n[\s\S]*?\n---\n/, '')).toBe(
      '1. Split login workflows can be auto-filled by Browser Extensions, but not by Mobile apps.\n',
    );
    // A heading that is no question keeps its words, and its text its own.
    const drive = report.topics.find((t) => t.heading === 'Q: drive letters')!;
    expect(drive.title).toBe('Q: drive letters');
    expect(topics.find((t) => t.file === drive.file)!.text).toContain('A: is the first floppy drive.');
  });
});
