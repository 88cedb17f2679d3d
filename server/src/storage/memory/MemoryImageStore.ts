import type { ImageStore, StoredImage } from "../ImageStore.ts";
import { copyBytes } from "./copyBytes.ts";
import { MemoryTables } from "./MemoryTables.ts";

const copyOf = (image: StoredImage): StoredImage => ({ ...image, bytes: copyBytes(image.bytes) });

/** ImageStore of a MemoryStorage. */
export class MemoryImageStore implements ImageStore {
  constructor(private readonly tables: MemoryTables) {}

  async add(image: StoredImage, maxPerSession: number): Promise<boolean> {
    const t = this.tables.open();
    t.requireSession(image.sessionId);
    for (const images of t.images.values()) {
      if (images.has(image.id)) throw new Error(`image id ${image.id} in use`);
    }
    const images = MemoryTables.inner(t.images, image.sessionId);
    if (images.size >= maxPerSession) return false;
    images.set(image.id, copyOf(image));
    return true;
  }

  async get(sessionId: string, id: string): Promise<StoredImage | undefined> {
    const image = this.tables.open().images.get(sessionId)?.get(id);
    return image && copyOf(image);
  }

  async count(sessionId: string): Promise<number> {
    return this.tables.open().images.get(sessionId)?.size ?? 0;
  }
}
