import { useId, useState } from "react";
import { useValue } from "tldraw";
import { useFacilitationMessages } from "../facilitation/FacilitationContext.tsx";
import { FollowButton } from "../facilitation/FollowControls.tsx";
import { HandIcon } from "../facilitation/HandIcon.tsx";
import { SMALL_SCREEN } from "../ui/smallScreen.ts";
import { useLocale } from "./LocaleProvider.tsx";
import type { MessageKey } from "./messages.ts";
import { loadPresenceOpen, savePresenceOpen } from "./presenceOpen.ts";
import { useSessionContext } from "./SessionContext.tsx";

const ROLE_LABELS: Record<string, MessageKey> = {
  facilitator: "roleFacilitator",
  participant: "roleParticipant",
  viewer: "roleViewer",
};

/**
 * Who is here now (from awareness), in tldraw's top-right panel. Its heading opens and closes the
 * list (remembered; closed by default on a phone); closed, it still counts people and raised hands.
 */
export function PresencePanel() {
  const { t } = useLocale();
  const fm = useFacilitationMessages();
  const { people } = useSessionContext();
  const list = useValue("people", () => people.get(), [people]);
  const [open, setOpen] = useState(() => loadPresenceOpen(window.matchMedia(SMALL_SCREEN).matches));
  const listId = useId();
  const hands = list.filter((p) => p.handUp).length;
  return (
    <section className="wb-presence" aria-label={t("present")} data-open={open}>
      <h2 className="wb-presence__title">
        <button
          type="button"
          className="wb-presence__toggle"
          data-testid="presence-toggle"
          aria-expanded={open}
          aria-controls={listId}
          title={open ? t("presenceHide") : t("presenceShow")}
          onClick={() => {
            setOpen(!open);
            savePresenceOpen(!open);
          }}
        >
          <span>
            {t("present")} ({list.length})
          </span>
          {!open && hands > 0 && (
            <span className="wb-presence__hands" role="img" aria-label={`${hands} × ${fm.handRaised}`}>
              <HandIcon /> {hands}
            </span>
          )}
          <span className="wb-presence__chevron" aria-hidden="true">
            {open ? "▴" : "▾"}
          </span>
        </button>
      </h2>
      <ul className="wb-presence__list" id={listId} data-testid="presence-list" hidden={!open}>
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
