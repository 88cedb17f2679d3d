import { type ClientConfig, LIMITS, type SessionInfo } from "@wijkbord/shared";
import { getWorksheet } from "@wijkbord/worksheets";
import { useCallback, useEffect, useMemo, useState } from "react";
import {
  type Editor,
  type TLComponents,
  type TLUserPreferences,
  Tldraw,
  type TldrawOptions,
  useTldrawCurrentUser,
  useValue,
} from "tldraw";
import { FatalBanner } from "../app/FatalBanner.tsx";
import { LanguageToggle } from "../app/LanguageToggle.tsx";
import { useLocale } from "../app/LocaleProvider.tsx";
import { PresencePanel } from "../app/PresencePanel.tsx";
import { provideSessionToExports, SessionContext } from "../app/SessionContext.tsx";
import { ExportMenu } from "../export/ExportMenu.tsx";
import { FacilitationBar } from "../facilitation/FacilitationBar.tsx";
import { ReactionsOverlay } from "../facilitation/ReactionsOverlay.tsx";
import { WijkbordToolbar } from "../facilitation/WijkbordToolbar.tsx";
import { SessionMenu } from "../facilitatorEdits/SessionMenu.tsx";
import { useLiveWijk } from "../facilitatorEdits/useLiveWijk.ts";
import { ShapeLimitNotice } from "../limits/ShapeLimitNotice.tsx";
import { LockControls } from "../locking/LockControls.tsx";
import { LockNoticeBanner } from "../locking/LockNoticeBanner.tsx";
import { OutlineToggle } from "../outline/OutlineToggle.tsx";
import { OutlineView } from "../outline/OutlineView.tsx";
import { PrivateModeBanner } from "../privateMode/PrivateModeBanner.tsx";
import { PrivateModeControls } from "../privateMode/PrivateModeControls.tsx";
import { RolesControls } from "../roles/RolesControls.tsx";
import type { PresenceUser } from "../sync/bindPresence.ts";
import { ConnectionIndicator } from "../sync/ConnectionIndicator.tsx";
import { VotePanel } from "../voting/VotePanel.tsx";
import { customShapeUtils } from "./boardShapeUtils.ts";
import { type Board, openBoard } from "./openBoard.ts";
import { tldrawAssetUrls } from "./tldrawAssetUrls.ts";

interface BoardViewProps {
  session: SessionInfo;
  token: string;
  config: ClientConfig;
  self: PresenceUser;
}

/** Wijkbord's panels inside tldraw's UI: the presence list top right; one page only. */
const components: TLComponents = { SharePanel: PresencePanel, PageMenu: null, Toolbar: WijkbordToolbar };

/**
 * A text editor that opens with its caret at the end (tldraw's default is the start, moved to the
 * end 100 ms later): keys typed right after placing a note land in order. A click into an existing
 * note still places the caret where clicked (tldraw does that after this autofocus).
 */
// The shape cap is tldraw's default, named here so the warning (ShapeLimitNotice) uses the same number.
const options: Partial<TldrawOptions> = {
  text: { tipTapConfig: { autofocus: "end" } },
  maxShapesPerPage: LIMITS.maxShapesPerPage,
};

/** The session canvas: opens the board (sync, store, presence) for as long as it is mounted. */
export function BoardView({ session, token, config, self }: BoardViewProps) {
  const [board, setBoard] = useState<Board | null>(null);
  useEffect(() => {
    const opened = openBoard({ session, token, self });
    setBoard(opened);
    return () => opened.dispose();
  }, [session, token, self]);
  if (!board) return null;
  return <BoardCanvas board={board} session={session} config={config} self={self} />;
}

/** Room above the first worksheet, in screen pixels: tldraw's menu (top left) would cover its title. */
const CLEAR_OF_MENU_PX = 48;

/** Shows the top of the first worksheet across the viewport's width, its title below tldraw's menu. */
function showFirstWorksheet(editor: Editor, board: Board) {
  const first = board.placements.get()[0];
  const def = first && getWorksheet(first.worksheetId);
  if (!first || !def) return;
  const viewport = editor.getViewportScreenBounds();
  const h = Math.min(def.size.h, (def.size.w * viewport.h) / Math.max(viewport.w, 1));
  editor.zoomToBounds({ x: first.x, y: first.y, w: def.size.w, h }, { inset: 16, immediate: true });
  const { x, z } = editor.getCamera();
  editor.setCamera({ x, y: CLEAR_OF_MENU_PX / z - first.y, z }, { immediate: true });
}

function BoardCanvas({
  board,
  session,
  config,
  self,
}: {
  board: Board;
  session: SessionInfo;
  config: ClientConfig;
  self: PresenceUser;
}) {
  const { locale, t } = useLocale();
  const [editor, setEditor] = useState<Editor | null>(null);
  const [outlineOpen, setOutlineOpen] = useState(false);
  const everSynced = useValue("synced", () => board.sync.everSynced.get(), [board]);
  const fatal = useValue("fatal", () => board.sync.fatal.get(), [board]);
  // The facilitator may rename the wijk during the session: the control document wins.
  const wijk = useLiveWijk(board.sync.docs.control, session.wijk);

  // tldraw's own preferences (dark mode, snapping…) live for the page; name and colour are ours.
  const [prefs, setPrefs] = useState<TLUserPreferences>({ id: self.id });
  const user = useTldrawCurrentUser({
    userPreferences: { ...prefs, id: self.id, name: self.name, color: self.color, locale },
    setUserPreferences: setPrefs,
  });

  const context = useMemo(
    () => ({
      locale,
      wijk,
      role: self.role,
      fields: board.fields,
      texts: board.texts,
      boardDoc: board.sync.docs.board,
      controlDoc: board.sync.docs.control,
      people: board.presence.people,
      voting: board.voting,
      facilitation: { ...board, self },
    }),
    [locale, wijk, self, board],
  );

  useEffect(() => (editor ? provideSessionToExports(editor, context) : undefined), [editor, context]);
  // In the facilitator's "Meer": the facilitator link's "Deelnemers en links" (for everyone else
  // RolesControls only watches for a promotion or a removal) and "Tekstoverzicht".
  const rolesInMenu = self.role === "facilitator" && session.links !== undefined;
  const outlineToggle = <OutlineToggle open={outlineOpen} onToggle={() => setOutlineOpen((o) => !o)} />;

  const onMount = useCallback(
    (mounted: Editor) => {
      setEditor(mounted);
      const detach = board.attachEditor(mounted);
      showFirstWorksheet(mounted, board);
      return () => {
        detach();
        setEditor(null);
      };
    },
    [board],
  );

  return (
    <SessionContext.Provider value={context}>
      <div className="wb-board">
        <header className="wb-topbar">
          <div className="wb-topbar__session">
            <span className="wb-topbar__title">{session.title}</span>
            <span className="wb-topbar__wijk">{wijk}</span>
          </div>
          {self.role !== "viewer" && (
            <button
              type="button"
              className="wb-button wb-button--note"
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
          <div className="wb-topbar__end">
            <FacilitationBar
              editor={editor}
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
                    />
                    <ExportMenu
                      sessionId={session.id}
                      title={session.title}
                      editor={editor}
                      placements={board.placements}
                    />
                    {outlineToggle}
                  </>
                )
              }
            />
            {/* Shown once the canvas is up, so "online" also means "ready to use". */}
            {(editor || fatal) && <ConnectionIndicator sync={board.sync} />}
            {self.role !== "facilitator" && outlineToggle}
            <LanguageToggle />
          </div>
        </header>
        {fatal && <FatalBanner fatal={fatal} />}
        <main className="wb-board__canvas">
          {editor && <ReactionsOverlay editor={editor} />}
          {editor && <ShapeLimitNotice editor={editor} />}
          {editor && outlineOpen && (
            <OutlineView
              editor={editor}
              board={board}
              session={session}
              self={self}
              onClose={() => setOutlineOpen(false)}
            />
          )}
          <LockNoticeBanner notices={board.lockNotices} />
          <PrivateModeBanner mode={board.privateMode} role={self.role} />
          {everSynced ? (
            <Tldraw
              store={board.store}
              shapeUtils={customShapeUtils}
              assetUrls={tldrawAssetUrls}
              licenseKey={config.tldrawLicenseKey ?? undefined}
              locale={locale}
              user={user}
              components={components}
              options={options}
              onMount={onMount}
            />
          ) : (
            <div className="wb-center">{fatal ? null : t("connecting")}</div>
          )}
        </main>
      </div>
    </SessionContext.Provider>
  );
}
