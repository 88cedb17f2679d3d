import { useContext, useRef, useState } from "react";
import type { Editor } from "tldraw";
import { EnclosingMenuContext } from "../facilitation/EnclosingMenu.ts";
import { useFacilitation } from "../facilitation/FacilitationContext.tsx";
import { MIDDLE_OF_VIEW, PhotoZoneChooser } from "./PhotoZoneChooser.tsx";
import { type PhotoZoneChoices, photoZoneChoices } from "./photoZoneChoices.ts";
import { usePhotoMessages } from "./usePhotoMessages.ts";
import "./photos.css";

/** A phone or tablet: its camera is the quickest way to a photo of the paper on the table. */
const hasCamera = () => typeof matchMedia === "function" && matchMedia("(pointer: coarse)").matches;

/**
 * In the facilitator's panel: "Foto toevoegen" (a file, or the phone's camera roll) and, on a
 * touch device, "Foto maken" (the camera straight away). Then the zone it goes to
 * (`PhotoZoneChooser`, the zone in the middle of the view first); the upload's progress shows on
 * the board (`PhotoOverlay`), and once the photo is there the menus close so it is seen (on a
 * phone the top bar's "Menu" covers the board).
 */
export function PhotoSection({ editor }: { editor: Editor | null }) {
  const { photos, placements } = useFacilitation();
  const m = usePhotoMessages();
  const menu = useContext(EnclosingMenuContext);
  const camera = useRef(hasCamera());
  const [pending, setPending] = useState<{ file: File; choices: PhotoZoneChoices; zone: string } | null>(
    null,
  );
  const onFile = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // The same file may be chosen again later.
    input.value = "";
    if (!file || !editor) return;
    const { x, y, w, h } = editor.getViewportPageBounds();
    const choices = photoZoneChoices(placements.get(), { x, y, w, h });
    setPending({ file, choices, zone: choices.initial ?? MIDDLE_OF_VIEW });
  };
  const place = () => {
    if (!pending || !editor) return;
    const instanceId = pending.choices.placement?.instanceId;
    const target =
      pending.zone === MIDDLE_OF_VIEW || !instanceId ? null : { instanceId, zoneId: pending.zone };
    setPending(null);
    void photos.add(editor, pending.file, placements.get(), target).then((placed) => {
      if (placed) menu?.closeAll();
    });
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
      {pending && (
        <PhotoZoneChooser
          fileName={pending.file.name}
          choices={pending.choices}
          value={pending.zone}
          onChange={(zone) => setPending({ ...pending, zone })}
          onPlace={place}
          onCancel={() => setPending(null)}
        />
      )}
      <p className="wb-fac__hint">{m.hint}</p>
    </section>
  );
}
