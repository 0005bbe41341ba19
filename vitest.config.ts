import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/build/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/setup-dom.ts'],
    testTimeout: 20_000,
    hookTimeout: 120_000,
  },
});
