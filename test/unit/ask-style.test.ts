import { describe, expect, it } from 'vitest';
import { askStyle, fitAskStyle, MIN_GUIDES, type StyleRow } from '../../src/core/decide/ask-style.js';
import { GUIDE_MODEL } from '../../src/core/decide/guide-model.js';

describe('the wording model: how questions guides answer are worded, against off-topic ones', () => {
  it('keeps no word asked in fewer than MIN_GUIDES guides: no product is in it (input: "syncthing" in one guide, "refund" in four)', () => {
    const rows: StyleRow[] = [];
    for (let g = 0; g < MIN_GUIDES; g++) {
      rows.push({ question: 'how do i get a refund', inScope: false, guide: `g${g}` });
      rows.push({ question: 'where is the export button', inScope: true, guide: `g${g}` });
    }
    rows.push({ question: 'syncthing refund please', inScope: false, guide: 'g0' });
    const style = fitAskStyle(rows);
    expect(style.weights.syncthing).toBeUndefined();
    expect(style.weights.refund).toBeLessThan(0);
    expect(style.weights.export).toBeGreaterThan(0);
  });

  it('the shipped model leans off-topic for a refund or a feature request, towards a guide for a how-to (inputs: three questions)', () => {
    const lean = (q: string) => askStyle(GUIDE_MODEL.style, q)!;
    expect(lean('how do i get a refund for my subscription')).toBeLessThan(0);
    expect(lean('when will you add a dark mode')).toBeLessThan(0);
    expect(lean('where do i find the settings to change the sync folder')).toBeGreaterThan(0);
  });

  it('does not read a line in another language: it is judged without its wording (inputs: Chinese, Spanish)', () => {
    expect(askStyle(GUIDE_MODEL.style, '怎么把文件夹同步到手机')).toBeNull();
    expect(askStyle(GUIDE_MODEL.style, 'cómo sincronizo una carpeta con el móvil')).toBeNull();
  });
});
