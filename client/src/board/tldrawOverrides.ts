import type { TLUiOverrides } from "tldraw";

/**
 * Wijkbord's words in tldraw's own UI. tldraw's Dutch calls the note tool "Opmerking" (a comment);
 * the app calls them notities everywhere, starting with the top bar's "+ Notitie".
 */
export const tldrawOverrides: TLUiOverrides = {
  translations: {
    nl: { "tool.note": "Notitie" },
    en: { "tool.note": "Note" },
  },
};
