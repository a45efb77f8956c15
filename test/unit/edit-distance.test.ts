import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/core/search/edit-distance.js';

describe('edit distance, as typos are counted (input: a typed word and the word meant)', () => {
  it.each([
    ['pasword', 'password', 1],
    ['passwrod', 'password', 1],
    ['pssword', 'password', 1],
    ['passwort', 'password', 1],
    ['paswrod', 'password', 2],
    ['acount', 'account', 1],
    ['notifcations', 'notifications', 1],
    ['同步文件', '同步文件夹', 1],
  ])('%j is %i edit(s) from %j within a bound of two, as without one', (typed, meant, d) => {
    expect(editDistance(typed as string, meant as string, 2)).toBe(d);
    expect(editDistance(typed as string, meant as string)).toBe(d);
  });

  it('says "more than the bound" for words further apart, whatever their lengths', () => {
    expect(editDistance('walk', 'talk', 0)).toBeGreaterThan(0);
    expect(editDistance('password', 'passport', 1)).toBeGreaterThan(1);
    expect(editDistance('sync', 'synchronisation', 2)).toBeGreaterThan(2);
    expect(editDistance('password', 'passport')).toBe(2);
  });
});
