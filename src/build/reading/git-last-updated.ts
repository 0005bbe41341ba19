import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

/** Runs git with `args` in `cwd` and returns its standard output; rejects when git fails or is missing. */
export type RunGit = (args: string[], cwd: string) => Promise<string>;

const execFileAsync = promisify(execFile);

const runGit: RunGit = async (args, cwd) =>
  (await execFileAsync('git', args, { cwd, maxBuffer: 256 * 1024 * 1024 })).stdout;

/**
 * When each file under `dir` last changed, from git history: absolute path → ISO 8601 commit date.
 * One `git log` for the whole folder. Files git does not know (untracked, no git, not a
 * repository) are absent. In a shallow clone, a file whose newest commit is the shallow boundary
 * is absent too: that commit holds every file, so its date says nothing about the file.
 */
export async function readLastUpdated(dir: string, run: RunGit = runGit): Promise<Map<string, string>> {
  try {
    const [shallow = '', shallowFile = ''] = (
      await run(['rev-parse', '--is-shallow-repository', '--git-path', 'shallow'], dir)
    ).split('\n');
    const boundary = shallow.trim() === 'true' ? await readLines(path.resolve(dir, shallowFile.trim())) : [];
    const log = await run(['log', '--format=%x1e%H %cI', '--name-only', '--relative', '--', '.'], dir);
    return parseGitLog(log, dir, new Set(boundary));
  } catch {
    return new Map();
  }
}

/**
 * Reads `git log --format=%x1e%H %cI --name-only` output (newest commit first): each file's first
 * date is its last change, unless that commit is a shallow-clone `boundary`.
 */
export function parseGitLog(log: string, dir: string, boundary: ReadonlySet<string>): Map<string, string> {
  const seen = new Set<string>();
  const dates = new Map<string, string>();
  for (const entry of log.split('\x1e').slice(1)) {
    const [header = '', ...names] = entry.split('\n');
    const [hash = '', date = ''] = header.trim().split(' ');
    for (const name of names.map((line) => line.trim()).filter(Boolean)) {
      const file = path.resolve(dir, name);
      if (seen.has(file)) continue;
      seen.add(file);
      if (!boundary.has(hash) && date) dates.set(file, date);
    }
  }
  return dates;
}

async function readLines(file: string): Promise<string[]> {
  const text = await fs.readFile(file, 'utf8').catch(() => '');
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}
