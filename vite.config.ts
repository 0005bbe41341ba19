import { defineConfig } from 'vite';
import { createViteConfig } from './src/build/vite-config';

export default defineConfig(
  createViteConfig({ contentDir: process.env.CONTENT_DIR ?? 'content', base: process.env.BASE_PATH ?? '/' }),
);
