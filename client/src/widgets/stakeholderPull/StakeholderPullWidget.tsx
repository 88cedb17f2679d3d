import { useState } from "react";
import { useEditor } from "tldraw";
import { useSessionContext } from "../../app/SessionContext.tsx";
import { type PullOutcome, pullStakeholders } from "../../speelruimte/pullStakeholders.ts";
import { StakeholderNamingToggle } from "../../speelruimte/StakeholderNamingToggle.tsx";
import type { SpeelruimteMessages } from "../../speelruimte/speelruimteMessages.ts";
import { useStakeholderNames } from "../../speelruimte/useStakeholderNames.ts";
import type { WidgetBodyProps } from "../shared/ClientWidget.ts";

function summary(outcome: PullOutcome, m: SpeelruimteMessages): string {
  if (outcome.kind === "noSource") return m.noSource;
  const parts = [
    outcome.names.length > 0 ? m.pulled.replace("{n}", String(outcome.names.length)) : m.nothingNew,
  ];
  if (outcome.left.length > 0) parts.push(m.left.replace("{names}", outcome.left.join(", ")));
  return parts.join(" ");
}

/**
 * Speelruimte's "Stakeholders uit stap 2 overnemen": one button for the facilitator, and what it did,
 * announced; below it who fills in the names (StakeholderNamingToggle). Works on its own worksheet
 * instance; the names go where the session keeps them (pullStakeholders).
 */
export function StakeholderPullWidget({ widget, instanceId, text, m }: WidgetBodyProps<SpeelruimteMessages>) {
  const editor = useEditor();
  const { role, boardDoc, texts, facilitation } = useSessionContext();
  const naming = useStakeholderNames();
  const [status, setStatus] = useState("");
  const pull = () => {
    const placements = facilitation?.placements.get() ?? [];
    setStatus(summary(pullStakeholders(editor, boardDoc, texts, placements, instanceId, naming), m));
  };
  return (
    <div className="sr-pull">
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
      <StakeholderNamingToggle instanceId={instanceId} />
      <p className="sr-pull__status" role="status" data-testid={`pull-status-${instanceId}`}>
        {status}
      </p>
    </div>
  );
}
