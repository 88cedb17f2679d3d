import {
  CONTROL,
  FACILITATION,
  LIMITS,
  SESSION_ANONYMOUS_KEY,
  SESSION_ROOM_COUNT_KEY,
} from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { controlChangeRefusal } from "./controlChangeRefusal.ts";

/** One change made on a facilitator's replica of a fresh control document, judged by the server. */
function refusalOf(change: (doc: Y.Doc) => void, before?: (doc: Y.Doc) => void): string | null {
  const server = new Y.Doc();
  server.getMap(CONTROL.session).set("title", "Werksessie");
  before?.(server);
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  let update: Uint8Array | null = null;
  client.on("update", (u: Uint8Array) => {
    update = u;
  });
  change(client);
  if (!update) throw new Error("the change produced no update");
  return controlChangeRefusal(server, update);
}
const session = (d: Y.Doc) => d.getMap(CONTROL.session);
const facilitation = (d: Y.Doc) => d.getMap(CONTROL.facilitation);

describe("controlChangeRefusal: attendance and the facilitator's tools", () => {
  it("accepts a room count, the anonymity choice, a celebration and the cursor switch", () => {
    expect(refusalOf((d) => session(d).set(SESSION_ROOM_COUNT_KEY, 0))).toBeNull();
    expect(refusalOf((d) => session(d).set(SESSION_ROOM_COUNT_KEY, LIMITS.maxRoomCount))).toBeNull();
    expect(refusalOf((d) => session(d).set(SESSION_ANONYMOUS_KEY, true))).toBeNull();
    expect(refusalOf((d) => facilitation(d).set(FACILITATION.celebration, { id: "c1", at: 1 }))).toBeNull();
    expect(refusalOf((d) => facilitation(d).set(FACILITATION.cursors, "facilitators"))).toBeNull();
    expect(
      refusalOf(
        (d) => session(d).delete(SESSION_ROOM_COUNT_KEY),
        (d) => session(d).set(SESSION_ROOM_COUNT_KEY, 4),
      ),
    ).toBeNull();
  });

  it("refuses a room count that is no whole number from 0 to the limit", () => {
    for (const bad of [-1, 2.5, "12", LIMITS.maxRoomCount + 1, null, { n: 1 }]) {
      expect(
        refusalOf((d) => session(d).set(SESSION_ROOM_COUNT_KEY, bad)),
        JSON.stringify(bad),
      ).toMatch(/invalid session roomCount/);
    }
  });

  it("refuses an anonymity that is not a boolean, a malformed celebration or cursor choice", () => {
    expect(refusalOf((d) => session(d).set(SESSION_ANONYMOUS_KEY, "ja"))).toMatch(
      /invalid session anonymous/,
    );
    expect(refusalOf((d) => facilitation(d).set(FACILITATION.celebration, { id: "" }))).toMatch(
      /invalid facilitation celebration/,
    );
    expect(refusalOf((d) => facilitation(d).set(FACILITATION.cursors, "none"))).toMatch(
      /invalid facilitation cursors/,
    );
  });
});
