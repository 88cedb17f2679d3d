export { CATALOGUE, getWorksheet } from "./catalogue.ts";
export { layoutSession, WORKSHEET_GAP } from "./layoutSession.ts";
export {
  CONCLUSION_PROMPT,
  type Lang,
  localize,
  localizeForWijk,
  substituteWijk,
  WIJK_PLACEHOLDER,
} from "./localize.ts";
export { noteText } from "./noteText.ts";
export { type ZoneHit, zoneAt } from "./zoneAt.ts";
