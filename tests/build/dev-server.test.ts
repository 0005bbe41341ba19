import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createViteConfig } from '../../src/build/vite-config';

describe('the dev server', () => {
  let server: ViteDevServer;
  let origin: string;
  beforeAll(async () => {
    server = await createServer({
      ...createViteConfig({ contentDir: 'tests/fixtures/valid-site' }),
      root: process.cwd(),
      configFile: false,
      logLevel: 'silent',
      server: { port: 0, strictPort: false, host: '127.0.0.1', hmr: false },
    });
    await server.listen();
    const address = server.httpServer!.address();
    origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    await server.close();
  });

  it('serves the page, loading the app directly (no after-paint script, which is for the build)', async () => {
    const response = await fetch(`${origin}/questions/first-question`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<script type="module" src="/src/entry-client.tsx"></script>');
    expect(html).not.toContain('data-app-entry');
  });

  it('serves the page data from the content', async () => {
    const response = await fetch(`${origin}/data/questions/first-question.json`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ title: 'What is the first question?' });
  });
});
