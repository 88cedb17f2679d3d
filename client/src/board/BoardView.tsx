import { type ClientConfig, LIMITS, type SessionInfo } from "@wijkbord/shared";
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
import "tldraw/tldraw.css";
import { FatalBanner } from "../app/FatalBanner.tsx";
import { useLocale } from "../app/LocaleProvider.tsx";
import { PresencePanel } from "../app/PresencePanel.tsx";
import { provideSessionToExports, SessionContext } from "../app/SessionContext.tsx";
import { ReactionsOverlay } from "../facilitation/ReactionsOverlay.tsx";
import { SummonsToast } from "../facilitation/SummonsToast.tsx";
import { WijkbordToolbar } from "../facilitation/WijkbordToolbar.tsx";
import { useLiveWijk } from "../facilitatorEdits/useLiveWijk.ts";
import { CelebrationOverlay } from "../facilitatorTools/CelebrationOverlay.tsx";
import { LaserOverlay } from "../facilitatorTools/LaserOverlay.tsx";
import { useBoardHidden } from "../licence/useBoardHidden.ts";
import { ShapeLimitNotice } from "../limits/ShapeLimitNotice.tsx";
import { LockNoticeBanner } from "../locking/LockNoticeBanner.tsx";
import { OutlineView } from "../outline/OutlineView.tsx";
import { useViewMode } from "../outline/useViewMode.ts";
import { ViewModeSwitch } from "../outline/ViewModeSwitch.tsx";
import { PhotoOverlay } from "../photos/PhotoOverlay.tsx";
import { PrivateModeBanner } from "../privateMode/PrivateModeBanner.tsx";
import type { PresenceUser } from "../sync/bindPresence.ts";
import { markLoad } from "../ui/markLoad.ts";
import { BoardTopBar } from "./BoardTopBar.tsx";
import { customShapeUtils } from "./boardShapeUtils.ts";
import { type Board, openBoard } from "./openBoard.ts";
import { tldrawAssetUrls } from "./tldrawAssetUrls.ts";
import { tldrawOverrides } from "./tldrawOverrides.ts";
import { WijkbordStylePanel } from "./WijkbordStylePanel.tsx";

export interface BoardViewProps {
  session: SessionInfo;
  token: string;
  config: ClientConfig;
  self: PresenceUser;
  /** Whether `self.color` was picked before; if not, the board picks it once it knows who is present. */
  colorChosen: boolean;
}

/**
 * Wijkbord's panels inside tldraw's UI: the presence list top right, the style panel on demand
 * below it; one page only.
 */
const components: TLComponents = {
  SharePanel: PresencePanel,
  StylePanel: WijkbordStylePanel,
  PageMenu: null,
  Toolbar: WijkbordToolbar,
};

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
export function BoardView({ session, token, config, self, colorChosen }: BoardViewProps) {
  const [board, setBoard] = useState<Board | null>(null);
  useEffect(() => {
    markLoad("board-open");
    const opened = openBoard({ session, token, self, colorChosen });
    setBoard(opened);
    return () => opened.dispose();
  }, [session, token, self, colorChosen]);
  if (!board) return null;
  return <BoardCanvas board={board} session={session} config={config} self={self} />;
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
  const [viewMode, setViewMode] = useViewMode();
  // Without the canvas (text mode, or tldraw hid it for want of a licence) the outline is the page.
  const boardHidden = useBoardHidden();
  const textMain = boardHidden || viewMode === "text";
  const everSynced = useValue("synced", () => board.sync.everSynced.get(), [board]);
  useEffect(() => {
    if (everSynced) markLoad("synced");
  }, [everSynced]);
  const fatal = useValue("fatal", () => board.sync.fatal.get(), [board]);
  // The facilitator may rename the wijk during the session: the control document wins.
  const wijk = useLiveWijk(board.sync.docs.control, session.wijk);

  // tldraw's own preferences (dark mode, snapping…) live for the page; name and colour are ours.
  const [prefs, setPrefs] = useState<TLUserPreferences>({ id: self.id });
  const color = useValue("own colour", () => board.selfColor.get(), [board]);
  const user = useTldrawCurrentUser({
    userPreferences: { ...prefs, id: self.id, name: self.name, color, locale },
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
  const onMount = useCallback(
    (mounted: Editor) => {
      markLoad("editor-mounted");
      setEditor(mounted);
      const detach = board.attachEditor(mounted);
      board.land(mounted);
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
        <BoardTopBar
          session={session}
          board={board}
          self={self}
          editor={editor}
          wijk={wijk}
          showConnection={editor !== null || fatal !== null || (textMain && everSynced)}
          textMode={textMain}
          outlineOpen={outlineOpen}
          onToggleOutline={() => setOutlineOpen((o) => !o)}
        />
        {fatal && <FatalBanner fatal={fatal} />}
        <main className="wb-board__canvas">
          {editor && <ReactionsOverlay editor={editor} />}
          {editor && <LaserOverlay editor={editor} />}
          {editor && <PhotoOverlay editor={editor} canWrite={self.role !== "viewer"} />}
          <CelebrationOverlay />
          {editor && <ShapeLimitNotice editor={editor} />}
          {everSynced && (textMain || outlineOpen) && (
            <OutlineView
              board={board}
              session={session}
              self={self}
              variant={textMain ? "main" : "panel"}
              onClose={() => setOutlineOpen(false)}
              viewSwitch={
                // A canvas tldraw hid cannot come back by a switch.
                !boardHidden && (
                  <ViewModeSwitch
                    mode={viewMode}
                    onSwitch={(mode) => {
                      setOutlineOpen(false);
                      setViewMode(mode);
                    }}
                  />
                )
              }
            />
          )}
          <LockNoticeBanner notices={board.lockNotices} />
          <SummonsToast notices={board.summonsNotices} placements={board.placements} />
          <PrivateModeBanner mode={board.privateMode} role={self.role} />
          {textMain && !boardHidden ? null : everSynced ? (
            <Tldraw
              store={board.store}
              shapeUtils={customShapeUtils}
              assetUrls={tldrawAssetUrls}
              licenseKey={config.tldrawLicenseKey ?? undefined}
              locale={locale}
              user={user}
              components={components}
              overrides={tldrawOverrides}
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
