import type { Locale } from "../app/messages.ts";

/** The outline view's own texts. */
export const OUTLINE_MESSAGES = {
  nl: {
    toggle: "Tekstoverzicht",
    toggleTitle: "Alle werkbladen als tekst: koppen, vragen en notities (voor toetsenbord en schermlezer)",
    title: "Tekstoverzicht",
    close: "Sluiten",
    empty: "Nog geen notities.",
    other: "Overige notities",
    otherSession: "Notities buiten de werkbladen",
    newNote: "Nieuwe notitie in",
    add: "Toevoegen",
    added: "Notitie toegevoegd in",
    edit: "Bewerken",
    save: "Opslaan",
    cancel: "Annuleren",
    remove: "Verwijderen",
    removed: "Notitie verwijderd",
    by: "door",
    conclusion: "Conclusie",
  },
  en: {
    toggle: "Text outline",
    toggleTitle: "All worksheets as text: headings, questions and notes (for keyboard and screen readers)",
    title: "Text outline",
    close: "Close",
    empty: "No notes yet.",
    other: "Other notes",
    otherSession: "Notes outside the worksheets",
    newNote: "New note in",
    add: "Add",
    added: "Note added in",
    edit: "Edit",
    save: "Save",
    cancel: "Cancel",
    remove: "Delete",
    removed: "Note deleted",
    by: "by",
    conclusion: "Conclusion",
  },
} as const satisfies Record<Locale, Record<string, string>>;

export type OutlineMessages = Record<keyof (typeof OUTLINE_MESSAGES)["nl"], string>;
