import { spawn } from 'node:child_process';

export interface BuildMeasure {
  seconds: number;
  peakMegabytes: number;
  pages: number;
}

/** Runs `npm run build` on a content folder in a fresh process; reports wall time and peak memory. */
export async function measureBuild(contentDir: string, outDir: string): Promise<BuildMeasure> {
  const started = performance.now();
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'build'], {
      env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => {
      text += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(text);
      else reject(new Error(`build failed (${String(code)}):\n${text}`));
    });
  });
  const match = /Built (\d+) pages .* \(peak memory (\d+) MB\)/.exec(output);
  if (!match) throw new Error(`unexpected build output:\n${output}`);
  return {
    seconds: (performance.now() - started) / 1000,
    pages: Number(match[1]),
    peakMegabytes: Number(match[2]),
  };
}
