import { describe, expect, it } from "vitest";
import { classToRoot } from "./classToRoot.ts";
import { ThemeError } from "./ThemeError.ts";

describe("classToRoot", () => {
  it("puts the theme's tokens on :root, leaving longer class names alone", () => {
    const css = ".gemeente-theme { --a: 1; }\n.gemeente-theme--dark { --a: 2; }\n.x .gemeente-theme,p{}";
    expect(classToRoot(css, "gemeente-theme")).toBe(
      ":root { --a: 1; }\n.gemeente-theme--dark { --a: 2; }\n.x :root,p{}",
    );
  });

  it("refuses a class the file does not use, and a name that is no class", () => {
    expect(() => classToRoot(".other { --a: 1 }", "gemeente-theme")).toThrow(ThemeError);
    expect(() => classToRoot(".a{}", "a{} body")).toThrow(/THEME_CLASS must be a CSS class name/);
  });
});
