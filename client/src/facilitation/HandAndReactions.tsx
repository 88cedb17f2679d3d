import { ReactionKindSchema } from "@wijkbord/shared";
import { useValue } from "tldraw";
import { useFacilitation, useFacilitationMessages } from "./FacilitationContext.tsx";
import { HandIcon } from "./HandIcon.tsx";
import { ReactionIcon } from "./ReactionIcon.tsx";
import { SmileIcon } from "./SmileIcon.tsx";
import { usePopover } from "./usePopover.ts";

/** "Hand opsteken" and the reactions picker, for everyone who takes part (not viewers). */
export function HandAndReactions() {
  const { presence } = useFacilitation();
  const m = useFacilitationMessages();
  const handUp = useValue("handUp", () => presence.people.get().find((p) => p.isSelf)?.handUp ?? false, [
    presence,
  ]);
  const { open, setOpen, root, toggle } = usePopover<HTMLDivElement, HTMLButtonElement>();

  return (
    <div className="wb-fac wb-fac__inline" ref={root}>
      <button
        type="button"
        className={`wb-button utrecht-button utrecht-button--secondary-action wb-fac__icon${handUp ? " wb-button--pressed" : ""}`}
        data-testid="hand-toggle"
        aria-pressed={handUp}
        title={handUp ? m.handDown : m.handUp}
        onClick={() => presence.setHandUp(!handUp)}
      >
        <HandIcon />
        {/* A toggle keeps one name; aria-pressed says whether the hand is up. */}
        <span className="wb-visually-hidden">{m.handUp}</span>
      </button>
      <button
        ref={toggle}
        type="button"
        className="wb-button utrecht-button utrecht-button--secondary-action wb-fac__icon"
        data-testid="reaction-toggle"
        title={m.reactTitle}
        aria-expanded={open}
        aria-controls="wb-reactions"
        onClick={() => setOpen((o) => !o)}
      >
        <SmileIcon />
        <span className="wb-visually-hidden">{m.react}</span>
      </button>
      {open && (
        <fieldset className="wb-fac__panel wb-reactions" id="wb-reactions" aria-label={m.react}>
          {ReactionKindSchema.options.map((kind) => (
            <button
              key={kind}
              type="button"
              className="wb-reactions__button"
              data-testid={`reaction-${kind}`}
              aria-label={m[kind]}
              title={m[kind]}
              onClick={() => {
                presence.sendReaction(kind);
                setOpen(false);
                toggle.current?.focus();
              }}
            >
              <ReactionIcon kind={kind} />
            </button>
          ))}
        </fieldset>
      )}
    </div>
  );
}
