import { checklistSpec } from "@wijkbord/worksheets";
import "./checklist.css";
import type { ClientWidget } from "../shared/ClientWidget.ts";
import { STATUS_MESSAGES, type StatusMessages } from "../shared/statusMessages.ts";
import { ChecklistWidget } from "./ChecklistWidget.tsx";

export const checklistClientWidget: ClientWidget<StatusMessages> = {
  spec: checklistSpec,
  Body: ChecklistWidget,
  messages: STATUS_MESSAGES,
  look: "status",
  titled: false,
  inExport: true,
};
