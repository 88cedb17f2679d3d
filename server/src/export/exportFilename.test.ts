import { describe, expect, it } from "vitest";
import { contentDisposition } from "./exportFilename.ts";

describe("contentDisposition", () => {
  const day = new Date("2025-03-01T12:00:00Z");
  it("gives an ASCII filename and the full title in filename*", () => {
    const h = contentDisposition('Café "Één" / wijk: Atol', day, "pdf");
    expect(h).toMatch(
      /^attachment; filename="wijkbord-cafe-een-wijk-atol-2025-03-01\.pdf"; filename\*=UTF-8''/,
    );
    const star = decodeURIComponent(h.split("filename*=UTF-8''")[1] ?? "");
    expect(star).toBe("wijkbord-Café -Één- - wijk- Atol-2025-03-01.pdf");
  });
  it("never lets a title break the header", () => {
    const h = contentDisposition('a"\r\nSet-Cookie: x', day, "csv");
    expect(h).not.toMatch(/[\r\n]/);
    expect(h.split('"').length).toBe(3);
  });
});
