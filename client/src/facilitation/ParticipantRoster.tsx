import { BOARD } from "@wijkbord/shared";
import { useMemo } from "react";
import { useValue } from "tldraw";
import { useLocale } from "../app/LocaleProvider.tsx";
import { useSessionContext } from "../app/SessionContext.tsx";
import { useYMapSnapshot } from "../sync/useYMapSnapshot.ts";
import { useFacilitation, useFacilitationMessages } from "./FacilitationContext.tsx";
import { HandIcon } from "./HandIcon.tsx";
import { rosterOf } from "./rosterOf.ts";

/** The facilitator's list: who joined, who is online now (and in which colour), raised hands first. */
export function ParticipantRoster() {
  const { presence } = useFacilitation();
  const { boardDoc } = useSessionContext();
  const { t } = useLocale();
  const m = useFacilitationMessages();
  const participants = useYMapSnapshot(boardDoc.getMap<unknown>(BOARD.participants));
  const people = useValue("people", () => presence.people.get(), [presence]);
  const roster = useMemo(() => rosterOf(participants, people), [participants, people]);
  return (
    <section className="wb-fac__section" aria-labelledby="wb-fac-roster">
      <h3 className="wb-fac__heading" id="wb-fac-roster">
        {m.roster} ({roster.filter((r) => r.online).length}/{roster.length})
      </h3>
      <ul className="wb-roster" data-testid="roster">
        {roster.map((r) => (
          <li
            key={r.id}
            className="wb-roster__person"
            data-testid="roster-person"
            data-online={r.online}
            data-hand-up={r.handUp}
          >
            <span className="wb-presence__dot" style={{ background: r.color }} aria-hidden="true" />
            <span className="wb-presence__name">{r.name}</span>
            {r.role === "viewer" && <span className="wb-presence__role">{t("roleViewer")}</span>}
            {r.role === "facilitator" && <span className="wb-presence__role">{t("roleFacilitator")}</span>}
            {r.handUp && (
              <span className="wb-presence__hand" role="img" aria-label={m.handRaised}>
                <HandIcon />
              </span>
            )}
            <span className={`wb-roster__status${r.online ? " wb-roster__status--online" : ""}`}>
              {r.online ? m.online : m.offline}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
