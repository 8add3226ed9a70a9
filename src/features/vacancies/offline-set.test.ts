import { describe, expect, it } from 'vitest';
import { generateVacancies } from '#mocks/seed-vacancies.ts';
import { boundOfflineSet, jsonBytes, OFFLINE_BOUND } from './offline-set.ts';

const vacancies = generateVacancies('2026-12-07', 2000);

describe('the offline set', () => {
  it('never holds more than the bound, however many come in', () => {
    const set = boundOfflineSet(vacancies, new Set());
    expect(set.length).toBeLessThanOrEqual(OFFLINE_BOUND.maxCount);
    expect(jsonBytes(set)).toBeLessThanOrEqual(OFFLINE_BOUND.maxBytes);
    expect(set.length).toBe(OFFLINE_BOUND.maxCount);
  });

  it('stops at the byte bound, and keeps the order given', () => {
    const set = boundOfflineSet(vacancies, new Set(), { maxCount: 10_000, maxBytes: 100_000 });
    expect(jsonBytes(set)).toBeLessThanOrEqual(100_000);
    expect(set.length).toBeGreaterThan(10);
    expect(set.map((v) => v.id)).toEqual(vacancies.slice(0, set.length).map((v) => v.id));
  });

  it('puts the saved ones first, so a saved vacancy is always on the device', () => {
    const saved = new Set([vacancies[1999]!.id, vacancies[1500]!.id]);
    const set = boundOfflineSet(vacancies, saved, { maxCount: 5, maxBytes: OFFLINE_BOUND.maxBytes });
    expect(set.slice(0, 2).map((v) => v.id).sort()).toEqual([...saved].sort());
    expect(set).toHaveLength(5);
  });

  it('skips one that is too big and takes a smaller one after it', () => {
    const big = { ...vacancies[0]!, description: 'x'.repeat(5000) };
    const set = boundOfflineSet([big, vacancies[1]!], new Set(), { maxCount: 10, maxBytes: jsonBytes(vacancies[1]) + 10 });
    expect(set.map((v) => v.id)).toEqual([vacancies[1]!.id]);
  });
});
