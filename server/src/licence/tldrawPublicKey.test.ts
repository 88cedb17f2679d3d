import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { TLDRAW_PUBLIC_KEY } from "./tldrawPublicKey.ts";

// The tldraw the browser app is built with: the client's dependency, not the server's.
const clientPackage = fileURLToPath(new URL("../../../client/package.json", import.meta.url));

describe("TLDRAW_PUBLIC_KEY", () => {
  it("is the key the shipped tldraw checks licence keys with", () => {
    const tldraw = createRequire(clientPackage).resolve("tldraw");
    const editor = createRequire(tldraw).resolve("@tldraw/editor");
    const manager = join(dirname(editor), "lib", "license", "LicenseManager.js");
    expect(readFileSync(manager, "utf8")).toContain(TLDRAW_PUBLIC_KEY);
  });
});
