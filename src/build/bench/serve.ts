import { spawn, type ChildProcess } from 'node:child_process';

/** Serves a built folder with the project's static server; resolves once it listens. */
export async function serveSite(dir: string, port: number): Promise<{ url: string; stop: () => void }> {
  const child: ChildProcess = spawn('npx', ['tsx', 'src/build/cli/serve-static.ts', dir], {
    env: { ...process.env, PORT: String(port), BASE_PATH: '/' },
    stdio: ['ignore', 'pipe', 'inherit'],
    // Its own process group: stopping only npx left the server running and the bench never exited.
    detached: true,
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('running at')) resolve();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      reject(new Error(`server exited with ${code}`));
    });
  });
  return {
    url: `http://localhost:${port}`,
    stop: () => {
      if (child.pid) process.kill(-child.pid);
    },
  };
}
