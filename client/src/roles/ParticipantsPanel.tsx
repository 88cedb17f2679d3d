import type { MemberAction, RotatableRole, SessionInfo, SessionLinks } from "@wijkbord/shared";
import { useEffect, useRef, useState } from "react";
import type * as Y from "yjs";
import { ApiRequestError } from "../app/apiClient.ts";
import { useSessionContext } from "../app/SessionContext.tsx";
import { LinksSection } from "./LinksSection.tsx";
import { PeopleSection } from "./PeopleSection.tsx";
import type { RolesApi } from "./rolesApi.ts";
import { ROLES_MESSAGES, rolesErrorText } from "./rolesMessages.ts";

/**
 * The facilitator's "Deelnemers en links" panel in the top bar: the three links, replacing the
 * participant or viewer link, and per participant "Maak co-facilitator" / "Verwijderen". Only
 * for the facilitator link (it alone can open the links); Escape closes it.
 */
export function ParticipantsPanel({
  session,
  links: initialLinks,
  control,
  selfId,
  api,
}: {
  session: SessionInfo;
  links: SessionLinks;
  control: Y.Doc;
  selfId: string;
  api: RolesApi;
}) {
  const { locale, boardDoc, people } = useSessionContext();
  const m = ROLES_MESSAGES[locale];
  const [open, setOpen] = useState(false);
  const [links, setLinks] = useState(initialLinks);
  const [error, setError] = useState<string | null>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    let current = true;
    api.links().then(
      (fresh) => {
        if (current && fresh) setLinks(fresh);
      },
      () => {},
    );
    return () => {
      current = false;
    };
  }, [open, api]);

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpen(false);
      toggle.current?.focus();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [open]);

  /** Runs an API call; a refusal is shown in the panel. */
  const attempt = async (run: () => Promise<void>): Promise<boolean> => {
    setError(null);
    try {
      await run();
      return true;
    } catch (err) {
      const e = err instanceof ApiRequestError ? err : new ApiRequestError(0, "network");
      setError(rolesErrorText(m, e.code, e.message));
      return false;
    }
  };
  const rotate = (role: RotatableRole) => attempt(async () => setLinks(await api.rotate([role])));
  const act = (id: string, action: MemberAction) => attempt(async () => void (await api.act(id, action)));

  return (
    <div className="wb-roles" data-session={session.id}>
      <button
        ref={toggle}
        type="button"
        className="wb-button utrecht-button utrecht-button--secondary-action"
        data-testid="roles-toggle"
        title={m.toggleTitle}
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        {m.toggle} ▾
      </button>
      {open && (
        <div
          className="wb-roles__panel"
          data-testid="roles-panel"
          role="dialog"
          aria-labelledby="wb-roles-title"
        >
          <button
            type="button"
            className="wb-roles__close"
            aria-label={m.close}
            onClick={() => {
              setOpen(false);
              toggle.current?.focus();
            }}
          >
            ×
          </button>
          <h2 id="wb-roles-title" className="wb-roles__title">
            {m.toggle}
          </h2>
          <LinksSection links={links} m={m} onRotate={rotate} />
          <PeopleSection
            boardDoc={boardDoc}
            control={control}
            people={people}
            selfId={selfId}
            m={m}
            onAct={act}
          />
          {error && (
            <p className="wb-roles__error" role="alert" data-testid="roles-error">
              {error}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
