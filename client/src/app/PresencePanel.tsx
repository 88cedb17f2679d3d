import { useValue } from "tldraw";
import { useFacilitationMessages } from "../facilitation/FacilitationContext.tsx";
import { FollowButton } from "../facilitation/FollowControls.tsx";
import { HandIcon } from "../facilitation/HandIcon.tsx";
import { useLocale } from "./LocaleProvider.tsx";
import type { MessageKey } from "./messages.ts";
import { useSessionContext } from "./SessionContext.tsx";

const ROLE_LABELS: Record<string, MessageKey> = {
  facilitator: "roleFacilitator",
  participant: "roleParticipant",
  viewer: "roleViewer",
};

/** Who is here now (from awareness), in tldraw's top-right panel. */
export function PresencePanel() {
  const { t } = useLocale();
  const fm = useFacilitationMessages();
  const { people } = useSessionContext();
  const list = useValue("people", () => people.get(), [people]);
  return (
    <section className="wb-presence" aria-label={t("present")}>
      <h2 className="wb-presence__title">
        {t("present")} ({list.length})
      </h2>
      <ul className="wb-presence__list" data-testid="presence-list">
        {list.map((p) => {
          const role = t(ROLE_LABELS[p.role] ?? "roleParticipant");
          return (
            <li
              key={p.id}
              className="wb-presence__person"
              data-role={p.role}
              data-hand-up={p.handUp || undefined}
            >
              <span className="wb-presence__dot" style={{ background: p.color }} aria-hidden="true" />
              <span className="wb-presence__name">{p.name || role}</span>
              {p.isSelf && <span className="wb-presence__self">({t("you")})</span>}
              {p.role !== "participant" && p.name && <span className="wb-presence__role">{role}</span>}
              {p.handUp && (
                <span
                  className="wb-presence__hand"
                  data-testid="hand-up"
                  role="img"
                  aria-label={fm.handRaised}
                >
                  <HandIcon />
                </span>
              )}
              <FollowButton person={p} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
