import { CONTROL, LIMITS } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { ownQuestionKey, setOwnQuestion, shownOwnQuestion } from "./ownQuestion.ts";

const key = ownQuestionKey("gedeeld-verhaal", "dromen-toekomst-eigen-1");

describe("own questions", () => {
  it("keys a zone's question by instance and zone, as the report reads it", () => {
    expect(key).toBe("gedeeld-verhaal/dromen-toekomst-eigen-1");
  });

  it("stores the trimmed text, capped at the limit; empty removes it", () => {
    const texts = new Y.Doc().getMap<string>(CONTROL.texts);
    setOwnQuestion(texts, key, "  Wat betekent groen voor [naam wijk]?  ");
    expect(texts.get(key)).toBe("Wat betekent groen voor [naam wijk]?");
    setOwnQuestion(texts, key, "x".repeat(LIMITS.maxOwnQuestionLength + 50));
    expect(texts.get(key)).toHaveLength(LIMITS.maxOwnQuestionLength);
    setOwnQuestion(texts, key, "   ");
    expect(texts.has(key)).toBe(false);
  });

  it("writes nothing when the text did not change", () => {
    const doc = new Y.Doc();
    const texts = doc.getMap<string>(CONTROL.texts);
    setOwnQuestion(texts, key, "Vraag");
    let updates = 0;
    doc.on("update", () => updates++);
    setOwnQuestion(texts, key, " Vraag ");
    setOwnQuestion(texts, "gedeeld-verhaal/ander-vak", "");
    expect(updates).toBe(0);
  });

  it("shows the own question with the wijk filled in, else the guide's text", () => {
    expect(shownOwnQuestion("Wat wil [naam wijk]?", "[invullen eigen vraag]", "Atolwijk")).toBe(
      "Wat wil Atolwijk?",
    );
    expect(shownOwnQuestion(undefined, "[invullen eigen vraag]", "Atolwijk")).toBe("[invullen eigen vraag]");
    expect(shownOwnQuestion("  ", "[invullen eigen vraag]", "Atolwijk")).toBe("[invullen eigen vraag]");
    expect(shownOwnQuestion(42, "[invullen eigen vraag]", "Atolwijk")).toBe("[invullen eigen vraag]");
  });
});
