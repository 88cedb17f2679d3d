import { useState } from "react";
import { useLocale } from "../app/LocaleProvider.tsx";
import { AuditDialog } from "./AuditDialog.tsx";
import { listAudit } from "./auditApi.ts";
import { AUDIT_MESSAGES } from "./auditMessages.ts";

/** In the facilitator's "Meer" (facilitator link): "Logboek…". */
export function AuditButton({ sessionId, token }: { sessionId: string; token: string }) {
  const { locale } = useLocale();
  const m = AUDIT_MESSAGES[locale];
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="wb-button utrecht-button utrecht-button--secondary-action"
        data-testid="open-audit"
        title={m.openTitle}
        onClick={() => setOpen(true)}
      >
        {m.open}
      </button>
      {open && <AuditDialog load={() => listAudit(sessionId, token)} onClose={() => setOpen(false)} />}
    </>
  );
}
