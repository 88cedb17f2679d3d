import { type ReactNode, type RefObject, useEffect, useRef } from "react";
import { useReturnFocus } from "../facilitation/useReturnFocus.ts";
import { useFocusTrap } from "./useFocusTrap.ts";
import "./modalDialog.css";

export interface ModalClose {
  label: string;
  testId: string;
  /** "header": beside the title (long dialogs); "footer": after the content. */
  placement: "header" | "footer";
}

/**
 * The one modal shell of Wijkbord's dialogs: a dimmed backdrop, a titled dialog with
 * `aria-modal`, Tab kept inside (`useFocusTrap`), Escape or the close button closes it and focus
 * then goes back to where it came from (`useReturnFocus`). It takes the focus itself on opening,
 * or gives it to `initialFocus` (a dialog that asks for one thing first).
 */
export function ModalDialog({
  titleId,
  title,
  intro,
  testId,
  onClose,
  close,
  initialFocus,
  dialogRef,
  canEscape,
  busy,
  wide,
  className,
  children,
}: {
  titleId: string;
  title: ReactNode;
  intro?: ReactNode;
  testId: string;
  onClose: () => void;
  /** The close button; none when the dialog brings its own (e.g. "Annuleren"). */
  close?: ModalClose;
  initialFocus?: RefObject<HTMLElement | null>;
  /** For a dialog that must keep the focus itself after a change (a pressed button disabled). */
  dialogRef?: RefObject<HTMLDivElement | null>;
  /** Read at each Escape: false keeps the dialog open (while a request runs). */
  canEscape?: () => boolean;
  busy?: boolean;
  wide?: boolean;
  className?: string;
  children: ReactNode;
}) {
  const ownRef = useRef<HTMLDivElement>(null);
  const dialog = dialogRef ?? ownRef;
  // The parent may pass new functions on every render: not a reason to refocus.
  const closeRef = useRef(onClose);
  closeRef.current = onClose;
  const canEscapeRef = useRef(canEscape);
  canEscapeRef.current = canEscape;
  const initialFocusRef = useRef(initialFocus);
  useReturnFocus();
  useFocusTrap(dialog);

  useEffect(() => {
    (initialFocusRef.current?.current ?? dialog.current)?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape" && (canEscapeRef.current?.() ?? true)) closeRef.current();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [dialog]);

  const closeButton = (where: ModalClose["placement"]) =>
    close?.placement === where && (
      <button
        type="button"
        className={`wb-button utrecht-button utrecht-button--secondary-action wb-modal__close wb-modal__close--${where}`}
        data-testid={close.testId}
        onClick={onClose}
      >
        {close.label}
      </button>
    );

  return (
    <div className="wb-modal__backdrop">
      <div
        className={`wb-modal${wide ? " wb-modal--wide" : ""}${className ? ` ${className}` : ""}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-busy={busy || undefined}
        tabIndex={-1}
        ref={dialog}
        data-testid={testId}
      >
        <div className="wb-modal__header">
          <h2 id={titleId} className="utrecht-heading-2">
            {title}
          </h2>
          {closeButton("header")}
        </div>
        {intro && <p className="wb-modal__intro utrecht-paragraph">{intro}</p>}
        {children}
        {closeButton("footer")}
      </div>
    </div>
  );
}
