import { randomBytes } from "node:crypto";
import pg from "pg";

/** A database of its own on a server the caller may create databases on. */
export interface TestDatabase {
  url: string;
  /** Drops it, closing whatever connections are still open to it. */
  drop(): Promise<void>;
}

async function asAdmin(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Creates an empty database with a random name beside the one `adminUrl` names. */
export async function createTestDatabase(adminUrl: string): Promise<TestDatabase> {
  const name = `wijkbord_test_${randomBytes(6).toString("hex")}`;
  await asAdmin(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => asAdmin(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/** The database `databasePerFile.ts` made for the running test file. */
export function testDatabaseUrl(): string {
  const url = process.env.WIJKBORD_TEST_DATABASE_URL;
  if (!url) throw new Error("no test database: run this file in vitest's postgres project");
  return url;
}
