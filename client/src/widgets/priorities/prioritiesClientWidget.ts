import { prioritiesSpec } from "@wijkbord/worksheets";
import { KOPPELKANSEN_MESSAGES, type KoppelkansenMessages } from "../../koppelkansen/koppelkansenMessages.ts";
import type { ClientWidget } from "../shared/ClientWidget.ts";
import { PrioritiesList } from "./PrioritiesList.tsx";

export const prioritiesClientWidget: ClientWidget<KoppelkansenMessages> = {
  spec: prioritiesSpec,
  Body: PrioritiesList,
  messages: KOPPELKANSEN_MESSAGES,
  look: "table",
  titled: true,
  inExport: true,
};
