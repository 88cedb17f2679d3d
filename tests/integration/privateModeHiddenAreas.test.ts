import { randomBytes } from "node:crypto";
import {
  BOARD,
  CONTROL,
  HIDE_PATH_SUFFIX,
  HIDING_PATH_SEGMENT,
  PATHS,
  PRIVATE_STATUS_PATH_SUFFIX,
  REVEAL_PATH_SUFFIX,
  SHOW_PATH_SUFFIX,
  type WorksheetPlacement,
  ZONE_PATH_SEGMENT,
} from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import { YKeyValue } from "y-utility/y-keyvalue";
import type * as Y from "yjs";
// The browser app's own private-document wiring (openBoard.ts): what it does with a held-back note.
import { bindPrivateDoc } from "../../client/src/privateMode/bindPrivateDoc.ts";
import { heldBackNoteIds } from "../../client/src/privateMode/heldBackNoteIds.ts";
import { openPrivateDoc } from "../../client/src/privateMode/openPrivateDoc.ts";
import { watchPrivateMode } from "../../client/src/privateMode/privateModeState.ts";
import { connectClient, resync } from "./support/connectClient.ts";
import { postJson } from "./support/members.ts";
import { noteRecord } from "./support/noteRecord.ts";
import { serverFixture } from "./support/serverFixture.ts";
import { createSession } from "./support/startServer.ts";
import { waitFor } from "./support/waitFor.ts";

type Note = ReturnType<typeof noteRecord>;
const kv = (doc: Y.Doc) => new YKeyValue<Note>(doc.getArray(BOARD.records));
const privateName = () => `private-${randomBytes(16).toString("base64url")}`;
const SHEET = "gedeeld-verhaal";
/** gedeeld-verhaal's zone dromen-omgeving, relative to the worksheet. */
const ZONE = { id: "dromen-omgeving", x: 760, y: 280, w: 1390, h: 560 };

describe("a private note on a hidden zone is not revealed: it stays private, nothing is lost", () => {
  const fx = serverFixture();

  it("holds it back at the reveal, keeps it in its private document, and the app hands it over when the zone is shown", async () => {
    const server = await fx.start();
    const session = await createSession(server, {
      title: "Privé en verborgen",
      wijk: "Atolwijk",
      worksheets: [SHEET, "participatie-in-het-kort"],
    });
    const fac = session.tokens.facilitator;
    const control = await fx.connect(server, session.id, "control", fac);
    const sheet = control.doc
      .getArray<WorksheetPlacement>(CONTROL.worksheets)
      .toArray()
      .find((p) => p.instanceId === SHEET);
    if (!sheet) throw new Error("no worksheet");
    const inZone = (id: string, text: string) =>
      noteRecord(id, text, sheet.x + ZONE.x + 300, sheet.y + ZONE.y + 150);
    const zonePath = (suffix: string) =>
      `${PATHS.sessions}/${session.id}${HIDING_PATH_SEGMENT}/${SHEET}${ZONE_PATH_SEGMENT}/${ZONE.id}${suffix}`;
    const reveal = () => postJson(server, `${PATHS.sessions}/${session.id}${REVEAL_PATH_SUFFIX}`, fac);
    const waitingNotes = async () =>
      (
        (await (
          await fetch(`${server.url}${PATHS.sessions}/${session.id}${PRIVATE_STATUS_PATH_SUFFIX}`, {
            headers: { authorization: `Bearer ${fac}` },
          })
        ).json()) as { notes: number }
      ).notes;
    control.doc.transact(() => {
      const mode = control.doc.getMap(CONTROL.privateMode);
      mode.set("on", true);
      mode.set("anonymous", false);
      mode.set("round", 1);
    });
    await resync(control);

    // A raw client's private document: one note in the zone, one beside it.
    const raw = connectClient(server, session.id, privateName(), session.tokens.participant);
    await raw.synced();
    kv(raw.doc).set("shape:raw-in", inZone("shape:raw-in", "Raw in de zone"));
    kv(raw.doc).set("shape:raw-out", noteRecord("shape:raw-out", "Raw ernaast", sheet.x - 400, sheet.y));
    // The app's browser, wired as openBoard.ts wires it, with a note in the zone.
    const board = await fx.connect(server, session.id, "board", session.tokens.participant);
    const ownControl = await fx.connect(server, session.id, "control", session.tokens.participant);
    const privateDoc = openPrivateDoc({
      sessionId: session.id,
      token: session.tokens.participant,
      name: privateName(),
      wsOrigin: server.url.replace(/^http/, "ws"),
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    });
    const mode = watchPrivateMode(ownControl.doc);
    const unbind = bindPrivateDoc(privateDoc, mode.mode, board.doc);
    try {
      kv(privateDoc.doc).set("shape:app-in", inZone("shape:app-in", "App in de zone"));
      await waitFor(async () => (await waitingNotes()) === 3, { what: "three private notes stored" });

      expect((await postJson(server, zonePath(HIDE_PATH_SUFFIX), fac)).status).toBe(200);
      expect(await reveal()).toEqual({
        status: 200,
        body: { revealed: 1, anonymous: false, heldBack: 2 },
      });

      // Beside the zone: revealed. In it: still private, in their writers' documents.
      const viewer = await fx.connect(server, session.id, "board", session.tokens.viewer);
      await waitFor(() => kv(viewer.doc).has("shape:raw-out"), { what: "the note beside it revealed" });
      expect(kv(viewer.doc).has("shape:raw-in")).toBe(false);
      expect(kv(viewer.doc).has("shape:app-in")).toBe(false);
      expect(await waitingNotes()).toBe(2);
      // The app knows it holds one back (its writer is told) and does not push it onto the board.
      await waitFor(() => heldBackNoteIds.get().has("shape:app-in"), { what: "the app to hold it back" });
      expect(kv(privateDoc.doc).has("shape:app-in")).toBe(true);

      // Shown: the app hands its note over as the reveal would have; the next reveal takes the raw one.
      expect((await postJson(server, zonePath(SHOW_PATH_SUFFIX), fac)).status).toBe(200);
      await waitFor(() => kv(viewer.doc).has("shape:app-in"), { what: "the held-back note handed over" });
      await waitFor(() => heldBackNoteIds.get().size === 0, { what: "nothing held back" });
      expect(kv(viewer.doc).get("shape:app-in")?.props.richText).toEqual(
        inZone("shape:app-in", "App in de zone").props.richText,
      );
      const again = await reveal();
      expect(again.status).toBe(200);
      await waitFor(() => kv(viewer.doc).has("shape:raw-in"), { what: "the raw note at the next reveal" });
      await waitFor(async () => (await waitingNotes()) === 0, { what: "no private note left" });
    } finally {
      unbind();
      mode.dispose();
      privateDoc.destroy();
      raw.destroy();
    }
  });
});
