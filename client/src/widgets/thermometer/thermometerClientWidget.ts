import { thermometerSpec } from "@wijkbord/worksheets";
import "./thermometer.css";
import type { ClientWidget } from "../shared/ClientWidget.ts";
import { ThermometerWidget } from "./ThermometerWidget.tsx";
import { THERMOMETER_MESSAGES, type ThermometerMessages } from "./thermometerMessages.ts";

export const thermometerClientWidget: ClientWidget<ThermometerMessages> = {
  spec: thermometerSpec,
  Body: ThermometerWidget,
  messages: THERMOMETER_MESSAGES,
  look: "status",
  titled: true,
  inExport: true,
};
