import { describe, expect, it } from 'vitest';
import { Assistant } from '../../src/core/assistant.js';
import { crossValidate } from '../../src/core/learn/cross-validate.js';
import { buildKnowledge } from '../../src/core/knowledge/knowledge.js';

const topic = (id: string, title: string, aliases: string[]) =>
  `---\nid: ${id}\ntitle: ${title}\naliases: [${aliases.join(', ')}]\n---\nIntro.\n\n1. First.\n2. Second.\n`;

// Only the examples teach that "zorbl" means the locked-out topic: a word no title or alias uses.
function guide(examplesText: string) {
  const built = buildKnowledge({
    files: [
      { name: 'reset.md', text: topic('reset', 'Reset a forgotten password', ['forgot password']) },
      { name: 'locked.md', text: topic('locked', 'Account locked', ['locked out']) },
    ],
    allowedHostsText: '',
    examplesText,
  });
  if (!built.ok) throw new Error(JSON.stringify(built.errors));
  return built.knowledge;
}

describe('crossValidate: each example is answered by a guide that never learned from it', () => {
  const lines = ['zorbl zorbl help', 'zorbl again today', 'zorbl on my phone', 'zorbl on the laptop'];
  const knowledge = guide(lines.map((q) => JSON.stringify({ q, expect: ['locked'] })).join('\n'));

  it('scores every example once, as an in-scope question', () => {
    const report = crossValidate(knowledge, 2);
    expect(report.total).toBe(lines.length);
    expect(Object.keys(report.byCategory)).toEqual(['in']);
  });

  it('a word taught by only one example helps the full guide but not the fold that holds that example out', () => {
    const single = guide(
      JSON.stringify({ q: 'qwzx blorp', expect: ['locked'] }) +
        '\n' +
        JSON.stringify({ q: 'forgot password again', expect: ['reset'] }),
    );
    expect(new Assistant(single).ask('qwzx blorp').topic?.id).toBe('locked');
    const report = crossValidate(single, 2);
    expect(report.failures.map((f) => f.q)).toContain('qwzx blorp');
  });
});
