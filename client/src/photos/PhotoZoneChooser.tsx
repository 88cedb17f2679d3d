import { labelledTitle, type Zone } from "@wijkbord/shared";
import { getWorksheet, localizeForWijk } from "@wijkbord/worksheets";
import { useId } from "react";
import { useSessionContext } from "../app/SessionContext.tsx";
import type { PhotoZoneChoices } from "./photoZoneChoices.ts";
import { usePhotoMessages } from "./usePhotoMessages.ts";

/** The value of "Midden van het beeld" in the zone list (zone ids are never empty). */
export const MIDDLE_OF_VIEW = "";

/**
 * After a photo is picked: which zone it goes to, the worksheet in view's zones (their own question
 * where the facilitator wrote one) and "Midden van het beeld", the zone in the middle of the view
 * chosen to begin with; then "Foto plaatsen" uploads it, "Annuleren" drops it.
 */
export function PhotoZoneChooser({
  fileName,
  choices,
  value,
  onChange,
  onPlace,
  onCancel,
}: {
  fileName: string;
  choices: PhotoZoneChoices;
  value: string;
  onChange: (zoneId: string) => void;
  onPlace: () => void;
  onCancel: () => void;
}) {
  const { locale, wijk, texts } = useSessionContext();
  const m = usePhotoMessages();
  const id = useId();
  const p = choices.placement;
  const def = p ? getWorksheet(p.worksheetId, p.version) : undefined;
  const title = p && def ? labelledTitle(localizeForWijk(def.title, locale, wijk), p.instanceId, texts) : "";
  const zoneName = (z: Zone) => {
    const own = z.facilitatorEditableTitle && p ? texts.get(`${p.instanceId}/${z.id}`)?.trim() : undefined;
    return `${z.label ? `${z.label}. ` : ""}${own || localizeForWijk(z.title, locale, wijk)}`;
  };
  return (
    <div className="wb-photos__chooser" data-testid="photo-zone-chooser">
      <p className="wb-fac__hint wb-photos__file">{m.chosen(fileName)}</p>
      <label className="wb-fac__heading" htmlFor={`${id}-zone`}>
        {m.zone}
      </label>
      <select
        id={`${id}-zone`}
        data-testid="photo-zone"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        {choices.zones.length > 0 && (
          <optgroup label={title}>
            {choices.zones.map((z) => (
              <option key={z.id} value={z.id}>
                {zoneName(z)}
              </option>
            ))}
          </optgroup>
        )}
        <option value={MIDDLE_OF_VIEW}>{m.middle}</option>
      </select>
      <div className="wb-photos__buttons">
        <button
          type="button"
          className="wb-button utrecht-button utrecht-button--primary-action"
          data-testid="photo-place"
          onClick={onPlace}
        >
          {m.place}
        </button>
        <button
          type="button"
          className="wb-button utrecht-button utrecht-button--secondary-action"
          data-testid="photo-cancel"
          onClick={onCancel}
        >
          {m.cancel}
        </button>
      </div>
    </div>
  );
}
