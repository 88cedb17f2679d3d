import type { RotatableRole, SessionLinks } from "@wijkbord/shared";
import { useEffect, useRef, useState } from "react";
import type { RolesMessages } from "./rolesMessages.ts";

const ROLES = ["facilitator", "participant", "viewer"] as const;
const LABEL = {
  facilitator: "linkFacilitator",
  participant: "linkParticipant",
  viewer: "linkViewer",
} as const;
const ROTATE = { participant: "rotateParticipant", viewer: "rotateViewer" } as const;
const CONFIRM = { participant: "confirmRotateParticipant", viewer: "confirmRotateViewer" } as const;

/** The three links with copy buttons, and replacing the participant or viewer link after a confirmation. */
export function LinksSection({
  links,
  m,
  onRotate,
}: {
  links: SessionLinks;
  m: RolesMessages;
  onRotate: (role: RotatableRole) => Promise<boolean>;
}) {
  const [confirming, setConfirming] = useState<RotatableRole | null>(null);
  const [busy, setBusy] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);
  const [rotated, setRotated] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  // An alert dialog takes the focus, so a keyboard user confirms (or tabs to cancel) right away.
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  const copy = (role: string, url: string) => {
    navigator.clipboard?.writeText(url).then(
      () => setCopied(role),
      () => setCopied(null),
    );
  };
  const rotate = async (role: RotatableRole) => {
    setBusy(true);
    const ok = await onRotate(role);
    setBusy(false);
    setConfirming(null);
    setRotated(ok);
  };

  return (
    <section aria-labelledby="wb-roles-links">
      <h3 id="wb-roles-links" className="wb-roles__heading">
        {m.linksTitle}
      </h3>
      {ROLES.map((role) => (
        <div key={role} className="wb-roles__link">
          <label htmlFor={`wb-roles-link-${role}`}>{m[LABEL[role]]}</label>
          <div className="wb-roles__link-row">
            <input
              id={`wb-roles-link-${role}`}
              readOnly
              value={links[role]}
              data-testid={`roles-link-${role}`}
              onFocus={(e) => e.currentTarget.select()}
            />
            <button
              type="button"
              className="wb-button utrecht-button utrecht-button--secondary-action"
              data-testid={`roles-copy-${role}`}
              onClick={() => copy(role, links[role])}
            >
              {copied === role ? m.copied : m.copy}
            </button>
          </div>
        </div>
      ))}
      <div className="wb-roles__actions">
        {(["participant", "viewer"] as const).map((role) => (
          <button
            key={role}
            type="button"
            className="wb-button utrecht-button utrecht-button--secondary-action"
            data-testid={`roles-rotate-${role}`}
            aria-expanded={confirming === role}
            disabled={busy}
            onClick={() => setConfirming(confirming === role ? null : role)}
          >
            {m[ROTATE[role]]}
          </button>
        ))}
      </div>
      {confirming && (
        <div className="wb-roles__confirm" role="alertdialog" aria-labelledby="wb-roles-confirm-text">
          <p id="wb-roles-confirm-text">{m[CONFIRM[confirming]]}</p>
          <button
            type="button"
            className="wb-button utrecht-button utrecht-button--primary-action wb-button--primary"
            ref={confirmButton}
            data-testid="roles-rotate-confirm"
            disabled={busy}
            onClick={() => rotate(confirming)}
          >
            {m.confirmRotate}
          </button>
          <button
            type="button"
            className="wb-button utrecht-button utrecht-button--secondary-action"
            data-testid="roles-rotate-cancel"
            onClick={() => setConfirming(null)}
          >
            {m.cancel}
          </button>
        </div>
      )}
      {rotated && !confirming && (
        <p className="wb-roles__note" role="status" data-testid="roles-rotated">
          {m.rotated}
        </p>
      )}
    </section>
  );
}
