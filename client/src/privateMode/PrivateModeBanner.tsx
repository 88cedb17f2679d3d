import type { PrivateMode, Role } from "@wijkbord/shared";
import { type Signal, useValue } from "tldraw";
import { useLocale } from "../app/LocaleProvider.tsx";
import { PRIVATE_MODE_MESSAGES } from "./privateModeMessages.ts";

/** While private mode is on, everyone sees that new notes stay private until the reveal. */
export function PrivateModeBanner({ mode, role }: { mode: Signal<PrivateMode>; role: Role }) {
  const { locale } = useLocale();
  const m = PRIVATE_MODE_MESSAGES[locale];
  const on = useValue("private mode on", () => mode.get().on, [mode]);
  if (!on) return null;
  return (
    <div className="wb-private-banner" role="status" data-testid="private-mode-banner">
      <strong>{role === "viewer" ? m.bannerViewer : m.banner}</strong>
      {role === "facilitator" && <span> {m.bannerFacilitator}</span>}
    </div>
  );
}
