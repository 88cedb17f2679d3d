import type { PrivateMode, Role } from "@wijkbord/shared";
import { type Signal, useValue } from "tldraw";
import { useLocale } from "../app/LocaleProvider.tsx";
import { heldBackNoteIds } from "./heldBackNoteIds.ts";
import { PRIVATE_MODE_MESSAGES } from "./privateModeMessages.ts";

/**
 * While private mode is on, everyone sees that new notes stay private until the reveal. After it,
 * a writer whose notes lie on a hidden part (held back, still private) is told so.
 */
export function PrivateModeBanner({ mode, role }: { mode: Signal<PrivateMode>; role: Role }) {
  const { locale } = useLocale();
  const m = PRIVATE_MODE_MESSAGES[locale];
  const on = useValue("private mode on", () => mode.get().on, [mode]);
  const heldBack = useValue("held back notes", () => heldBackNoteIds.get().size, []);
  if (!on && heldBack > 0)
    return (
      <div className="wb-private-banner" role="status" data-testid="private-held-back">
        <strong>{m.heldBack}</strong>
      </div>
    );
  if (!on) return null;
  return (
    <div className="wb-private-banner" role="status" data-testid="private-mode-banner">
      <strong>{role === "viewer" ? m.bannerViewer : m.banner}</strong>
      {role === "facilitator" && <span> {m.bannerFacilitator}</span>}
    </div>
  );
}
