import {
  BOARD,
  CONTROL,
  FACILITATION,
  type StakeholderNames,
  StakeholderNamesSchema,
  type WorksheetPlacement,
} from "@wijkbord/shared";
import { fieldValue, getWorksheet } from "@wijkbord/worksheets";
import type * as Y from "yjs";

/** Who names speelruimte's stakeholders now: the group unless the facilitator chose otherwise. */
export function readStakeholderNames(control: Y.Doc): StakeholderNames {
  const raw = control.getMap<unknown>(CONTROL.facilitation).get(FACILITATION.stakeholderNames);
  const parsed = StakeholderNamesSchema.safeParse(raw);
  return parsed.success ? parsed.data : "group";
}

/** Every field of the placements the facilitator may keep (the names), with its key in the maps. */
function reservableFields(placements: readonly WorksheetPlacement[]) {
  return placements.flatMap((p) =>
    (getWorksheet(p.worksheetId, p.version)?.fields ?? [])
      .filter((f) => f.facilitatorOnly)
      .map((field) => ({ instanceId: p.instanceId, field, key: `${p.instanceId}/${field.id}` })),
  );
}

/**
 * The facilitator's switch of who names the stakeholders. Every name stays as everyone sees it now:
 * it is copied first to where it is kept from now on (the control document's `texts` for the
 * facilitator, the board's `fields` for the group), then the choice is written, so no browser ever
 * shows a name missing. Handing the names to the group also empties the facilitator's copies, which
 * would otherwise still win over what the group types (see `fieldValue`).
 */
export function setStakeholderNames(
  control: Y.Doc,
  board: Y.Doc,
  placements: readonly WorksheetPlacement[],
  to: StakeholderNames,
): void {
  const from = readStakeholderNames(control);
  const texts = control.getMap<unknown>(CONTROL.texts);
  const fields = board.getMap<unknown>(BOARD.fields);
  const now = { fields: fields.toJSON(), texts: texts.toJSON() };
  const names = reservableFields(placements).map(({ instanceId, field, key }) => ({
    key,
    name: fieldValue(field, instanceId, now.fields, now.texts, { naming: from }) ?? "",
  }));
  if (to === "group") {
    board.transact(() => {
      for (const { key, name } of names) if (fields.get(key) !== name) fields.set(key, name);
    });
    control.transact(() => {
      for (const { key } of names) if (texts.has(key)) texts.delete(key);
      control.getMap(CONTROL.facilitation).set(FACILITATION.stakeholderNames, to);
    });
  } else {
    // Every key, "" too: from now on only the facilitator's value counts, not a board value under it.
    control.transact(() => {
      for (const { key, name } of names) texts.set(key, name);
      control.getMap(CONTROL.facilitation).set(FACILITATION.stakeholderNames, to);
    });
  }
}

/**
 * In a session where the group names the stakeholders, names still kept in the control document
 * (written by a facilitator before the choice existed) would hide whatever the group types: a
 * facilitator's browser moves them to the board. Returns whether it moved any.
 */
export function moveKeptNamesToGroup(
  control: Y.Doc,
  board: Y.Doc,
  placements: readonly WorksheetPlacement[],
): boolean {
  if (readStakeholderNames(control) !== "group") return false;
  const texts = control.getMap<unknown>(CONTROL.texts);
  const kept = reservableFields(placements).filter(({ key }) => {
    const v = texts.get(key);
    return typeof v === "string" && v !== "";
  });
  if (kept.length === 0) return false;
  setStakeholderNames(control, board, placements, "group");
  return true;
}
