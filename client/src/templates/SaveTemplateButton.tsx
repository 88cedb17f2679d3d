import { useState } from "react";
import { useLocale } from "../app/LocaleProvider.tsx";
import { SaveTemplateDialog } from "./SaveTemplateDialog.tsx";
import { TEMPLATES_MESSAGES } from "./templatesMessages.ts";

/** In the facilitator's "Meer": "Opslaan als sjabloon…". */
export function SaveTemplateButton({
  sessionId,
  token,
  title,
}: {
  sessionId: string;
  token: string;
  title: string;
}) {
  const { locale } = useLocale();
  const m = TEMPLATES_MESSAGES[locale];
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="wb-button utrecht-button utrecht-button--secondary-action"
        data-testid="save-template"
        title={m.saveTitle}
        onClick={() => setOpen(true)}
      >
        {m.save}
      </button>
      {open && (
        <SaveTemplateDialog
          sessionId={sessionId}
          token={token}
          defaultName={title}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
