import { stakeholderPullSpec } from "@wijkbord/worksheets";
import "../../speelruimte/speelruimte.css";
import { SPEELRUIMTE_MESSAGES, type SpeelruimteMessages } from "../../speelruimte/speelruimteMessages.ts";
import type { ClientWidget } from "../shared/ClientWidget.ts";
import { StakeholderPullWidget } from "./StakeholderPullWidget.tsx";

export const stakeholderPullClientWidget: ClientWidget<SpeelruimteMessages> = {
  spec: stakeholderPullSpec,
  Body: StakeholderPullWidget,
  messages: SPEELRUIMTE_MESSAGES,
  look: "action",
  titled: false,
  // An action, not content: exported images leave it out.
  inExport: false,
};
