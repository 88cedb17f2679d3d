import type { SessionInfo } from "@wijkbord/shared";
import { useState } from "react";
import { useLocale } from "../app/LocaleProvider.tsx";
import { sessionCredential } from "../roles/personalSecret.ts";
import { DeleteSessionDialog } from "./DeleteSessionDialog.tsx";
import { noteSessionDeleted } from "./deletedNotice.ts";
import { DELETION_MESSAGES } from "./deletionMessages.ts";
import { forgetSessionLocally } from "./forgetSessionLocally.ts";
import "./deletion.css";

/**
 * In the facilitator's "Meer": when the server has a retention period, the date this session is
 * deleted ("Wordt verwijderd op …"); with the facilitator link, "Werksessie verwijderen…". After a
 * deletion this browser forgets the session and goes to the home page, which says it is gone.
 */
export function SessionDeletion({ session, canDelete }: { session: SessionInfo; canDelete: boolean }) {
  const { locale } = useLocale();
  const m = DELETION_MESSAGES[locale];
  const [open, setOpen] = useState(false);
  const date =
    session.deletesAt &&
    new Date(session.deletesAt).toLocaleDateString(locale === "nl" ? "nl-NL" : "en-GB", {
      dateStyle: "long",
    });
  if (!date && !canDelete) return null;
  return (
    <div className="wb-deletion">
      {date && (
        <p className="wb-deletion__date" data-testid="deletes-at">
          {m.deletesAt(date)}
        </p>
      )}
      {canDelete && (
        <button
          type="button"
          className="wb-button utrecht-button utrecht-button--secondary-action wb-deletion__open"
          data-testid="delete-session"
          title={m.openTitle}
          onClick={() => setOpen(true)}
        >
          {m.open}
        </button>
      )}
      {open && (
        <DeleteSessionDialog
          sessionId={session.id}
          title={session.title}
          token={sessionCredential(session.id) ?? ""}
          onClose={() => setOpen(false)}
          onDeleted={() => {
            forgetSessionLocally(session.id);
            noteSessionDeleted();
            location.assign("/");
          }}
        />
      )}
    </div>
  );
}
