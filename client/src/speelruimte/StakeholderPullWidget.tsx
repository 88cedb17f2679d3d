import type { LocalizedText, Widget } from "@wijkbord/shared";
import { useState } from "react";
import { useEditor, useSvgExportContext } from "tldraw";
import "./speelruimte.css";
import { useSessionContext } from "../app/SessionContext.tsx";
import { stopCanvasInput } from "../board/stopCanvasInput.ts";
import { type PullOutcome, pullStakeholders } from "./pullStakeholders.ts";
import { SPEELRUIMTE_MESSAGES, type SpeelruimteMessages } from "./speelruimteMessages.ts";

function summary(outcome: PullOutcome, m: SpeelruimteMessages): string {
  if (outcome.kind === "noSource") return m.noSource;
  const parts = [
    outcome.names.length > 0 ? m.pulled.replace("{n}", String(outcome.names.length)) : m.nothingNew,
  ];
  if (outcome.left.length > 0) parts.push(m.left.replace("{names}", outcome.left.join(", ")));
  return parts.join(" ");
}

/**
 * Speelruimte's "Stakeholders uit stap 2 overnemen": one button for the facilitator (the stakeholder
 * names are theirs, in the control document; anyone else's write would be dropped by the server), and
 * what it did, announced. Works on its own worksheet instance.
 */
export function StakeholderPullWidget({
  widget,
  instanceId,
  text,
}: {
  widget: Widget;
  instanceId: string;
  text: (t: LocalizedText) => string;
}) {
  const editor = useEditor();
  const { locale, role, boardDoc, texts, facilitation } = useSessionContext();
  const m = SPEELRUIMTE_MESSAGES[locale];
  const [status, setStatus] = useState("");
  const exporting = useSvgExportContext() !== null;
  const { x, y, w, h } = widget.rect;
  // An action, not content: exported images leave it out.
  if (exporting) return null;
  const pull = () => {
    const placements = facilitation?.placements.get() ?? [];
    setStatus(summary(pullStakeholders(editor, boardDoc, texts, placements, instanceId), m));
  };
  return (
    <section
      className="sr-pull"
      style={{ left: x, top: y, width: w, height: h }}
      data-widget={widget.id}
      aria-label={text(widget.title)}
      {...stopCanvasInput}
    >
      <p className="sr-pull__hint">{m.pullHint}</p>
      {role === "facilitator" && (
        <button
          type="button"
          className="sr-pull__button"
          data-testid={`pull-stakeholders-${instanceId}`}
          onClick={pull}
        >
          {text(widget.title)}
        </button>
      )}
      <p className="sr-pull__status" role="status" data-testid={`pull-status-${instanceId}`}>
        {status}
      </p>
    </section>
  );
}
