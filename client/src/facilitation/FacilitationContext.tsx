import type { WorksheetPlacement } from "@wijkbord/shared";
import type { Signal } from "tldraw";
import { useLocale } from "../app/LocaleProvider.tsx";
import { useSessionContext } from "../app/SessionContext.tsx";
import type { PresenceBinding, PresenceUser } from "../sync/bindPresence.ts";
import type { Facilitation } from "./bindFacilitation.ts";
import type { ShownReaction } from "./bindReactions.ts";
import { FACILITATION_MESSAGES, type FacilitationMessages } from "./facilitationMessages.ts";

/** What the facilitation controls need from the open board (the session context's `facilitation`). */
export interface FacilitationContextValue {
  facilitation: Facilitation;
  presence: PresenceBinding;
  reactions: Signal<ShownReaction[]>;
  placements: Signal<WorksheetPlacement[]>;
  self: PresenceUser;
}

export function useFacilitation(): FacilitationContextValue {
  const value = useSessionContext().facilitation;
  if (!value) throw new Error("useFacilitation outside an open board");
  return value;
}

/** This feature's texts in the current UI language. */
export function useFacilitationMessages(): FacilitationMessages {
  return FACILITATION_MESSAGES[useLocale().locale];
}
