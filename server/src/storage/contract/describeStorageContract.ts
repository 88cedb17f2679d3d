import { afterEach, describe } from "vitest";
import { accessContract } from "./accessContract.ts";
import { activityContract } from "./activityContract.ts";
import { auditContract } from "./auditContract.ts";
import { deletionContract } from "./deletionContract.ts";
import { documentContract } from "./documentContract.ts";
import { historyContract } from "./historyContract.ts";
import { imageContract } from "./imageContract.ts";
import { lifecycleContract } from "./lifecycleContract.ts";
import { organiserContract } from "./organiserContract.ts";
import type { MakeFixture, StorageFixture } from "./StorageFixture.ts";
import { sessionContract } from "./sessionContract.ts";
import { statsContract } from "./statsContract.ts";
import { templateContract } from "./templateContract.ts";
import { voteContract } from "./voteContract.ts";

/**
 * The promises of `Storage` (Storage.ts, AccessStore.ts, VoteStore.ts, HistoryStore.ts, ActivityStore.ts,
 * AuditStore.ts, TemplateStore.ts, ImageStore.ts, StatsStore.ts) as a
 * vitest suite that every implementation must pass: call it from the implementation's test file
 * (see sqlite/SqliteStorage.contract.test.ts) with a `makeFixture` that opens the storage on new,
 * empty data, and, where it can, another instance on that data and a failing compaction. Each case
 * gets a fixture of its own, disposed after it; cases whose fixture lacks what they need are
 * reported as skipped. What the suite cannot see (that `onDisk` means on disk, crash recovery,
 * locks held by other processes) the implementation's own tests cover.
 */
export function describeStorageContract(name: string, makeFixture: MakeFixture): void {
  describe(`Storage contract: ${name}`, () => {
    const made: StorageFixture[] = [];
    afterEach(async () => {
      for (const fixture of made.splice(0)) await fixture.dispose();
    });
    const fresh: MakeFixture = async () => {
      const fixture = await makeFixture();
      made.push(fixture);
      return fixture;
    };
    sessionContract(fresh);
    documentContract(fresh);
    lifecycleContract(fresh);
    accessContract(fresh);
    voteContract(fresh);
    historyContract(fresh);
    deletionContract(fresh);
    activityContract(fresh);
    organiserContract(fresh);
    auditContract(fresh);
    templateContract(fresh);
    imageContract(fresh);
    statsContract(fresh);
  });
}
