import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/** `npm test`: unit, integration and component tests. The Chromium e2e suite has its own config. */
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          globalSetup: ['test/setup/jobWorker.ts'],
          include: [
            'shared/**/*.test.ts',
            'electron/**/*.test.ts',
            'test/integration/**/*.test.ts',
            'test/migrations/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['renderer/**/*.test.tsx', 'renderer/**/*.test.ts'],
          setupFiles: ['test/setup/jsdom.ts'],
        },
      },
    ],
  },
});
