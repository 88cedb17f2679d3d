import { createHash } from "node:crypto";

/** What storage keeps of a browser's template key: its SHA-256, so a database leak lists no keys. */
export function templateKeyHash(key: string): Uint8Array {
  return new Uint8Array(createHash("sha256").update(`wijkbord-template-key\n${key}`).digest());
}
