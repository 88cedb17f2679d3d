import { rankingSpec } from "@wijkbord/worksheets";
import { KOPPELKANSEN_MESSAGES, type KoppelkansenMessages } from "../../koppelkansen/koppelkansenMessages.ts";
import type { ClientWidget } from "../shared/ClientWidget.ts";
import { RankingList } from "./RankingList.tsx";

export const rankingClientWidget: ClientWidget<KoppelkansenMessages> = {
  spec: rankingSpec,
  Body: RankingList,
  messages: KOPPELKANSEN_MESSAGES,
  look: "table",
  titled: true,
  inExport: true,
};
