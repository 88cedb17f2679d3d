import { describe, expect, it } from "vitest";
import {
  CONCLUSION_PROMPT,
  localize,
  localizeForWijk,
  substituteWijk,
  WIJK_PLACEHOLDER,
} from "./localize.ts";

const text = { nl: "Hoe ziet [naam wijk] er uit?", en: "What does [naam wijk] look like?" };

describe("localize", () => {
  it("picks the language", () => {
    expect(localize(text, "nl")).toBe(text.nl);
    expect(localize(text, "en")).toBe(text.en);
    expect(localize(CONCLUSION_PROMPT, "nl")).toBe("Leg conclusie vast →");
  });
});

describe("substituteWijk", () => {
  it("replaces every placeholder with the wijk name", () => {
    expect(substituteWijk("[naam wijk] en [naam wijk]", "Atolwijk")).toBe("Atolwijk en Atolwijk");
    expect(localizeForWijk(text, "en", " Lelystad Oost ")).toBe("What does Lelystad Oost look like?");
  });

  it("leaves texts without a placeholder alone", () => {
    expect(substituteWijk("Werk van boven naar beneden.", "Atolwijk")).toBe("Werk van boven naar beneden.");
  });

  it("keeps the placeholder when the name is blank", () => {
    expect(substituteWijk(text.nl, "   ")).toBe(text.nl);
    expect(text.nl).toContain(WIJK_PLACEHOLDER);
  });

  it("inserts names with $ literally", () => {
    expect(substituteWijk("[naam wijk]", "Wijk $1 & $&")).toBe("Wijk $1 & $&");
  });
});
