import { LIMITS } from "@wijkbord/shared";
import { type Editor, useValue } from "tldraw";
import { useLocale } from "../app/LocaleProvider.tsx";
import { shapeLimitLevel } from "./shapeLimitLevel.ts";
import "./limits.css";

const TEXTS = {
  nl: {
    near: (n: string, max: string) =>
      `Dit bord telt ${n} van de maximaal ${max} objecten. Ruim notities op of ga verder in een nieuwe sessie.`,
    full: (_n: string, max: string) =>
      `Het bord is vol (${max} objecten): nieuwe notities kunnen er niet meer bij. Ruim op of ga verder in een nieuwe sessie.`,
  },
  en: {
    near: (n: string, max: string) =>
      `This board holds ${n} of at most ${max} objects. Tidy up notes or continue in a new session.`,
    full: (_n: string, max: string) =>
      `The board is full (${max} objects): no new notes fit. Tidy up or continue in a new session.`,
  },
} as const;

/** A warning when the page nears tldraw's cap on shapes (worksheets included), before it bites. */
export function ShapeLimitNotice({ editor }: { editor: Editor }) {
  const { locale } = useLocale();
  const count = useValue("shapeCount", () => editor.getCurrentPageShapeIds().size, [editor]);
  const level = shapeLimitLevel(count, LIMITS.maxShapesPerPage);
  if (level === "ok") return null;
  const fmt = (n: number) => n.toLocaleString(locale === "nl" ? "nl-NL" : "en-GB");
  return (
    <div
      className={`wb-limit-notice wb-limit-notice--${level}`}
      role="alert"
      data-testid="shape-limit-notice"
    >
      {TEXTS[locale][level](fmt(count), fmt(LIMITS.maxShapesPerPage))}
    </div>
  );
}
