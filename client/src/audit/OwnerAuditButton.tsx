import { useState } from "react";
import { useLocale } from "../app/LocaleProvider.tsx";
import { AuditDialog } from "./AuditDialog.tsx";
import { listOwnedAudit } from "./auditApi.ts";
import { AUDIT_MESSAGES } from "./auditMessages.ts";

/** Under a row of "Mijn werksessies": the owner's "Logboek…", without the facilitator link. */
export function OwnerAuditButton({ sessionId }: { sessionId: string }) {
  const { locale } = useLocale();
  const m = AUDIT_MESSAGES[locale];
  const [open, setOpen] = useState(false);
  return (
    <>
      {" "}
      <button
        type="button"
        className="wb-button utrecht-button utrecht-button--subtle wb-button--quiet"
        data-testid="my-session-audit"
        title={m.openTitle}
        onClick={() => setOpen(true)}
      >
        {m.open}
      </button>
      {open && <AuditDialog load={() => listOwnedAudit(sessionId)} onClose={() => setOpen(false)} />}
    </>
  );
}
