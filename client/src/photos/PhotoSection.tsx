import { useRef } from "react";
import type { Editor } from "tldraw";
import { useFacilitation } from "../facilitation/FacilitationContext.tsx";
import { usePhotoMessages } from "./usePhotoMessages.ts";
import "./photos.css";

/** A phone or tablet: its camera is the quickest way to a photo of the paper on the table. */
const hasCamera = () => typeof matchMedia === "function" && matchMedia("(pointer: coarse)").matches;

/**
 * In the facilitator's panel: "Foto toevoegen" (a file, or the phone's camera roll) and, on a
 * touch device, "Foto maken" (the camera straight away). The photo goes into the zone in the middle
 * of the view; the upload's progress shows on the board (`PhotoOverlay`), also once this menu closed.
 */
export function PhotoSection({ editor }: { editor: Editor | null }) {
  const { photos, placements } = useFacilitation();
  const m = usePhotoMessages();
  const camera = useRef(hasCamera());
  const onFile = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // The same file may be chosen again later.
    input.value = "";
    if (file && editor) void photos.add(editor, file, placements.get());
  };
  return (
    <section className="wb-fac__section" aria-labelledby="wb-fac-photos">
      <h3 className="wb-fac__heading" id="wb-fac-photos">
        {m.heading}
      </h3>
      <div className="wb-photos__buttons">
        <label
          className="wb-button utrecht-button utrecht-button--secondary-action wb-photos__pick"
          title={m.addTitle}
        >
          {m.add}
          <input
            type="file"
            accept="image/*"
            className="wb-photos__input"
            data-testid="photo-input"
            disabled={!editor}
            onChange={(e) => onFile(e.currentTarget)}
          />
        </label>
        {camera.current && (
          <label
            className="wb-button utrecht-button utrecht-button--secondary-action wb-photos__pick"
            title={m.takeTitle}
          >
            {m.take}
            <input
              type="file"
              accept="image/*"
              capture="environment"
              className="wb-photos__input"
              data-testid="photo-camera-input"
              disabled={!editor}
              onChange={(e) => onFile(e.currentTarget)}
            />
          </label>
        )}
      </div>
      <p className="wb-fac__hint">{m.hint}</p>
    </section>
  );
}
