import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["{shared,worksheets,server,client}/src/**/*.test.{ts,tsx}"],
          // PDF and XLSX tests lay out whole reports (fonts, images): seconds each on a loaded 2-core machine.
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Each file starts its own servers on port 0; keep files apart on a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
