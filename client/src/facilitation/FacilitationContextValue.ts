import type { WorksheetPlacement } from "@wijkbord/shared";
import type { Signal } from "tldraw";
import type { PhotoUploads } from "../photos/createPhotoUploads.ts";
import type { PresenceBinding, PresenceUser } from "../sync/bindPresence.ts";
import type { Facilitation } from "./bindFacilitation.ts";
import type { ShownReaction } from "./bindReactions.ts";

/**
 * What the facilitation controls need from the open board (the session context's `facilitation`).
 * Apart from the hooks that read it, which need the session context: that imports this type.
 */
export interface FacilitationContextValue {
  facilitation: Facilitation;
  presence: PresenceBinding;
  reactions: Signal<ShownReaction[]>;
  placements: Signal<WorksheetPlacement[]>;
  self: PresenceUser;
  /** Photos of paper: uploads, their progress, tldraw's asset store. */
  photos: PhotoUploads;
}
