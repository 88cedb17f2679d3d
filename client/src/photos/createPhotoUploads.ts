import type { WorksheetPlacement } from "@wijkbord/shared";
import { atom, type Editor, type Signal } from "tldraw";
import { ApiRequestError } from "../app/apiClient.ts";
import type { PhotoTarget } from "./photoZoneChoices.ts";
import { placePhoto } from "./placePhoto.ts";
import { sessionAssetStore } from "./sessionAssetStore.ts";
import { uploadPhoto } from "./uploadPhoto.ts";

export type PhotoStatus =
  | { kind: "idle" }
  | { kind: "uploading"; sent: number }
  | { kind: "placed" }
  /** `message` is the server's (Dutch first), or null when the network failed. */
  | { kind: "failed"; message: string | null }
  /** Someone other than a facilitator dropped or pasted a file on the board: it did nothing. */
  | { kind: "notAllowed" };

/** A session board's photos: tldraw's asset store and the facilitator's uploads with their progress. */
export interface PhotoUploads {
  readonly assets: ReturnType<typeof sessionAssetStore>;
  /** The latest upload's state, shown wherever the facilitator is (the menu may have closed). */
  readonly status: Signal<PhotoStatus>;
  /**
   * Uploads `file` and puts it in `target` (default: the zone in view); the outcome is in `status`,
   * and the answer says whether the photo is on the board.
   */
  add(
    editor: Editor,
    file: File,
    placements: readonly WorksheetPlacement[],
    target?: PhotoTarget,
  ): Promise<boolean>;
  /** Says why a file dropped or pasted by a participant did nothing. */
  refuseFiles(): void;
  dismiss(): void;
  dispose(): void;
}

export function createPhotoUploads(sessionId: string, token: string): PhotoUploads {
  const assets = sessionAssetStore(sessionId, token);
  const status = atom<PhotoStatus>("wijkbord.photoStatus", { kind: "idle" });
  return {
    assets,
    status,
    async add(editor, file, placements, target) {
      status.set({ kind: "uploading", sent: 0 });
      try {
        const photo = await uploadPhoto(sessionId, token, file, (sent) =>
          status.set({ kind: "uploading", sent }),
        );
        placePhoto(editor, photo, file.name, placements, target);
        status.set({ kind: "placed" });
        return true;
      } catch (err) {
        const message = err instanceof ApiRequestError && err.status !== 0 ? err.message : null;
        status.set({ kind: "failed", message });
        return false;
      }
    },
    refuseFiles: () => status.set({ kind: "notAllowed" }),
    dismiss: () => status.set({ kind: "idle" }),
    dispose: () => assets.dispose(),
  };
}
