import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/core/render/discord-limits.js';
import { encodeId, parseId } from '../../src/discord/custom-ids.js';

describe('ticket buttons', () => {
  it('each ticket action round-trips with its number (inputs: claim, release, close, reopen, keep-open of #42)', () => {
    for (const kind of ['claim', 'release', 'close', 'reopen', 'keep-open'] as const)
      expect(parseId(encodeId({ kind, ticketId: 42 }))).toEqual({ kind, ticketId: 42 });
    expect(parseId('sw:release:0')).toBeNull();
  });
});

describe('topic buttons carry the offer they sit under', () => {
  it('a topic and its offer round-trip (input: topic "reset-password", offer "RebfpSFM")', () => {
    const id = { kind: 'topic', topicId: 'reset-password', handoff: 'RebfpSFM' } as const;
    expect(parseId(encodeId(id))).toEqual(id);
  });

  it('a button posted before offers were carried still opens its topic (input: "sw:topic:reset-password")', () => {
    expect(parseId('sw:topic:reset-password')).toEqual({ kind: 'topic', topicId: 'reset-password' });
  });

  it("a topic id too long to carry the offer within Discord's 100 characters keeps the topic (input: a 90-letter id)", () => {
    const topicId = 'a'.repeat(90);
    const encoded = encodeId({ kind: 'topic', topicId, handoff: 'RebfpSFM' });
    expect(encoded.length).toBeLessThanOrEqual(LIMITS.customId);
    expect(parseId(encoded)).toEqual({ kind: 'topic', topicId });
  });

  it('refuses what no button of ours carries (input: an id over 100 characters, a topic with a space)', () => {
    expect(parseId(`sw:topic:${'a'.repeat(100)}`)).toBeNull();
    expect(parseId('sw:topic:reset password')).toBeNull();
  });
});

describe("staff's picks under Answer from the guide", () => {
  it('a pick and the ticket form round-trip with their offer (inputs: the 2nd topic, the ticket form, of offer "RebfpSFM")', () => {
    for (const pick of [1, null]) {
      const id = { kind: 'post', handoff: 'RebfpSFM', pick } as const;
      expect(parseId(encodeId(id))).toEqual(id);
    }
  });

  it('refuses a pick no button carries (inputs: no offer, a two-digit pick, a word)', () => {
    expect(parseId('sw:post:.1')).toBeNull();
    expect(parseId('sw:post:RebfpSFM.12')).toBeNull();
    expect(parseId('sw:post:RebfpSFM.form')).toBeNull();
  });
});

describe('"Show more" under a long topic', () => {
  it('the page and the answer language round-trip (inputs: page 2 of "patterns" in zh-CN, page 12 with no language)', () => {
    for (const id of [
      { kind: 'more', topicId: 'patterns', page: 2, lang: 'zh-CN' },
      { kind: 'more', topicId: 'patterns', page: 12 },
    ] as const)
      expect(parseId(encodeId(id))).toEqual(id);
  });

  it('a topic id too long to carry the language too keeps the page (input: a 88-letter id)', () => {
    const encoded = encodeId({ kind: 'more', topicId: 'a'.repeat(88), page: 3, lang: 'pt-BR' });
    expect(encoded.length).toBeLessThanOrEqual(LIMITS.customId);
    expect(parseId(encoded)).toEqual({ kind: 'more', topicId: 'a'.repeat(88), page: 3 });
  });

  it('refuses pages no button shows (inputs: page 1, page 0, page 100, no page)', () => {
    for (const raw of ['sw:more:patterns.1', 'sw:more:patterns.0', 'sw:more:patterns.100', 'sw:more:patterns'])
      expect(parseId(raw)).toBeNull();
  });
});

describe('Previous / Next under /topics', () => {
  it('a page round-trips, and no page below 1 or past three digits is read (inputs: 2, 0, 1000, "x")', () => {
    expect(parseId(encodeId({ kind: 'topics-page', page: 2 }))).toEqual({ kind: 'topics-page', page: 2 });
    for (const raw of ['sw:topics-page:0', 'sw:topics-page:1000', 'sw:topics-page:x']) expect(parseId(raw)).toBeNull();
  });
});
