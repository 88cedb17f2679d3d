import {
  ArrowToolbarItem,
  DefaultToolbar,
  EraserToolbarItem,
  HandToolbarItem,
  LaserToolbarItem,
  NoteToolbarItem,
  SelectToolbarItem,
  TextToolbarItem,
  useValue,
} from "tldraw";
import { useFacilitation } from "./FacilitationContext.tsx";
import { usesSimpleToolbar } from "./participantTools.ts";

/**
 * tldraw's toolbar: for participants the simplified set (PARTICIPANT_TOOLS) unless the facilitator
 * switched on the full toolbar; everyone else gets tldraw's default.
 */
export function WijkbordToolbar() {
  const { facilitation, self } = useFacilitation();
  const toolbar = useValue("participantToolbar", () => facilitation.participantToolbar.get(), [facilitation]);
  if (!usesSimpleToolbar(self.role, toolbar)) return <DefaultToolbar />;
  return (
    <DefaultToolbar>
      <SelectToolbarItem />
      <HandToolbarItem />
      <NoteToolbarItem />
      <TextToolbarItem />
      <ArrowToolbarItem />
      <LaserToolbarItem />
      <EraserToolbarItem />
    </DefaultToolbar>
  );
}
