import { CONTROL, LIMITS } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { controlChangeRefusal } from "./controlChangeRefusal.ts";

/** A control document as the server holds it, and a facilitator's replica of it. */
function replicas() {
  const server = new Y.Doc();
  server.getMap(CONTROL.session).set("title", "Werksessie");
  server
    .getArray(CONTROL.worksheets)
    .push([{ instanceId: "a", worksheetId: "kansenkaart", version: 1, x: 0, y: 0 }]);
  server.getMap(CONTROL.vote).set("round", { id: "r1" });
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  /** The update one change on the replica produces, as its socket sends it. */
  const updateOf = (change: (doc: Y.Doc) => void) => {
    let update: Uint8Array | null = null;
    const grab = (u: Uint8Array) => {
      update = u;
    };
    client.on("update", grab);
    change(client);
    client.off("update", grab);
    if (!update) throw new Error("the change produced no update");
    return update;
  };
  return { server, updateOf };
}

describe("controlChangeRefusal", () => {
  it("accepts the facilitator's own controls: timer, texts, a renamed wijk, an added worksheet, a lock", () => {
    const { server, updateOf } = replicas();
    const update = updateOf((doc) =>
      doc.transact(() => {
        doc.getMap(CONTROL.facilitation).set("timer", { endsAt: 1 });
        doc.getMap(CONTROL.texts).set("a/vraag", "Wat wil de buurt?");
        doc.getMap(CONTROL.session).set("wijk", "Boswijk");
        doc
          .getArray(CONTROL.worksheets)
          .push([{ instanceId: "b", worksheetId: "kansenkaart", version: 1, x: 9, y: 9 }]);
        doc.getMap(CONTROL.lockedAreas).set("a", true);
        doc.getMap(CONTROL.texts).delete("a/vraag");
      }),
    );
    expect(controlChangeRefusal(server, update)).toBeNull();
  });

  /** One change on a fresh replica, checked against its server copy. */
  const refusalOf = (change: (doc: Y.Doc) => void) => {
    const { server, updateOf } = replicas();
    return controlChangeRefusal(server, updateOf(change));
  };

  it("refuses changes to what only the server writes, nested ones included", () => {
    expect(refusalOf((d) => d.getMap(CONTROL.vote).set("results", { n1: 99 }))).toMatch(
      /vote is written by the server only/,
    );
    expect(refusalOf((d) => d.getMap(CONTROL.vote).delete("round"))).toMatch(/vote/);
    expect(refusalOf((d) => d.getMap(CONTROL.members).set("p1", "facilitator"))).toMatch(
      /members is written by the server only/,
    );
  });

  it("refuses unknown shared types, invalid placements and over-long texts", () => {
    expect(refusalOf((d) => d.getMap("extra").set("x", 1))).toMatch(/unknown shared type extra/);
    expect(refusalOf((d) => d.getArray(CONTROL.worksheets).push([{ instanceId: "" }]))).toMatch(
      /invalid worksheet placement/,
    );
    const long = "x".repeat(LIMITS.maxTitleLength + 1);
    expect(refusalOf((d) => d.getMap(CONTROL.session).set("title", long))).toMatch(
      /session title longer than/,
    );
    expect(refusalOf((d) => d.getMap(CONTROL.texts).set("a/b", 42))).toMatch(/not a string/);
  });

  it("checks an update that completes one it could not apply before", () => {
    const { server, updateOf } = replicas();
    const first = updateOf((d) => d.getMap(CONTROL.texts).set("a/b", "ok"));
    const second = updateOf((d) => d.getMap(CONTROL.vote).set("results", {}));
    // The second arrives first: it waits for the first inside the document, unchecked by itself.
    Y.applyUpdate(server, second);
    expect(server.getMap(CONTROL.vote).has("results")).toBe(false);
    expect(controlChangeRefusal(server, first)).toMatch(/vote is written by the server only/);
  });

  it("leaves the document it checks against untouched", () => {
    const { server, updateOf } = replicas();
    const before = Y.encodeStateAsUpdate(server);
    controlChangeRefusal(
      server,
      updateOf((d) => d.getMap(CONTROL.vote).set("results", {})),
    );
    controlChangeRefusal(
      server,
      updateOf((d) => d.getMap(CONTROL.texts).set("a/b", "ok")),
    );
    expect(Y.encodeStateAsUpdate(server)).toEqual(before);
  });
});
