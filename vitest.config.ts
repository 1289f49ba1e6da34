import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const root = fileURLToPath(new URL('.', import.meta.url));

// One run, two layers: fast unit tests in happy-dom, then the real-browser suite against the built extension.
export default defineConfig({
  resolve: { alias: { '@/': root } },
  test: {
    projects: [
      {
        // WxtVitest brings the `@/` alias, auto-imports and an in-memory `browser` for units.
        plugins: [WxtVitest(), preact()],
        test: {
          name: 'unit',
          environment: 'happy-dom',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/unit/quiet-console.ts', 'tests/unit/locale.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.spec.ts', 'tests/contract/**/*.spec.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium per spec file; two cores, so run the files one after another.
          fileParallelism: false,
        },
      },
      {
        // The core scenarios in Debian's firefox-esr, with the Firefox build (tests/e2e-firefox/).
        test: {
          name: 'e2e-firefox',
          environment: 'node',
          include: ['tests/e2e-firefox/**/*.spec.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
