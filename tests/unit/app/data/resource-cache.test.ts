import { describe, expect, it, vi } from 'vitest';
import { createResourceCache, failedLoadRetentionMs } from '../../../../src/app/data/resource-cache';

describe('createResourceCache', () => {
  it('loads each key once', async () => {
    const load = vi.fn((key: string) => Promise.resolve(key.toUpperCase()));
    const cache = createResourceCache(load);
    expect(await cache.get('a')).toBe('A');
    expect(await cache.get('a')).toBe('A');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('marks primed values as fulfilled so React can read them without suspending', () => {
    const cache = createResourceCache(() => Promise.resolve('loaded'));
    cache.prime('a', 'primed');
    expect(cache.get('a')).toMatchObject({ status: 'fulfilled', value: 'primed' });
  });

  it('keeps a failed load for a moment, so that React reads the failure instead of loading again, then retries', async () => {
    vi.useFakeTimers();
    try {
      const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce('ok');
      const cache = createResourceCache(load);
      await expect(cache.get('a')).rejects.toThrow('offline');
      expect(cache.get('a')).toMatchObject({ status: 'rejected' });
      expect(load).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(failedLoadRetentionMs);
      expect(await cache.get('a')).toBe('ok');
      expect(load).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps a value primed while an earlier load was still failing', async () => {
    let fail: (error: Error) => void = () => undefined;
    const cache = createResourceCache(() => new Promise<string>((_, reject) => (fail = reject)));
    const failing = cache.get('a');
    cache.prime('a', 'primed');
    fail(new Error('offline'));
    await expect(failing).rejects.toThrow('offline');
    expect(cache.get('a')).toMatchObject({ status: 'fulfilled', value: 'primed' });
  });
});
