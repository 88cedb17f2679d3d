import { randomBytes } from "node:crypto";
import { join } from "node:path";
import {
  ApiErrorSchema,
  BackupSchema,
  BOARD,
  CONTROL,
  CreateSessionResponseSchema,
  FACILITATOR_DOC,
  HIDDEN_AREAS_KEY,
  HIDDEN_WORKSHEETS_KEY,
  HIDDEN_ZONES_KEY,
  HIDE_PATH_SUFFIX,
  HIDING_PATH_SEGMENT,
  type ImageUploadResponse,
  PATHS,
  SHOW_PATH_SUFFIX,
  type WorksheetPlacement,
  ZONE_PATH_SEGMENT,
} from "@wijkbord/shared";
import Database from "better-sqlite3";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { YKeyValue } from "y-utility/y-keyvalue";
import * as Y from "yjs";
import { resync } from "./support/connectClient.ts";
import { postJson } from "./support/members.ts";
import { noteRecord } from "./support/noteRecord.ts";
import { serverFixture } from "./support/serverFixture.ts";
import { createSession, type TestServer } from "./support/startServer.ts";
import { waitFor } from "./support/waitFor.ts";

type AnyRecord = Record<string, unknown>;
const records = (doc: Y.Doc) => new YKeyValue<AnyRecord>(doc.getArray(BOARD.records));
const bytesOf = (doc: Y.Doc) => Buffer.from(Y.encodeStateAsUpdate(doc)).toString("latin1");
const SHEET = "gedeeld-verhaal";
const SECOND = "participatie-in-het-kort";
const ZONE = { id: "dromen-omgeving", x: 760, y: 280, w: 1390, h: 560 };
const ZONE_NOTE = "Notitie-in-verborgen-zone";
const SHEET_NOTE = "Notitie-op-verborgen-werkblad";
const MAX_BYTES = 4000;

const png = () =>
  sharp({ create: { width: 40, height: 30, channels: 3, background: "#3366cc" } })
    .png()
    .toBuffer();
/** Random pixels do not compress: far above MAX_BYTES. */
const bigPng = () =>
  sharp(randomBytes(120 * 120 * 3), { raw: { width: 120, height: 120, channels: 3 } })
    .png()
    .toBuffer();
const sessionCount = (server: TestServer) => {
  const db = new Database(join(server.dataDir, "wijkbord.sqlite"), { readonly: true });
  try {
    return (db.prepare("SELECT count(*) AS n FROM sessions").get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe("a JSON backup carries hidden worksheets, hidden zones and photos", () => {
  const fx = serverFixture();

  it("round trip: restored still hidden, the photo served in the new session, everything back when shown", async () => {
    const server = await fx.start({ imageLimits: { maxBytes: MAX_BYTES } });
    const session = await createSession(server, {
      title: "Back-up met geheimen",
      wijk: "Atolwijk",
      worksheets: [SHEET, SECOND],
    });
    const fac = session.tokens.facilitator;
    const form = new FormData();
    form.set("file", new File([(await png()) as Uint8Array<ArrayBuffer>], "foto.png", { type: "image/png" }));
    const photo = (await (
      await fetch(`${server.url}${PATHS.sessions}/${session.id}/images`, {
        method: "POST",
        headers: { authorization: `Bearer ${fac}` },
        body: form,
      })
    ).json()) as ImageUploadResponse;

    const control = await fx.connect(server, session.id, "control", fac);
    const placements = control.doc.getArray<WorksheetPlacement>(CONTROL.worksheets).toArray();
    const [sheet, second] = placements as [WorksheetPlacement, WorksheetPlacement];
    const board = await fx.connect(server, session.id, "board", fac);
    board.doc.transact(() => {
      records(board.doc).set("asset:foto", {
        id: "asset:foto",
        typeName: "asset",
        type: "image",
        props: {
          src: photo.src,
          w: 40,
          h: 30,
          name: "foto",
          isAnimated: false,
          mimeType: "image/png",
          fileSize: 1,
        },
        meta: {},
      });
      records(board.doc).set(
        "shape:zone",
        noteRecord("shape:zone", ZONE_NOTE, sheet.x + ZONE.x + 300, sheet.y + ZONE.y + 150),
      );
      records(board.doc).set(
        "shape:sheet",
        noteRecord("shape:sheet", SHEET_NOTE, second.x + 300, second.y + 300),
      );
    });
    await resync(board);
    const base = `${PATHS.sessions}/${session.id}${HIDING_PATH_SEGMENT}`;
    expect(
      (await postJson(server, `${base}/${SHEET}${ZONE_PATH_SEGMENT}/${ZONE.id}${HIDE_PATH_SUFFIX}`, fac))
        .status,
    ).toBe(200);
    expect((await postJson(server, `${base}/${SECOND}${HIDE_PATH_SUFFIX}`, fac)).status).toBe(200);

    const raw = await (
      await fetch(`${server.url}${PATHS.sessions}/${session.id}/export/json`, {
        headers: { authorization: `Bearer ${fac}` },
      })
    ).text();
    const backup = BackupSchema.parse(JSON.parse(raw));
    expect(backup.version).toBe(2);
    expect(Object.keys(backup.hidden.worksheets)).toEqual([SECOND]);
    expect(Object.keys(backup.hidden.zones)).toEqual([`${SHEET}/${ZONE.id}`]);
    expect(backup.images.map((i) => [i.id, i.mime])).toEqual([[photo.id, "image/png"]]);

    const imported = await fetch(`${server.url}${PATHS.sessions}/import`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: raw,
    });
    expect(imported.status).toBe(201);
    const created = CreateSessionResponseSchema.parse(await imported.json());
    const tokenOf = (link: string) => new URLSearchParams(new URL(link).hash.slice(1)).get("token") ?? "";
    const newFac = tokenOf(created.links.facilitator);
    const newViewer = tokenOf(created.links.viewer);

    // Still hidden: a viewer of the restored session receives none of it.
    const viewer = await fx.connect(server, created.id, "board", newViewer);
    expect(bytesOf(viewer.doc)).not.toContain(ZONE_NOTE);
    expect(bytesOf(viewer.doc)).not.toContain(SHEET_NOTE);
    expect(viewer.doc.getMap(HIDDEN_AREAS_KEY).size).toBe(2);
    const facDoc = await fx.connect(server, created.id, FACILITATOR_DOC, newFac);
    expect([...facDoc.doc.getMap(HIDDEN_WORKSHEETS_KEY).keys()]).toEqual([SECOND]);
    expect([...facDoc.doc.getMap(HIDDEN_ZONES_KEY).keys()]).toEqual([`${SHEET}/${ZONE.id}`]);

    // The photo is the new session's: the board points there and it is served there, the same bytes.
    const src = records(viewer.doc).get("asset:foto")?.props as { src: string };
    expect(src.src.startsWith(`${PATHS.sessions}/${created.id}/images/`)).toBe(true);
    const served = await fetch(`${server.url}${src.src}`, {
      headers: { authorization: `Bearer ${newViewer}` },
    });
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await served.arrayBuffer()).toString("base64")).toBe(backup.images[0]?.data);

    // Shown in the restored session: everything back.
    const newBase = `${PATHS.sessions}/${created.id}${HIDING_PATH_SEGMENT}`;
    expect((await postJson(server, `${newBase}/${SECOND}${SHOW_PATH_SUFFIX}`, newFac)).status).toBe(200);
    expect(
      (
        await postJson(
          server,
          `${newBase}/${SHEET}${ZONE_PATH_SEGMENT}/${ZONE.id}${SHOW_PATH_SUFFIX}`,
          newFac,
        )
      ).status,
    ).toBe(200);
    await waitFor(() => records(viewer.doc).has("shape:zone") && records(viewer.doc).has("shape:sheet"), {
      what: "hidden notes back in the restored session",
    });
    expect(viewer.doc.getMap(HIDDEN_AREAS_KEY).size).toBe(0);

    // A version 1 file (no hidden parts, no photos) still imports.
    const { hidden: _h, images: _i, ...rest } = backup;
    const v1 = await fetch(`${server.url}${PATHS.sessions}/import`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ...rest, version: 1 }),
    });
    expect(v1.status).toBe(201);

    // A photo that lies about its type, or is too large: a 4xx in Dutch first, and nothing imported.
    const before = sessionCount(server);
    const cases: [object, number, string, RegExp][] = [
      [
        {
          ...backup,
          images: [{ ...backup.images[0], data: Buffer.from("<svg>geen foto</svg>").toString("base64") }],
        },
        415,
        "unsupported_image",
        /^foto 1 in deze back-up is geen JPEG-, PNG- of WebP-foto/,
      ],
      [
        { ...backup, images: [{ ...backup.images[0], mime: "image/jpeg" }] },
        415,
        "unsupported_image",
        /geen JPEG-, PNG- of WebP-foto zoals opgegeven/,
      ],
      [
        { ...backup, images: [{ ...backup.images[0], data: (await bigPng()).toString("base64") }] },
        413,
        "image_too_large",
        /^foto 1 in deze back-up is groter dan/,
      ],
    ];
    for (const [body, status, code, message] of cases) {
      const res = await fetch(`${server.url}${PATHS.sessions}/import`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      expect(res.status, code).toBe(status);
      const error = ApiErrorSchema.parse(await res.json()).error;
      expect(error.code).toBe(code);
      expect(error.message).toMatch(message);
    }
    expect(sessionCount(server)).toBe(before);
  });
});
