import { useLocale } from "../app/LocaleProvider.tsx";
import { FACILITATOR_TOOLS_MESSAGES } from "./facilitatorToolsMessages.ts";

/** This feature's texts in the current UI language. */
export function useFacilitatorToolsMessages() {
  return FACILITATOR_TOOLS_MESSAGES[useLocale().locale];
}
