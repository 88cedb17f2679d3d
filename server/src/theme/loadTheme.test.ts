import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadTheme, THEME_MAX_BYTES } from "./loadTheme.ts";

const dir = mkdtempSync(join(tmpdir(), "wijkbord-theme-"));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe("loadTheme", () => {
  it("without a setting serves Wijkbord's own theme (already in the app's CSS)", () => {
    const theme = loadTheme(undefined);
    expect(theme.source).toBeNull();
    expect(theme.css).toMatch(/THEME_CSS/);
  });

  it("reads the file, with an ETag that changes with its content", () => {
    const a = loadTheme({
      cssPath: file("a.css", ":root { --utrecht-button-primary-action-background-color: #123456; }"),
    });
    const b = loadTheme({
      cssPath: file("b.css", ":root { --utrecht-button-primary-action-background-color: #654321; }"),
    });
    expect(a.css).toContain("#123456");
    expect(a.etag).toMatch(/^"[\w-]+"$/);
    expect(a.etag).not.toBe(b.etag);
  });

  it("refuses a missing file, a folder, a binary file and one over the size limit, naming the setting", () => {
    expect(() => loadTheme({ cssPath: join(dir, "missing.css") })).toThrow(
      /THEME_CSS names a file that does not exist/,
    );
    expect(() => loadTheme({ cssPath: dir })).toThrow(/THEME_CSS is not a file/);
    expect(() => loadTheme({ cssPath: file("bin.css", Buffer.from([0x89, 0x50, 0, 1])) })).toThrow(
      /not a text file/,
    );
    expect(() => loadTheme({ cssPath: file("big.css", "a".repeat(THEME_MAX_BYTES + 1)) })).toThrow(
      /more than the 262144 a token file may be/,
    );
  });
});
