import { opgavenTableSpec } from "@wijkbord/worksheets";
import { KOPPELKANSEN_MESSAGES, type KoppelkansenMessages } from "../../koppelkansen/koppelkansenMessages.ts";
import type { ClientWidget } from "../shared/ClientWidget.ts";
import { OpgavenTable } from "./OpgavenTable.tsx";

export const opgavenTableClientWidget: ClientWidget<KoppelkansenMessages> = {
  spec: opgavenTableSpec,
  Body: OpgavenTable,
  messages: KOPPELKANSEN_MESSAGES,
  look: "table",
  titled: true,
  inExport: true,
};
