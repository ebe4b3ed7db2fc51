import { describe, expect, it } from 'vitest';
import { poolSize } from '@/scripts/cli/runCorpus';

const MB = 1 << 20;

describe('poolSize', () => {
  it('keeps corpora of a few megabytes in this thread', () => {
    expect(poolSize(500_000, 8)).toBe(0);
    expect(poolSize(3 * MB, 8)).toBe(0);
  });
  it('gives larger corpora one worker per core, each with two megabytes at least', () => {
    expect(poolSize(4 * MB, 2)).toBe(2);
    expect(poolSize(5 * MB, 8)).toBe(2);
    expect(poolSize(100 * MB, 8)).toBe(8);
  });
  it('never starts a single worker, which only adds its start to the work', () => {
    expect(poolSize(100 * MB, 1)).toBe(0);
  });
  it('uses every core for a corpus of unknown size (standard input)', () => {
    expect(poolSize(null, 4)).toBe(4);
    expect(poolSize(null, 1)).toBe(0);
  });
});
