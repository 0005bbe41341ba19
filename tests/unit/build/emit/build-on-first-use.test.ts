import { describe, expect, it } from 'vitest';
import { buildOnFirstUse } from '../../../../src/build/emit/build-on-first-use';

describe('buildOnFirstUse', () => {
  it('builds nothing until the object is read, also when its holder is copied', () => {
    let builds = 0;
    const holder = { search: buildOnFirstUse(() => ({ index: ++builds, shards: new Map([['/a', '1']]) })) };
    const copy = { ...holder, more: true };
    expect(builds).toBe(0);

    expect(copy.search.index).toBe(1);
    expect([...copy.search.shards]).toEqual([['/a', '1']]);
    expect(builds).toBe(1);
  });

  it('reads like the object it stands for: keys, `in` and JSON', () => {
    const lazy = buildOnFirstUse(() => ({ manifest: { version: 2 }, count: 3 }));
    expect(Object.keys(lazy)).toEqual(['manifest', 'count']);
    expect('count' in lazy).toBe(true);
    expect(JSON.stringify(lazy)).toBe('{"manifest":{"version":2},"count":3}');
    expect(lazy).toEqual({ manifest: { version: 2 }, count: 3 });
  });
});
