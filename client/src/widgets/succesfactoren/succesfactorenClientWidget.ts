import { succesfactorenSpec } from "@wijkbord/worksheets";
import { KOPPELKANSEN_MESSAGES, type KoppelkansenMessages } from "../../koppelkansen/koppelkansenMessages.ts";
import type { ClientWidget } from "../shared/ClientWidget.ts";
import { SuccesfactorenWidget } from "./SuccesfactorenWidget.tsx";

export const succesfactorenClientWidget: ClientWidget<KoppelkansenMessages> = {
  spec: succesfactorenSpec,
  Body: SuccesfactorenWidget,
  messages: KOPPELKANSEN_MESSAGES,
  look: "table",
  titled: true,
  inExport: true,
};
