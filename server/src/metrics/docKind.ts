import { FACILITATOR_DOC, isPrivateDocName } from "@wijkbord/shared";

/** A document's kind as metrics label it: every private document is one kind (its name is a secret). */
export const DOC_KINDS = ["control", "board", "facilitator", "private"] as const;
export type DocKind = (typeof DOC_KINDS)[number];

export const docKindOf = (doc: string): DocKind =>
  doc === "control" || doc === "board" || doc === FACILITATOR_DOC
    ? doc
    : isPrivateDocName(doc)
      ? "private"
      : "board";
