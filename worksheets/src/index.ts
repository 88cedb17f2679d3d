export { CATALOGUE, getWorksheet } from "./catalogue.ts";
export { layoutSession, WORKSHEET_GAP } from "./layoutSession.ts";
export { type ZoneHit, zoneAt } from "./zoneAt.ts";
