import type { WorksheetPlacement } from "@wijkbord/shared";
import { getWorksheet } from "@wijkbord/worksheets";
import { useRef, useSyncExternalStore } from "react";
import { type Editor, type Signal, useValue } from "tldraw";
import type * as Y from "yjs";
import { useLocale } from "../app/LocaleProvider.tsx";
import { usePopover } from "../facilitation/usePopover.ts";
import { isSyncedRecord } from "../sync/recordRouting.ts";
import { setAreaLocked, setSelectionLocked } from "./lockActions.ts";
import { LOCKING_MESSAGES } from "./lockingMessages.ts";
import "./locking.css";

function useLockedAreas(areas: Y.Map<boolean>): Record<string, boolean> {
  const snapshot = useRef<Record<string, boolean>>(areas.toJSON());
  return useSyncExternalStore(
    (onChange) => {
      const observer = () => {
        snapshot.current = areas.toJSON();
        onChange();
      };
      areas.observe(observer);
      return () => areas.unobserve(observer);
    },
    () => snapshot.current,
  );
}

/**
 * The facilitator's "Vergrendelen" menu in the top bar: lock or unlock the selection (tldraw's
 * Shift+L and context menu do the same) and whole worksheets.
 */
export function LockControls({
  editor,
  areas,
  placements,
}: {
  editor: Editor;
  areas: Y.Map<boolean>;
  placements: Signal<WorksheetPlacement[]>;
}) {
  const { locale } = useLocale();
  const m = LOCKING_MESSAGES[locale];
  const selection = useValue("lockable selection", () => {
    const shapes = editor.getSelectedShapes().filter((s) => isSyncedRecord(s));
    return { unlocked: shapes.some((s) => !s.isLocked), locked: shapes.some((s) => s.isLocked) };
  }, [editor]);
  const sheets = useValue("placements", () => placements.get(), [placements]);
  const locked = useLockedAreas(areas);
  const { open, setOpen, root, toggle } = usePopover<HTMLDivElement, HTMLButtonElement>();

  return (
    <div className="wb-lock" ref={root}>
      <button
        type="button"
        className="wb-button utrecht-button utrecht-button--secondary-action"
        data-testid="lock-menu"
        title={m.menuTitle}
        ref={toggle}
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        {m.menu} ▾
      </button>
      {open && (
        <div className="wb-lock__menu">
          <div className="wb-lock__item">
            <span className="wb-lock__name">{m.selection}</span>
            <span className="wb-lock__buttons">
              <button
                type="button"
                className="wb-button utrecht-button utrecht-button--secondary-action"
                data-testid="lock-selection"
                title={m.lockTitle}
                disabled={!selection.unlocked}
                onClick={() => setSelectionLocked(editor, true)}
              >
                {m.lock}
              </button>
              <button
                type="button"
                className="wb-button utrecht-button utrecht-button--secondary-action"
                data-testid="unlock-selection"
                title={m.unlockTitle}
                disabled={!selection.locked}
                onClick={() => setSelectionLocked(editor, false)}
              >
                {m.unlock}
              </button>
            </span>
          </div>
          <h3 className="wb-lock__heading" title={m.areasTitle}>
            {m.areas}
          </h3>
          <ul className="wb-lock__list">
            {sheets.map((p) => {
              const isLocked = locked[p.instanceId] === true;
              const title = getWorksheet(p.worksheetId)?.title[locale] ?? p.instanceId;
              return (
                <li key={p.instanceId} className="wb-lock__item">
                  <span className="wb-lock__name">
                    {title}
                    {isLocked && <span className="wb-lock__badge"> ({m.areaLocked})</span>}
                  </span>
                  <button
                    type="button"
                    className="wb-button utrecht-button utrecht-button--secondary-action"
                    data-testid={`lock-area-${p.instanceId}`}
                    data-locked={isLocked}
                    onClick={() => setAreaLocked(editor, areas, sheets, p.instanceId, !isLocked)}
                  >
                    {isLocked ? m.unlockArea : m.lockArea}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </div>
  );
}
