import type { Storage } from "../Storage.ts";

/** One storage under test, on data of its own; `describeStorageContract` makes one per case. */
export interface StorageFixture {
  /** The storage under test, on data nothing else has written. */
  readonly storage: Storage;
  /**
   * Opens another instance on the same data, as a second server process or a restarted server
   * would; `dispose` closes it. Absent where nothing outlives an instance (MemoryStorage): the
   * cases about reading from another instance and about reopening are then skipped.
   */
  openAgain?: () => Promise<Storage>;
  /**
   * Makes every compaction fail part-way, after the snapshot is replaced and before the compacted
   * updates are deleted (in SQL: a trigger that raises on deleting an update), until the returned
   * function undoes it. Absent where no such failure can be injected: that case is then skipped.
   */
  breakCompaction?: () => Promise<() => Promise<void>>;
  /** Closes every instance opened and removes the data. */
  dispose(): Promise<void>;
}

/** Makes a fixture; each call gives a storage on new, empty data. */
export type MakeFixture = () => Promise<StorageFixture>;
