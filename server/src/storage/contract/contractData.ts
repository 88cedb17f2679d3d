import { createHash } from "node:crypto";
import type { DocName, Role } from "@wijkbord/shared";
import * as Y from "yjs";
import type { SessionRecord, Storage, StoredDocument, TokenRecord } from "../Storage.ts";

/** The cases' data: valid as the server would write it, and distinct per argument. */

export const SESSION_A = "sessionAAAAAAAAA";
export const SESSION_B = "sessionBBBBBBBBB";

/** A 32-byte hash standing for a token, a secret or a voter, derived from a readable label. */
export const hashOf = (label: string): Uint8Array =>
  new Uint8Array(createHash("sha256").update(label).digest());

export function sessionRecord(id: string): SessionRecord {
  return {
    id,
    title: `Werksessie ${id}`,
    wijk: "Kernwijk",
    createdAt: "2026-01-01T00:00:00.000Z",
    worksheets: [
      { instanceId: "a", worksheetId: "wijkprofiel", version: 1, x: 0, y: 0 },
      { instanceId: "b", worksheetId: "koppelkansen-kiezen", version: 2, x: 2400, y: -10.5 },
    ],
    sealedTokens: Uint8Array.of(1, 2, 3, id.length),
  };
}

/** The three link tokens of a session, hashed from `${sessionId}/${role}`. */
export function tokensOf(sessionId: string): TokenRecord[] {
  return (["facilitator", "participant", "viewer"] as Role[]).map((role) => ({
    hash: hashOf(`${sessionId}/${role}`),
    sessionId,
    role,
  }));
}

/** Creates session `id` with its three tokens and, when given, initial document states. */
export async function createSessionIn(
  storage: Storage,
  id: string = SESSION_A,
  initialDocs: ReadonlyMap<DocName, Uint8Array> = new Map(),
): Promise<SessionRecord> {
  const session = sessionRecord(id);
  await storage.createSession(session, tokensOf(id), initialDocs);
  return session;
}

/** `n` Yjs updates of one document, as a client emits them (sets and deletes on a map). */
export function editsOf(n: number, doc: Y.Doc = new Y.Doc()): Uint8Array[] {
  const updates: Uint8Array[] = [];
  const onUpdate = (u: Uint8Array) => updates.push(u);
  doc.on("update", onUpdate);
  const map = doc.getMap<number>("m");
  for (let i = 0; i < n; i++) {
    if (i % 5 === 4) map.delete(`k${i - 2}`);
    else map.set(`k${i % 17}`, i);
  }
  doc.off("update", onUpdate);
  return updates;
}

/** The map `m` after applying the updates, as a room loading them would hold it. */
export function stateOf(updates: readonly Uint8Array[]): unknown {
  const doc = new Y.Doc();
  for (const u of updates) Y.applyUpdate(doc, u);
  return doc.getMap("m").toJSON();
}

/** The map `m` of a loaded document: its snapshot, then its updates. */
export function replayed(stored: StoredDocument): unknown {
  return stateOf([...(stored.snapshot ? [stored.snapshot] : []), ...stored.updates]);
}

/** A snapshot (merged state) of the given updates. */
export const snapshotOf = (updates: readonly Uint8Array[]): Uint8Array => Y.mergeUpdates([...updates]);

/** Calls `fn`, turning a synchronous throw into a rejection (appendUpdate may do either). */
export async function attempt<T>(fn: () => T | Promise<T>): Promise<T> {
  return fn();
}
