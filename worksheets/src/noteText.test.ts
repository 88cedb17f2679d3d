import { describe, expect, it } from "vitest";
import { noteText } from "./noteText.ts";

const p = (...content: unknown[]) =>
  content.length ? { type: "paragraph", content } : { type: "paragraph" };
const t = (text: string) => ({ type: "text", text });
const doc = (...content: unknown[]) => ({ type: "doc", content });

describe("noteText", () => {
  it("reads one paragraph", () => {
    expect(noteText(doc(p(t("Meer groen in de wijk"))))).toBe("Meer groen in de wijk");
  });

  it("joins paragraphs with a newline and keeps empty ones as empty lines", () => {
    expect(noteText(doc(p(t("Regel 1")), p(), p(t("Regel 3"))))).toBe("Regel 1\n\nRegel 3");
  });

  it("joins the text runs of a paragraph (marks split them)", () => {
    const bold = { type: "text", text: "niet", marks: [{ type: "bold" }] };
    expect(noteText(doc(p(t("Dit is "), bold, t(" vet"))))).toBe("Dit is niet vet");
  });

  it("turns a hard break into a newline", () => {
    expect(noteText(doc(p(t("a"), { type: "hardBreak" }, t("b"))))).toBe("a\nb");
  });

  it("gives one line per list item", () => {
    const li = (s: string) => ({ type: "listItem", content: [p(t(s))] });
    expect(noteText(doc(p(t("Kansen:")), { type: "bulletList", content: [li("zon"), li("wind")] }))).toBe(
      "Kansen:\nzon\nwind",
    );
  });

  it("returns an empty string for tldraw's empty note", () => {
    expect(noteText(doc(p()))).toBe("");
    expect(noteText({ type: "doc" })).toBe("");
  });

  it("is robust to missing or odd input", () => {
    for (const odd of [
      undefined,
      null,
      42,
      true,
      [],
      {},
      { content: "x" },
      { type: "doc", content: [null, 3, "s"] },
    ]) {
      expect(noteText(odd)).toBe("");
    }
    expect(noteText(doc(p({ type: "text" }, { type: "text", text: 5 }, t("ok"))))).toBe("ok");
    expect(noteText(doc(p({ type: "mention", attrs: { label: "@Anna" } }, t(" doet mee"))))).toBe(
      "@Anna doet mee",
    );
  });

  it("passes a plain string through", () => {
    expect(noteText("oude notitie")).toBe("oude notitie");
  });

  it("survives absurdly deep nesting", () => {
    let node: unknown = p(t("diep"));
    for (let i = 0; i < 10_000; i++) node = { type: "blockquote", content: [node] };
    expect(() => noteText(doc(node))).not.toThrow();
  });
});
