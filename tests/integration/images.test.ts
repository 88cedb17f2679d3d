import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BOARD, CLOSE, type ImageUploadResponse, PATHS, sessionImagePath } from "@wijkbord/shared";
import { getWorksheet, layoutSession } from "@wijkbord/worksheets";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { YKeyValue } from "y-utility/y-keyvalue";
import type * as Y from "yjs";
import { roundTrip } from "./support/connectClient.ts";
import { nextServerClose } from "./support/members.ts";
import { serverFixture } from "./support/serverFixture.ts";
import { createSession, DEFAULT_SESSION, type TestServer } from "./support/startServer.ts";

const imagesPath = (sessionId: string) => `${PATHS.sessions}/${sessionId}/images`;

/** A form upload as a phone's browser sends one: the file's name and type are the sender's claim. */
async function upload(
  server: TestServer,
  sessionId: string,
  token: string,
  bytes: Uint8Array,
  name: string,
  type: string,
) {
  const form = new FormData();
  form.set("file", new File([bytes as Uint8Array<ArrayBuffer>], name, { type }));
  const res = await fetch(`${server.url}${imagesPath(sessionId)}`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  return { status: res.status, body: (await res.json().catch(() => null)) as unknown };
}

const fetchImage = (server: TestServer, src: string, token?: string) =>
  fetch(`${server.url}${src}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});

/** Random pixels: a JPEG of them does not compress, so its size follows its dimensions. */
async function noiseJpeg(width: number, height: number): Promise<Buffer> {
  const raw = randomBytes(width * height * 3);
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 95 })
    .toBuffer();
}

const png = (width = 40, height = 30) =>
  sharp({ create: { width, height, channels: 3, background: "#3366cc" } })
    .png()
    .toBuffer();

/** A phone's photo: EXIF with the camera and the GPS position where it was taken. */
const gpsJpeg = () =>
  sharp({ create: { width: 300, height: 200, channels: 3, background: "#ccaa33" } })
    .jpeg()
    .withExifMerge({
      IFD0: { Make: "Telefoonmerk", Model: "Wijkcamera" },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "52/1 31/1 4/1",
        GPSLongitudeRef: "E",
        GPSLongitude: "5/1 28/1 31/1",
      },
    })
    .toBuffer();

const errorCode = (body: unknown) => (body as { error?: { code?: string } } | null)?.error?.code;
const errorMessage = (body: unknown) => (body as { error?: { message?: string } } | null)?.error?.message;

describe("photos: upload, limits and type by content", () => {
  const fx = serverFixture();

  it("takes a PNG named .jpg and a JPEG named .png by their content, and serves them to members", async () => {
    const server = await fx.start();
    const session = await createSession(server);
    const asPng = await upload(
      server,
      session.id,
      session.tokens.facilitator,
      await png(),
      "foto.jpg",
      "image/jpeg",
    );
    expect(asPng.status).toBe(201);
    expect(asPng.body).toMatchObject({ mime: "image/png", width: 40, height: 30 });
    const jpeg = await noiseJpeg(64, 48);
    const asJpeg = await upload(
      server,
      session.id,
      session.tokens.facilitator,
      jpeg,
      "foto.png",
      "image/png",
    );
    expect(asJpeg.status).toBe(201);
    const stored = asJpeg.body as ImageUploadResponse;
    expect(stored).toMatchObject({ mime: "image/jpeg", width: 64, height: 48 });
    expect(stored.src).toBe(sessionImagePath(session.id, stored.id));

    for (const role of ["facilitator", "participant", "viewer"] as const) {
      const res = await fetchImage(server, stored.src, session.tokens[role]);
      expect(res.status, role).toBe(200);
      expect(res.headers.get("content-type")).toBe("image/jpeg");
      expect(res.headers.get("cache-control")).toMatch(/^private,.*immutable/);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(await sharp(bytes).metadata()).toMatchObject({ format: "jpeg", width: 64, height: 48 });
    }
  });

  it("refuses a text file named photo.jpg, and a HEIC photo, with a Dutch message; nothing is stored", async () => {
    const server = await fx.start();
    const session = await createSession(server);
    const text = new TextEncoder().encode("Dit is een boodschappenlijstje, geen foto.");
    const res = await upload(server, session.id, session.tokens.facilitator, text, "photo.jpg", "image/jpeg");
    expect(res.status).toBe(415);
    expect(errorCode(res.body)).toBe("unsupported_image");
    expect(errorMessage(res.body)).toMatch(/^dit bestand is geen foto/);
    const heic = Uint8Array.from([0, 0, 0, 24, ...Buffer.from("ftypheic"), 0, 0, 0, 0, ...randomBytes(64)]);
    const heicRes = await upload(
      server,
      session.id,
      session.tokens.facilitator,
      heic,
      "IMG_0001.HEIC",
      "image/heic",
    );
    expect(heicRes.status).toBe(415);
    expect(errorMessage(heicRes.body)).toMatch(/^HEIC-foto's kan Wijkbord niet lezen/);
    // Claims to be a JPEG by its first bytes, but is not one.
    const fake = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, ...randomBytes(500)]);
    expect(
      (await upload(server, session.id, session.tokens.facilitator, fake, "a.jpg", "image/jpeg")).status,
    ).toBe(415);
    expect(await server.storage.images.count(session.id)).toBe(0);
  });

  it("answers 413 for a photo over IMAGE_MAX_BYTES and stores nothing", async () => {
    const server = await fx.start({ imageLimits: { maxBytes: 50_000 } });
    const session = await createSession(server);
    const big = await noiseJpeg(400, 300);
    expect(big.byteLength).toBeGreaterThan(50_000);
    const res = await upload(server, session.id, session.tokens.facilitator, big, "groot.jpg", "image/jpeg");
    expect(res.status).toBe(413);
    expect(errorCode(res.body)).toBe("image_too_large");
    expect(errorMessage(res.body)).toMatch(/^deze foto is groter dan/);
    // A raw body (no form) with its length declared is refused before it is read.
    const raw = await fetch(`${server.url}${imagesPath(session.id)}`, {
      method: "POST",
      headers: { authorization: `Bearer ${session.tokens.facilitator}`, "content-type": "image/jpeg" },
      body: new Uint8Array(big),
    });
    expect(raw.status).toBe(413);
    expect(await server.storage.images.count(session.id)).toBe(0);
    const small = await noiseJpeg(40, 30);
    expect(
      (await upload(server, session.id, session.tokens.facilitator, small, "klein.jpg", "image/jpeg")).status,
    ).toBe(201);
  });

  it("refuses the photo past IMAGE_MAX_PER_SESSION (409, Dutch first); other sessions have their own", async () => {
    const server = await fx.start({ imageLimits: { maxPerSession: 2 } });
    const session = await createSession(server);
    const other = await createSession(server);
    const photo = await png();
    for (let i = 0; i < 2; i++) {
      expect(
        (await upload(server, session.id, session.tokens.facilitator, photo, "f.png", "image/png")).status,
      ).toBe(201);
    }
    const third = await upload(server, session.id, session.tokens.facilitator, photo, "f.png", "image/png");
    expect(third.status).toBe(409);
    expect(errorCode(third.body)).toBe("too_many_images");
    expect(errorMessage(third.body)).toMatch(/^deze werksessie heeft al 2 foto's/);
    expect(await server.storage.images.count(session.id)).toBe(2);
    expect(
      (await upload(server, other.id, other.tokens.facilitator, photo, "f.png", "image/png")).status,
    ).toBe(201);
  });

  it("strips EXIF, GPS position included, from what it stores and serves", async () => {
    const server = await fx.start();
    const session = await createSession(server);
    const input = await gpsJpeg();
    // The test can fail: the input does carry the position.
    const exifIn = (await sharp(input).metadata()).exif;
    expect(exifIn?.includes(Buffer.from("Telefoonmerk"))).toBe(true);
    const res = await upload(
      server,
      session.id,
      session.tokens.facilitator,
      input,
      "IMG_2001.jpg",
      "image/jpeg",
    );
    expect(res.status).toBe(201);
    const served = Buffer.from(
      await (
        await fetchImage(server, (res.body as ImageUploadResponse).src, session.tokens.viewer)
      ).arrayBuffer(),
    );
    const meta = await sharp(served).metadata();
    expect(meta).toMatchObject({ format: "jpeg", width: 300, height: 200 });
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(served.includes(Buffer.from("Telefoonmerk"))).toBe(false);
    expect(served.includes(Buffer.from("Exif\0\0"))).toBe(false);
  });

  it("lets only facilitators upload, and only the session's members fetch", async () => {
    const server = await fx.start();
    const session = await createSession(server);
    const other = await createSession(server);
    const photo = await png();
    for (const role of ["participant", "viewer"] as const) {
      const res = await upload(server, session.id, session.tokens[role], photo, "f.png", "image/png");
      expect(res.status, role).toBe(403);
      expect(errorMessage(res.body)).toMatch(/^alleen een facilitator kan foto's toevoegen/);
    }
    const stored = (await upload(server, session.id, session.tokens.facilitator, photo, "f.png", "image/png"))
      .body as ImageUploadResponse;
    // Another session's facilitator, no credential, and another session's path with this id.
    expect((await fetchImage(server, stored.src, other.tokens.facilitator)).status).toBe(401);
    expect((await fetchImage(server, stored.src)).status).toBe(401);
    expect(
      (await fetchImage(server, sessionImagePath(other.id, stored.id), other.tokens.facilitator)).status,
    ).toBe(404);
    expect(
      (await fetchImage(server, sessionImagePath(session.id, "x".repeat(22)), session.tokens.viewer)).status,
    ).toBe(404);
  });

  it("goes with its session: after the deletion it answers 404 and storage holds none", async () => {
    const server = await fx.start();
    const session = await createSession(server);
    const stored = (
      await upload(server, session.id, session.tokens.facilitator, await png(), "f.png", "image/png")
    ).body as ImageUploadResponse;
    const deleted = await fetch(`${server.url}${PATHS.sessions}/${session.id}`, {
      method: "DELETE",
      headers: { authorization: `Bearer ${session.tokens.facilitator}` },
    });
    expect(deleted.status).toBe(200);
    expect((await fetchImage(server, stored.src, session.tokens.facilitator)).status).toBe(404);
    expect(await server.storage.images.get(session.id, stored.id)).toBeUndefined();
  });
});

type AnyRecord = Record<string, unknown>;
const records = (doc: Y.Doc) => new YKeyValue<AnyRecord>(doc.getArray(BOARD.records));
const imageAsset = (id: string, src: string): AnyRecord => ({
  id,
  typeName: "asset",
  type: "image",
  props: { src, w: 40, h: 30, name: "foto", isAnimated: false, mimeType: "image/png", fileSize: 10 },
  meta: {},
});

describe("photos on the board: no asset pointing elsewhere", () => {
  const fx = serverFixture();

  it("closes a raw client that adds an asset from another address (4400); nobody receives it", async () => {
    const server = await fx.start();
    const session = await createSession(server);
    const watcher = await fx.connect(server, session.id, "board", session.tokens.viewer);
    for (const src of ["https://tracker.example/pixel.png", "data:image/png;base64,iVBORw0KGgo="]) {
      const writer = await fx.connect(server, session.id, "board", session.tokens.participant);
      const closed = nextServerClose(writer.provider);
      records(writer.doc).set("asset:foreign", imageAsset("asset:foreign", src));
      expect((await closed).code).toBe(CLOSE.badRequest);
      writer.provider.disconnect();
    }
    const room = server.rooms.get({ sessionId: session.id, doc: "board" });
    expect(room && records(room.doc).get("asset:foreign")).toBeUndefined();
    const fresh = await fx.connect(server, session.id, "board", session.tokens.viewer);
    expect(records(fresh.doc).get("asset:foreign")).toBeUndefined();
    expect(records(watcher.doc).get("asset:foreign")).toBeUndefined();
  });

  it("relays an asset of this session's own photo", async () => {
    const server = await fx.start();
    const session = await createSession(server);
    const stored = (
      await upload(server, session.id, session.tokens.facilitator, await png(), "f.png", "image/png")
    ).body as ImageUploadResponse;
    const writer = await fx.connect(server, session.id, "board", session.tokens.facilitator);
    const reader = await fx.connect(server, session.id, "board", session.tokens.participant);
    records(writer.doc).set("asset:own", imageAsset("asset:own", stored.src));
    await roundTrip(writer, reader);
    expect(records(reader.doc).get("asset:own")?.props).toMatchObject({ src: stored.src });
  });
});

describe("photos in the PDF report", () => {
  const fx = serverFixture();

  it("draws each photo in its worksheet's section, and none that lies outside every worksheet", async () => {
    const server = await fx.start();
    const session = await createSession(server, { ...DEFAULT_SESSION, worksheets: ["gedeeld-verhaal"] });
    const [placement] = layoutSession(["gedeeld-verhaal"]);
    const zone = getWorksheet("gedeeld-verhaal")?.zones[0];
    if (!placement || !zone) throw new Error("no worksheet layout");
    const photoOf = async (width: number, height: number) =>
      (
        await upload(
          server,
          session.id,
          session.tokens.facilitator,
          await noiseJpeg(width, height),
          "f.jpg",
          "image/jpeg",
        )
      ).body as ImageUploadResponse;
    const inside = await photoOf(320, 240);
    const outside = await photoOf(200, 100);
    const writer = await fx.connect(server, session.id, "board", session.tokens.facilitator);
    const put = (n: number, photo: ImageUploadResponse, x: number, y: number) => {
      records(writer.doc).set(`asset:${n}`, imageAsset(`asset:${n}`, photo.src));
      records(writer.doc).set(`shape:photo${n}`, {
        id: `shape:photo${n}`,
        typeName: "shape",
        type: "image",
        parentId: "page:page",
        x,
        y,
        rotation: 0,
        index: "a5",
        isLocked: false,
        opacity: 1,
        props: {
          assetId: `asset:${n}`,
          w: 320,
          h: 240,
          url: "",
          crop: null,
          flipX: false,
          flipY: false,
          playing: true,
          altText: "",
        },
        meta: {},
      });
    };
    put(1, inside, placement.x + zone.rect.x + 10, placement.y + zone.rect.y + 10);
    put(2, outside, placement.x - 5000, placement.y - 5000);
    const reader = await fx.connect(server, session.id, "board", session.tokens.viewer);
    await roundTrip(writer, reader);

    const res = await fetch(`${server.url}${PATHS.sessions}/${session.id}/export/pdf`, {
      headers: { authorization: `Bearer ${session.tokens.facilitator}` },
    });
    expect(res.status).toBe(200);
    const dir = mkdtempSync(join(tmpdir(), "wijkbord-pdf-"));
    try {
      writeFileSync(join(dir, "r.pdf"), Buffer.from(await res.arrayBuffer()));
      const images = execFileSync("pdfimages", ["-list", join(dir, "r.pdf")])
        .toString()
        .trim()
        .split("\n")
        .slice(2)
        .map((line) => line.trim().split(/\s+/))
        .filter((cols) => cols[2] === "image")
        .map((cols) => `${cols[3]}x${cols[4]}`);
      expect(images).toEqual(["320x240"]);
      const text = execFileSync("pdftotext", ["-enc", "UTF-8", join(dir, "r.pdf"), "-"]).toString();
      const title = getWorksheet("gedeeld-verhaal")?.title.nl ?? "";
      const flat = text.replace(/\s+/g, "");
      expect(flat.indexOf("Foto'svanpapier")).toBeGreaterThan(flat.lastIndexOf(title.replace(/\s+/g, "")));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
