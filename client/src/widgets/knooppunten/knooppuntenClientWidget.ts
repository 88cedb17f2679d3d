import { knooppuntenSpec } from "@wijkbord/worksheets";
import "./knooppunten.css";
import type { ClientWidget } from "../shared/ClientWidget.ts";
import { KnooppuntenWidget } from "./KnooppuntenWidget.tsx";
import { KNOOPPUNTEN_MESSAGES, type KnooppuntenMessages } from "./knooppuntenMessages.ts";

export const knooppuntenClientWidget: ClientWidget<KnooppuntenMessages> = {
  spec: knooppuntenSpec,
  Body: KnooppuntenWidget,
  messages: KNOOPPUNTEN_MESSAGES,
  look: "status",
  titled: true,
  inExport: true,
};
