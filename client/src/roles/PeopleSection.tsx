import { BOARD, CONTROL, type MemberAction, ParticipantSchema } from "@wijkbord/shared";
import { useEffect, useRef, useState } from "react";
import type { Signal } from "tldraw";
import { useValue } from "tldraw";
import type * as Y from "yjs";
import type { PresentPerson } from "../sync/bindPresence.ts";
import { useYMapSnapshot } from "../sync/useYMapSnapshot.ts";
import type { RolesMessages } from "./rolesMessages.ts";

/**
 * Everyone who joined (the board's `participants` map) with whether they are connected (presence)
 * and what the facilitator decided (control `members`), and per person "Maak co-facilitator" and
 * "Verwijderen" (after a confirmation).
 */
export function PeopleSection({
  boardDoc,
  control,
  people,
  selfId,
  m,
  onAct,
}: {
  boardDoc: Y.Doc;
  control: Y.Doc;
  people: Signal<PresentPerson[]>;
  selfId: string;
  m: RolesMessages;
  onAct: (participantId: string, action: MemberAction) => Promise<boolean>;
}) {
  const joined = Object.entries(useYMapSnapshot(boardDoc.getMap<unknown>(BOARD.participants)));
  const members = Object.entries(useYMapSnapshot(control.getMap<unknown>(CONTROL.members)));
  const present = useValue("people", () => people.get(), [people]);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  // An alert dialog takes the focus, so a keyboard user confirms (or tabs to cancel) right away.
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  const statusOf = new Map(members.map(([id, s]) => [id, s]));
  const onlineRole = new Map(present.map((p) => [p.id, p.role]));
  const rows = joined.flatMap(([id, value]) => {
    const parsed = ParticipantSchema.safeParse(value);
    return parsed.success && id !== selfId ? [{ id, name: parsed.data.name, color: parsed.data.color }] : [];
  });

  const act = async (id: string, action: MemberAction) => {
    setBusy(true);
    await onAct(id, action);
    setBusy(false);
    setConfirming(null);
  };

  return (
    <section aria-labelledby="wb-roles-people">
      <h3 id="wb-roles-people" className="wb-roles__heading">
        {m.peopleTitle}
      </h3>
      {rows.length === 0 && <p className="wb-roles__note">{m.nobody}</p>}
      <ul className="wb-roles__people" data-testid="roles-people">
        {rows.map(({ id, name, color }) => {
          const status = statusOf.get(id);
          const role = onlineRole.get(id);
          // Someone online as facilitator without a grant holds the facilitator link itself.
          const linkFacilitator = role === "facilitator" && status !== "facilitator";
          const label =
            status === "removed"
              ? m.removed
              : status === "facilitator"
                ? m.coFacilitator
                : linkFacilitator
                  ? m.facilitator
                  : null;
          return (
            <li key={id} data-participant={id} data-status={status ?? "participant"}>
              <span className="wb-roles__swatch" style={{ background: color }} aria-hidden="true" />
              <span className="wb-roles__name">{name}</span>
              <span className="wb-roles__meta">
                {role ? m.online : m.offline}
                {label ? ` · ${label}` : ""}
              </span>
              {!label && (
                <span className="wb-roles__buttons">
                  <button
                    type="button"
                    className="wb-button utrecht-button utrecht-button--secondary-action"
                    data-testid={`roles-promote-${id}`}
                    disabled={busy}
                    onClick={() => act(id, "promote")}
                  >
                    {m.promote}
                  </button>
                  <button
                    type="button"
                    className="wb-button utrecht-button utrecht-button--secondary-action"
                    data-testid={`roles-remove-${id}`}
                    aria-expanded={confirming === id}
                    disabled={busy}
                    onClick={() => setConfirming(confirming === id ? null : id)}
                  >
                    {m.remove}
                  </button>
                </span>
              )}
              {confirming === id && (
                <div className="wb-roles__confirm" role="alertdialog" aria-label={m.remove}>
                  <p>{m.confirmRemove.replace("{name}", name)}</p>
                  <p className="wb-roles__note">{m.removeNote}</p>
                  <button
                    type="button"
                    className="wb-button utrecht-button utrecht-button--primary-action wb-button--primary"
                    ref={confirmButton}
                    data-testid="roles-remove-confirm"
                    disabled={busy}
                    onClick={() => act(id, "remove")}
                  >
                    {m.confirmRemoveYes}
                  </button>
                  <button
                    type="button"
                    className="wb-button utrecht-button utrecht-button--secondary-action"
                    onClick={() => setConfirming(null)}
                  >
                    {m.cancel}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <p className="wb-roles__note" data-testid="roles-remove-note">
        {m.removeNote}
      </p>
    </section>
  );
}
