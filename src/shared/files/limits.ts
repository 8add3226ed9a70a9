/**
 * File limits as plain numbers, without zod: the portfolio import's Web Worker needs them and
 * must stay small (it is precached).
 */

/** Largest file after scaling (a PDF is not scaled). */
export const FILE_MAX_BYTES = 8 * 1024 * 1024;
