import type { WorksheetPlacement } from "@wijkbord/shared";
import type { Editor, Signal } from "tldraw";
import type * as Y from "yjs";
import { useLocale } from "../app/LocaleProvider.tsx";
import { AttendanceSection } from "../attendance/AttendanceSection.tsx";
import { PopoverMenu } from "../facilitation/PopoverMenu.tsx";
import { AddWorksheetSection } from "./AddWorksheetSection.tsx";
import { FACILITATOR_EDITS_MESSAGES } from "./facilitatorEditsMessages.ts";
import { NoteFontSection } from "./NoteFontSection.tsx";
import { WijkNameSection } from "./WijkNameSection.tsx";
import "./facilitatorEdits.css";

/**
 * The facilitator's "Werksessie" menu in the top bar: the wijk name, the note font, who took part
 * (room count, anonymity) and "Werkblad toevoegen". Mount it for facilitators only; each writes the control document, which the server
 * accepts from facilitators alone.
 */
export function SessionMenu({
  editor,
  control,
  placements,
  hidden,
}: {
  editor: Editor | null;
  control: Y.Doc;
  placements: Signal<WorksheetPlacement[]>;
  /** The facilitators' hidden worksheets (`hiddenPlacements`); null without the document. */
  hidden: Y.Map<unknown> | null;
}) {
  const m = FACILITATOR_EDITS_MESSAGES[useLocale().locale];
  return (
    <PopoverMenu testId="session-menu" label={m.menu} title={m.menuTitle}>
      {(close) => (
        <>
          <WijkNameSection control={control} />
          <NoteFontSection control={control} />
          <AttendanceSection control={control} />
          <AddWorksheetSection
            editor={editor}
            control={control}
            placements={placements}
            hidden={hidden}
            onAdded={close}
          />
        </>
      )}
    </PopoverMenu>
  );
}
