import { stemmingSpec } from "../../../worksheets/test-support/exampleWidget/stemmingSpec.ts";
import type { ClientWidget } from "../../src/widgets/shared/ClientWidget.ts";
import { StemmingWidget } from "./StemmingWidget.tsx";
import { STEMMING_MESSAGES, type StemmingMessages } from "./stemmingMessages.ts";

/** The example kind's entry, registered by a test beside CLIENT_WIDGETS. */
export const stemmingClientWidget: ClientWidget<StemmingMessages> = {
  spec: stemmingSpec,
  Body: StemmingWidget,
  messages: STEMMING_MESSAGES,
  look: "status",
  titled: true,
  inExport: true,
};
