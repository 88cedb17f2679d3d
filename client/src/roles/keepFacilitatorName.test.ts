import { CONTROL, SESSION_FACILITATORS_KEY } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { keepFacilitatorName } from "./keepFacilitatorName.ts";

const names = (doc: Y.Doc) => doc.getMap(CONTROL.session).get(SESSION_FACILITATORS_KEY);

/** Sends each document's whole state to the other, as the server relays them, until both agree. */
function exchange(a: Y.Doc, b: Y.Doc) {
  for (let round = 0; round < 5; round++) {
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  }
}

describe("keepFacilitatorName", () => {
  it("adds the facilitator's name once, trimmed", () => {
    const doc = new Y.Doc();
    const stop = keepFacilitatorName(doc, " Fatima ");
    keepFacilitatorName(doc, "Fatima")();
    expect(names(doc)).toEqual(["Fatima"]);
    stop();
  });

  it("ends with both names when two facilitators write the list at the same moment", () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    // Concurrent: each writes its list before seeing the other's; one whole list wins.
    const stopA = keepFacilitatorName(a, "Fatima");
    const stopB = keepFacilitatorName(b, "Bram");
    exchange(a, b);
    expect(new Set(names(a) as string[])).toEqual(new Set(["Fatima", "Bram"]));
    expect(names(b)).toEqual(names(a));
    stopA();
    stopB();
  });
});
