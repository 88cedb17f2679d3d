import { useLocale } from "../app/LocaleProvider.tsx";
import { useSessionContext } from "../app/SessionContext.tsx";
import type { FacilitationContextValue } from "./FacilitationContextValue.ts";
import { FACILITATION_MESSAGES, type FacilitationMessages } from "./facilitationMessages.ts";

export function useFacilitation(): FacilitationContextValue {
  const value = useSessionContext().facilitation;
  if (!value) throw new Error("useFacilitation outside an open board");
  return value;
}

/** This feature's texts in the current UI language. */
export function useFacilitationMessages(): FacilitationMessages {
  return FACILITATION_MESSAGES[useLocale().locale];
}
