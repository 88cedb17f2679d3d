import { CONTROL } from "@wijkbord/shared";
import { layoutSession } from "@wijkbord/worksheets";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { seedControlDoc } from "../sessions/seedControlDoc.ts";
import { templateFromSession } from "./templateFromSession.ts";

const KEY = "gedeeld-verhaal/dromen-toekomst-eigen-1";

function docsWith(question: string, wijk: string) {
  const control = new Y.Doc();
  Y.applyUpdate(
    control,
    seedControlDoc({
      title: "T",
      wijk,
      createdAt: "2026-01-01T00:00:00.000Z",
      worksheets: layoutSession(["gedeeld-verhaal"]),
    }),
  );
  control.getMap(CONTROL.texts).set(KEY, question);
  // Not an own question: left out.
  control.getMap(CONTROL.texts).set("gedeeld-verhaal/geen-vraag", "weg");
  return { control: Y.encodeStateAsUpdate(control), board: Y.encodeStateAsUpdate(new Y.Doc()) };
}

describe("templateFromSession", () => {
  it("puts [naam wijk] where the wijk's name stands as a word, not inside other words", () => {
    const t = templateFromSession(docsWith("Wat maakt Oost (en Oosterwold) bijzonder? Oost!", "Oost"), {
      name: "S",
      description: "",
      withNotes: false,
    });
    expect(t.texts).toEqual({ [KEY]: "Wat maakt [naam wijk] (en Oosterwold) bijzonder? [naam wijk]!" });
    expect(t.starterNotes).toEqual([]);
  });

  it("treats the name as text, not as a pattern", () => {
    const t = templateFromSession(docsWith("Wijk a.b (niet aXb)", "a.b"), {
      name: "S",
      description: "",
      withNotes: false,
    });
    expect(t.texts[KEY]).toBe("Wijk [naam wijk] (niet aXb)");
  });
});
