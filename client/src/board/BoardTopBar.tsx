import type { SessionInfo } from "@wijkbord/shared";
import { type ReactNode, useEffect, useRef } from "react";
import type { Editor } from "tldraw";
import { LanguageToggle } from "../app/LanguageToggle.tsx";
import { useLocale } from "../app/LocaleProvider.tsx";
import { AuditButton } from "../audit/AuditButton.tsx";
import { SessionDeletion } from "../deletion/SessionDeletion.tsx";
import { ExportMenu } from "../export/ExportMenu.tsx";
import { FacilitationBar } from "../facilitation/FacilitationBar.tsx";
import { PopoverMenu } from "../facilitation/PopoverMenu.tsx";
import { TimerDisplay } from "../facilitation/TimerDisplay.tsx";
import { SessionMenu } from "../facilitatorEdits/SessionMenu.tsx";
import { FacilitatorNotesMenu } from "../facilitatorTools/FacilitatorNotesMenu.tsx";
import { LockControls } from "../locking/LockControls.tsx";
import { OutlineToggle } from "../outline/OutlineToggle.tsx";
import { PrivateModeControls } from "../privateMode/PrivateModeControls.tsx";
import { sessionCredential } from "../roles/personalSecret.ts";
import { RolesControls } from "../roles/RolesControls.tsx";
import type { PresenceUser } from "../sync/bindPresence.ts";
import { ConnectionIndicator } from "../sync/ConnectionIndicator.tsx";
import { TablePicker } from "../tables/TablePicker.tsx";
import { TablesMenu } from "../tables/TablesMenu.tsx";
import { SaveTemplateButton } from "../templates/SaveTemplateButton.tsx";
import { SMALL_SCREEN } from "../ui/smallScreen.ts";
import { useMediaQuery } from "../ui/useMediaQuery.ts";
import { VotePanel } from "../voting/VotePanel.tsx";
import type { Board } from "./openBoard.ts";

/**
 * The session's top bar. On a laptop one row: title, "+ Notitie", the session controls
 * (FacilitationBar), the connection and the language. On a phone one compact row (title,
 * "+ Notitie", a running timer, the connection dot, "Menu ▾") with the rest in the menu.
 */
export function BoardTopBar({
  session,
  board,
  self,
  editor,
  wijk,
  showConnection,
  textMode,
  outlineOpen,
  onToggleOutline,
}: {
  session: SessionInfo;
  board: Board;
  self: PresenceUser;
  editor: Editor | null;
  wijk: string;
  /** Once the canvas is up (or the connection failed for good), so "online" also means "ready to use". */
  showConnection: boolean;
  /** The outline is the main view (no canvas): no note tool, no outline toggle. */
  textMode: boolean;
  outlineOpen: boolean;
  onToggleOutline: () => void;
}) {
  const { t } = useLocale();
  const compact = useMediaQuery(SMALL_SCREEN);
  // In the facilitator's "Meer": the facilitator link's "Deelnemers en links" (for everyone else
  // RolesControls only watches for a promotion or a removal) and "Tekstoverzicht".
  const rolesInMenu = self.role === "facilitator" && session.links !== undefined;
  const outlineToggle = !textMode && <OutlineToggle open={outlineOpen} onToggle={onToggleOutline} />;
  const connection = showConnection && <ConnectionIndicator sync={board.sync} />;

  const controls = (
    <FacilitationBar
      editor={editor}
      timer={!compact}
      hiding={
        board.hiddenWorksheets && {
          sessionId: session.id,
          hidden: board.hiddenWorksheets,
          zones: board.hiddenZones,
        }
      }
      vote={<VotePanel voting={board.voting} placements={board.placements} editor={editor} />}
      privateMode={
        self.role === "facilitator" && (
          <PrivateModeControls
            sessionId={session.id}
            control={board.sync.docs.control}
            mode={board.privateMode}
          />
        )
      }
      menu={
        self.role === "facilitator" && (
          <>
            {editor && (
              <LockControls editor={editor} areas={board.lockedAreas} placements={board.placements} />
            )}
            {rolesInMenu && <RolesControls session={session} board={board} self={self} />}
            <SessionMenu
              editor={editor}
              control={board.sync.docs.control}
              placements={board.placements}
              hidden={board.hiddenWorksheets}
            />
            <TablesMenu
              control={board.sync.docs.control}
              board={board.sync.docs.board}
              placements={board.placements}
              hidden={board.hiddenWorksheets}
            />
            {board.facilitatorNotes && (
              <FacilitatorNotesMenu
                editor={editor}
                notes={board.facilitatorNotes}
                placements={board.placements}
              />
            )}
            <ExportMenu
              sessionId={session.id}
              title={session.title}
              editor={editor}
              placements={board.placements}
            />
            {outlineToggle}
            <SaveTemplateButton
              sessionId={session.id}
              token={sessionCredential(session.id) ?? ""}
              title={session.title}
            />
            {rolesInMenu && (
              <AuditButton sessionId={session.id} token={sessionCredential(session.id) ?? ""} />
            )}
            <SessionDeletion session={session} canDelete={rolesInMenu} />
          </>
        )
      }
    />
  );

  return (
    <header className={compact ? "wb-topbar wb-topbar--compact" : "wb-topbar"}>
      <div className="wb-topbar__session" title={`${session.title} · ${wijk}`}>
        <span className="wb-topbar__title">{session.title}</span>
        <span className="wb-topbar__wijk">{wijk}</span>
      </div>
      {self.role !== "viewer" && !textMode && (
        <button
          type="button"
          className="wb-button utrecht-button utrecht-button--secondary-action wb-button--note"
          data-testid="tool-note"
          title={t("addNoteTitle")}
          disabled={!editor}
          onClick={() => {
            editor?.setCurrentTool("note");
            editor?.focus();
          }}
        >
          + {t("addNote")}
        </button>
      )}
      {!rolesInMenu && <RolesControls session={session} board={board} self={self} />}
      {self.role === "participant" && (
        <TablePicker
          editor={editor}
          control={board.sync.docs.control}
          board={board.sync.docs.board}
          placements={board.placements}
          selfId={self.id}
        />
      )}
      {compact ? (
        <div className="wb-topbar__end">
          <TimerDisplay />
          {connection}
          <CompactMenu>
            {controls}
            {self.role !== "facilitator" && outlineToggle}
            <LanguageToggle />
          </CompactMenu>
        </div>
      ) : (
        <div className="wb-topbar__end">
          {controls}
          {connection}
          {self.role !== "facilitator" && outlineToggle}
          <LanguageToggle />
        </div>
      )}
    </header>
  );
}

/** Whether a menu, panel or dialog inside `root` is open now. */
const hasOpenInside = (root: Element) =>
  root.querySelector('[aria-expanded="true"], [role="dialog"]') !== null;

/**
 * The phone's "Menu ▾": the bar's other controls, each opening in place below its button. A button
 * that does something (not one that opens a menu) closes it once nothing inside is left open, so
 * what it did (a jump, the outline, a raised hand) is not hidden behind the menu.
 */
function CompactMenu({ children }: { children: ReactNode }) {
  const { t } = useLocale();
  return (
    <PopoverMenu
      testId="topbar-menu"
      label={t("topMenu")}
      title={t("topMenuTitle")}
      panelClassName="wb-compact-menu"
      keepMounted
    >
      {(close) => <CloseAfterAction close={close}>{children}</CloseAfterAction>}
    </PopoverMenu>
  );
}

/** Calls `close` after a click on a button inside (keyboard presses click too) once nothing inside is open. */
function CloseAfterAction({ close, children }: { close: () => void; children: ReactNode }) {
  const root = useRef<HTMLDivElement>(null);
  const closeRef = useRef(close);
  closeRef.current = close;
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const onClick = (e: MouseEvent) => {
      const button = (e.target as Element).closest("button");
      if (!button || button.hasAttribute("aria-expanded")) return;
      // After the button's own handler has opened or closed whatever it does.
      setTimeout(() => {
        if (!hasOpenInside(el)) closeRef.current();
      }, 0);
    };
    el.addEventListener("click", onClick);
    return () => el.removeEventListener("click", onClick);
  }, []);
  return (
    <div className="wb-compact-menu__items" ref={root}>
      {children}
    </div>
  );
}
