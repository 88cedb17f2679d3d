import { configDefaults, defineConfig } from "vitest/config";

/** Tests that need a PostgreSQL server: their own project, so only runs that include them start one. */
const POSTGRES_TESTS = [
  "server/src/storage/postgres/**/*.test.ts",
  "tests/integration/postgres*.test.ts",
  "tests/integration/cluster/**/*.test.ts",
];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["{shared,worksheets,server,client}/src/**/*.test.{ts,tsx}"],
          exclude: [...configDefaults.exclude, ...POSTGRES_TESTS],
          // PDF and XLSX tests lay out whole reports (fonts, images): seconds each on a loaded 2-core machine.
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          exclude: [...configDefaults.exclude, ...POSTGRES_TESTS],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Each file starts its own servers on port 0; keep files apart on a 2-core machine.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: "postgres",
          include: POSTGRES_TESTS,
          // One throw-away cluster per run (or WIJKBORD_TEST_PG), a database per file.
          globalSetup: ["server/src/storage/postgres/testing/globalSetup.ts"],
          setupFiles: ["server/src/storage/postgres/testing/databasePerFile.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
