import { describeStorageContract } from "../contract/describeStorageContract.ts";
import { MemoryStorage } from "./MemoryStorage.ts";

describeStorageContract("MemoryStorage", async () => {
  const storage = new MemoryStorage();
  return { storage, dispose: () => storage.close() };
});
