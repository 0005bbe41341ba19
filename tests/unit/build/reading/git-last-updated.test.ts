import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGitLog, readLastUpdated, type RunGit } from '../../../../src/build/reading/git-last-updated';

const dir = path.resolve('/repo/content');
const log = [
  '\x1eaaa 2026-03-02T10:00:00+01:00',
  '',
  'questions/elbo.md',
  '\x1ebbb 2026-01-15T09:30:00+00:00',
  '',
  'questions/elbo.md',
  'topics/vae.md',
  '',
].join('\n');

describe('parseGitLog', () => {
  it('dates each file by its newest commit', () => {
    expect(parseGitLog(log, dir, new Set())).toEqual(
      new Map([
        [path.join(dir, 'questions/elbo.md'), '2026-03-02T10:00:00+01:00'],
        [path.join(dir, 'topics/vae.md'), '2026-01-15T09:30:00+00:00'],
      ]),
    );
  });

  it('leaves out a file whose newest commit is the boundary of a shallow clone', () => {
    const dates = parseGitLog(log, dir, new Set(['bbb']));
    expect([...dates.keys()]).toEqual([path.join(dir, 'questions/elbo.md')]);
  });
});

describe('readLastUpdated', () => {
  it('knows no dates when git is missing or the folder is not a repository', async () => {
    const failing: RunGit = () => Promise.reject(new Error('spawn git ENOENT'));
    expect(await readLastUpdated(dir, failing)).toEqual(new Map());
  });

  it('asks git whether the clone is shallow, then reads the log of the folder', async () => {
    const calls: string[][] = [];
    const run: RunGit = (args) => {
      calls.push(args);
      return Promise.resolve(args[0] === 'rev-parse' ? 'false\n.git/shallow\n' : log);
    };
    const dates = await readLastUpdated(dir, run);
    expect(dates.get(path.join(dir, 'topics/vae.md'))).toBe('2026-01-15T09:30:00+00:00');
    expect(calls.map((args) => args[0])).toEqual(['rev-parse', 'log']);
  });
});
