/**
 * How many A4 pages a CV will print on, estimated from the heights of its blocks measured at the
 * printed width: blocks are never split (`break-inside: avoid`), and a heading stays with the
 * block after it (`break-after: avoid`). A block taller than a page takes as many pages as it needs.
 */
export type Block = { height: number; keepWithNext?: boolean };

/** A4 content height at 96 dpi with 18 mm margins: (297 - 36) mm. */
export const A4_CONTENT_HEIGHT_PX = ((297 - 36) / 25.4) * 96;
/** A4 content width at 96 dpi with 18 mm margins: (210 - 36) mm. */
export const A4_CONTENT_WIDTH_PX = ((210 - 36) / 25.4) * 96;

export function countPages(blocks: readonly Block[], pageHeight = A4_CONTENT_HEIGHT_PX): number {
  if (blocks.length === 0) return 1;
  // glue headings to what follows
  const units: number[] = [];
  let carry = 0;
  for (const block of blocks) {
    if (block.keepWithNext) {
      carry += block.height;
      continue;
    }
    units.push(carry + block.height);
    carry = 0;
  }
  if (carry > 0) units.push(carry);
  let pages = 1;
  let used = 0;
  for (const height of units) {
    if (used + height <= pageHeight) {
      used += height;
      continue;
    }
    if (used > 0) pages += 1;
    if (height > pageHeight) {
      pages += Math.ceil(height / pageHeight) - 1;
      used = height % pageHeight;
    } else {
      used = height;
    }
  }
  return pages;
}

/** Reads the blocks of a rendered CV (elements marked `data-cv-block`, in document order). */
export function measureBlocks(root: HTMLElement): Block[] {
  return [...root.querySelectorAll<HTMLElement>('[data-cv-block]')].map((el) => {
    const style = getComputedStyle(el);
    const margins = (Number.parseFloat(style.marginBlockStart) || 0) + (Number.parseFloat(style.marginBlockEnd) || 0);
    return { height: el.getBoundingClientRect().height + margins, keepWithNext: el.dataset.cvBlock === 'heading' };
  });
}
