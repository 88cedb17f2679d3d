import { useLocale } from "../app/LocaleProvider.tsx";
import { PHOTO_MESSAGES } from "./photoMessages.ts";

/** This feature's texts in the current UI language. */
export function usePhotoMessages() {
  return PHOTO_MESSAGES[useLocale().locale];
}
