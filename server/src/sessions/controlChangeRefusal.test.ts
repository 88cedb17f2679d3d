import { CONTROL, LIMITS, NOTE_FONT_KEY } from "@wijkbord/shared";
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

  it("accepts a note font the apps know and refuses any other value", () => {
    const font = (value: unknown) => refusalOf((d) => d.getMap(CONTROL.session).set(NOTE_FONT_KEY, value));
    expect(font("sans")).toBeNull();
    expect(font("draw")).toBeNull();
    expect(font("comic")).toMatch(/session noteFont must be one of draw, sans/);
    expect(font(1)).toMatch(/noteFont/);
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

describe("controlChangeRefusal: the limits the app keeps to", () => {
  const placement = (instanceId: string, worksheetId = "gedeeld-verhaal") => ({
    instanceId,
    worksheetId,
    version: 1,
    x: 0,
    y: 0,
  });
  /** The refusal of the update `change` makes on a replica of a control document with `count` placements (a gedeeld-verhaal first). */
  function check(count: number, change: (doc: Y.Doc) => void): string | null {
    const server = new Y.Doc();
    server.getMap(CONTROL.session).set("wijk", "Atolwijk");
    const agenda = Array.from({ length: count }, (_, i) =>
      i === 0 ? placement("gv") : placement(`kc-${i}`, "kaders-check"),
    );
    server.getArray(CONTROL.worksheets).push(agenda);
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
  const ownKey = "gv/dromen-toekomst-eigen-1";
  const max = LIMITS.maxWorksheetsPerSession;

  it("an own question at most maxOwnQuestionLength long; other texts keep their own limit", () => {
    const at = "v".repeat(LIMITS.maxOwnQuestionLength);
    expect(check(1, (d) => d.getMap(CONTROL.texts).set(ownKey, at))).toBeNull();
    expect(check(1, (d) => d.getMap(CONTROL.texts).set(ownKey, `${at}?`))).toMatch(
      new RegExp(`own question longer than ${LIMITS.maxOwnQuestionLength}`),
    );
    // A worksheet added in the same update has own questions at once.
    expect(
      check(1, (d) =>
        d.transact(() => {
          d.getArray(CONTROL.worksheets).push([placement("gv-2")]);
          d.getMap(CONTROL.texts).set("gv-2/dromen-toekomst-eigen-2", `${at}?`);
        }),
      ),
    ).toMatch(/own question longer than/);
    // Not own questions: a zone without an editable title, a name field, an unknown instance.
    for (const key of ["gv/dromen-omgeving", "sr/stakeholder-1-naam", "elders/dromen-toekomst-eigen-1"]) {
      expect(
        check(1, (d) => d.getMap(CONTROL.texts).set(key, `${at}?`)),
        key,
      ).toBeNull();
    }
  });

  it("a title or wijk is never blank", () => {
    expect(check(1, (d) => d.getMap(CONTROL.session).set("wijk", "  "))).toMatch(/session wijk empty/);
    expect(check(1, (d) => d.getMap(CONTROL.session).set("title", ""))).toMatch(/session title empty/);
    expect(check(1, (d) => d.getMap(CONTROL.session).set("wijk", "Bolder"))).toBeNull();
  });

  it("an update may not make the agenda longer than maxWorksheetsPerSession, but for two adds that crossed", () => {
    const add = (n: number) => (d: Y.Doc) =>
      d.getArray(CONTROL.worksheets).push(Array.from({ length: n }, (_, i) => placement(`extra-${i}`)));
    expect(check(max - 1, add(1))).toBeNull();
    // Two facilitators who each added the last worksheet: the second update lands on a full agenda.
    expect(check(max, add(1))).toBeNull();
    expect(check(max + 1, add(1))).toMatch(new RegExp(`more than ${max} worksheets`));
    expect(check(max - 1, add(3))).toMatch(/more than .* worksheets/);
    expect(check(0, add(max + 2))).toMatch(/more than .* worksheets/);
    // An agenda already over the limit (an older session) still takes every other change.
    expect(check(max + 5, (d) => d.getMap(CONTROL.session).set("wijk", "Bolder"))).toBeNull();
    expect(check(max + 5, (d) => d.getArray(CONTROL.worksheets).delete(max, 1))).toBeNull();
  });
});
