import { scoringMatrixSpec } from "@wijkbord/worksheets";
import { KOPPELKANSEN_MESSAGES, type KoppelkansenMessages } from "../../koppelkansen/koppelkansenMessages.ts";
import type { ClientWidget } from "../shared/ClientWidget.ts";
import { ScoringMatrix } from "./ScoringMatrix.tsx";

export const scoringMatrixClientWidget: ClientWidget<KoppelkansenMessages> = {
  spec: scoringMatrixSpec,
  Body: ScoringMatrix,
  messages: KOPPELKANSEN_MESSAGES,
  look: "table",
  titled: true,
  inExport: true,
};
