import type { WorksheetDefinition } from "@wijkbord/shared";
import { basiselementenWup, basiselementenWupOwnTexts } from "./definitions/basiselementenWup.ts";
import { gedeeldVerhaal, gedeeldVerhaalOwnTexts } from "./definitions/gedeeldVerhaal.ts";
import { kadersCheck, kadersCheckOwnTexts } from "./definitions/kadersCheck.ts";
import { koppelkansenInKaart } from "./definitions/koppelkansenInKaart.ts";
import { koppelkansenPrioriteren } from "./definitions/koppelkansenPrioriteren.ts";
import { koppelkansenScoren } from "./definitions/koppelkansenScoren.ts";
import { KOPPELKANSEN_OWN_TEXTS } from "./definitions/koppelkansenShared.ts";
import { participatieInHetKort, participatieInHetKortOwnTexts } from "./definitions/participatieInHetKort.ts";
import { participatieInHetKortV1 } from "./definitions/participatieInHetKortV1.ts";
import { partnerschapskaart, partnerschapskaartOwnTexts } from "./definitions/partnerschapskaart.ts";
import { speelruimte, speelruimteOwnTexts } from "./definitions/speelruimte.ts";
import { speelruimteV1 } from "./definitions/speelruimteV1.ts";
import { stakeholdersVerkennen, stakeholdersVerkennenOwnTexts } from "./definitions/stakeholdersVerkennen.ts";
import { startpuntBepalen, startpuntBepalenOwnTexts } from "./definitions/startpuntBepalen.ts";
import { wijkkompas, wijkkompasOwnTexts } from "./definitions/wijkkompas.ts";
import { wijkkompasV1 } from "./definitions/wijkkompasV1.ts";

/** Every worksheet Wijkbord offers, newest version of each, in the guide's order. */
export const CATALOGUE: readonly WorksheetDefinition[] = [
  kadersCheck,
  participatieInHetKort,
  startpuntBepalen,
  stakeholdersVerkennen,
  speelruimte,
  partnerschapskaart,
  basiselementenWup,
  gedeeldVerhaal,
  koppelkansenInKaart,
  koppelkansenScoren,
  koppelkansenPrioriteren,
  wijkkompas,
];

/**
 * Per worksheet id, the Dutch texts that are not the guide's verbatim wording (axis labels, marks the
 * guide only draws). Every other Dutch text of a definition must occur in the guide; a test checks it.
 */
export const OWN_TEXTS: Readonly<Record<string, readonly string[]>> = {
  [kadersCheck.id]: kadersCheckOwnTexts,
  [participatieInHetKort.id]: participatieInHetKortOwnTexts,
  [startpuntBepalen.id]: startpuntBepalenOwnTexts,
  [stakeholdersVerkennen.id]: stakeholdersVerkennenOwnTexts,
  [speelruimte.id]: speelruimteOwnTexts,
  [partnerschapskaart.id]: partnerschapskaartOwnTexts,
  [basiselementenWup.id]: basiselementenWupOwnTexts,
  [gedeeldVerhaal.id]: gedeeldVerhaalOwnTexts,
  [koppelkansenInKaart.id]: KOPPELKANSEN_OWN_TEXTS,
  [koppelkansenScoren.id]: KOPPELKANSEN_OWN_TEXTS,
  [koppelkansenPrioriteren.id]: KOPPELKANSEN_OWN_TEXTS,
  [wijkkompas.id]: wijkkompasOwnTexts,
};

/**
 * Earlier versions of definitions that sessions still store (a placement keeps the version it was
 * created with). Each differs from its successor only in layout; ids of what it keeps are the same.
 */
export const PREVIOUS_VERSIONS: readonly WorksheetDefinition[] = [
  participatieInHetKortV1,
  speelruimteV1,
  wijkkompasV1,
];

/**
 * The definition of a worksheet id, or undefined for an unknown id: the given version when this
 * server still has it, else (no version, or one it does not know, e.g. from a newer backup) the newest.
 */
export function getWorksheet(id: string, version?: number): WorksheetDefinition | undefined {
  const newest = CATALOGUE.find((w) => w.id === id);
  if (version === undefined || newest?.version === version) return newest;
  return PREVIOUS_VERSIONS.find((w) => w.id === id && w.version === version) ?? newest;
}
