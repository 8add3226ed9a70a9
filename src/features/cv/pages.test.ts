import { describe, expect, it } from 'vitest';
import { countPages } from './pages.ts';

describe('countPages', () => {
  it('counts one page for an empty or short CV', () => {
    expect(countPages([])).toBe(1);
    expect(countPages([{ height: 100 }, { height: 200 }], 1000)).toBe(1);
  });

  it('moves a block that does not fit to the next page whole', () => {
    expect(countPages([{ height: 600 }, { height: 500 }], 1000)).toBe(2);
    expect(countPages([{ height: 500 }, { height: 500 }, { height: 1 }], 1000)).toBe(2);
    expect(countPages([{ height: 400 }, { height: 400 }, { height: 400 }, { height: 400 }, { height: 400 }], 1000)).toBe(3);
  });

  it('keeps a heading with the block after it', () => {
    // the heading would fit on page 1, but its first entry does not: both go to page 2
    expect(countPages([{ height: 900 }, { height: 50, keepWithNext: true }, { height: 100 }], 1000)).toBe(2);
  });

  it('lets a block taller than a page run over', () => {
    expect(countPages([{ height: 2500 }], 1000)).toBe(3);
  });
});
