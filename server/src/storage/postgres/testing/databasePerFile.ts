import { afterAll, beforeAll, inject } from "vitest";
import { createTestDatabase, type TestDatabase } from "./testDatabase.ts";

/**
 * vitest setupFile of the `postgres` project: each test file gets a database of its own, created
 * before its tests and dropped after them, whose URL its tests read from
 * WIJKBORD_TEST_DATABASE_URL (so a server process a test starts inherits it too).
 */
let database: TestDatabase | undefined;

beforeAll(async () => {
  database = await createTestDatabase(inject("postgresAdminUrl"));
  process.env.WIJKBORD_TEST_DATABASE_URL = database.url;
});

afterAll(async () => {
  delete process.env.WIJKBORD_TEST_DATABASE_URL;
  await database?.drop();
});
