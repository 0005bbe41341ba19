import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** Writes a content folder from `{ 'questions/x.md': text }` into a fresh temporary directory. */
export async function writeContentFixture(files: Record<string, string>): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dlt-content-'));
  for (const [name, text] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await fs.writeFile(path.join(dir, name), text);
  }
  return dir;
}

export function topicFile(fields: Record<string, unknown> = {}, body = 'Body.\n'): string {
  return markdownFile({ title: 'Alpha', summary: 'A topic.', order: 1, ...fields }, body);
}

export function questionFile(fields: Record<string, unknown> = {}, body = '## Full answer\n\nText.\n'): string {
  return markdownFile({ title: 'What is it?', summary: 'It is.', topic: 'alpha', order: 1, ...fields }, body);
}

function markdownFile(fields: Record<string, unknown>, body: string): string {
  const yaml = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join('\n');
  return `---\n${yaml}\n---\n\n${body}`;
}
