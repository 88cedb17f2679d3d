import {
  BOARD,
  CLOSE,
  CONTROL,
  FACILITATOR_DOC,
  FACILITATOR_DOC_KEYS,
  HIDDEN_WORKSHEETS_KEY,
  HIDDEN_ZONES_KEY,
  type PrivateMode,
  REMOVED_CLOSE_REASON,
  type SessionInfo,
  type WorksheetPlacement,
} from "@wijkbord/shared";
import {
  atom,
  createTLStore,
  defaultBindingUtils,
  type Editor,
  react,
  type Signal,
  type TLStore,
  type TLUser,
  unsafe__withoutCapture,
} from "tldraw";
import type * as Y from "yjs";
import { ApiRequestError, fetchSession, onRemovedAnswer } from "../app/apiClient.ts";
import { registerParticipant } from "../app/registerParticipant.ts";
import { saveChosenColor } from "../app/sessionIdentity.ts";
import { constrainCamera } from "../camera/constrainCamera.ts";
import { landOnBoard } from "../camera/landOnBoard.ts";
import { attachFacilitation } from "../facilitation/attachFacilitation.ts";
import { bindFacilitation, type Facilitation } from "../facilitation/bindFacilitation.ts";
import { bindReactions, type ShownReaction } from "../facilitation/bindReactions.ts";
import { createServerClock } from "../facilitation/createServerClock.ts";
import { createSummonsNotice, type SummonsNotices } from "../facilitation/summonsNotice.ts";
import { registerHiddenAreaRule } from "../hiding/registerHiddenAreaRule.ts";
import { isAreaLocked, lockedAreasOf } from "../locking/lockedAreas.ts";
import { createLockNotice, type LockNotices } from "../locking/lockNotice.ts";
import { registerArrivalLock } from "../locking/registerArrivalLock.ts";
import { registerLockRules } from "../locking/registerLockRules.ts";
import { createPhotoUploads, type PhotoUploads } from "../photos/createPhotoUploads.ts";
import { bindPrivateDoc } from "../privateMode/bindPrivateDoc.ts";
import { openPrivateDoc } from "../privateMode/openPrivateDoc.ts";
import { loadPrivateDocName } from "../privateMode/privateDocName.ts";
import { watchPrivateMode } from "../privateMode/privateModeState.ts";
import { keepFacilitatorName } from "../roles/keepFacilitatorName.ts";
import { bindStakeholderNames } from "../speelruimte/bindStakeholderNames.ts";
import { bindPresence, type PresenceBinding, type PresenceUser } from "../sync/bindPresence.ts";
import { bindStoreToYjs } from "../sync/bindStoreToYjs.ts";
import { bindWorksheetShapes } from "../sync/bindWorksheetShapes.ts";
import { createSessionSync, type SessionSync } from "../sync/createSessionSync.ts";
import { ownColor } from "../sync/ownColor.ts";
import { openVoting, type Voting } from "../voting/openVoting.ts";
import { voteApi } from "../voting/voteApi.ts";
import { loadVoterSecret } from "../voting/voterSecret.ts";
import { allShapeUtils } from "./boardShapeUtils.ts";
import { registerBoardSideEffects } from "./registerBoardSideEffects.ts";

export interface BoardParams {
  session: SessionInfo;
  token: string;
  self: PresenceUser;
  /** False: `self.color` is provisional; once synced the board picks one (`ownColor`) and keeps it. */
  colorChosen?: boolean;
}

/** Everything one open session board holds, outside React. */
export interface Board {
  readonly store: TLStore;
  readonly sync: SessionSync;
  readonly presence: PresenceBinding;
  /** This person's colour: `self.color` until the board has picked one. */
  readonly selfColor: Signal<string>;
  readonly placements: Signal<WorksheetPlacement[]>;
  readonly fields: Y.Map<string>;
  readonly texts: Y.Map<string>;
  /** The facilitator's live controls (control document `facilitation`) and the server clock. */
  readonly facilitation: Facilitation;
  /** Reactions on screen now (from awareness). */
  readonly reactions: Signal<ShownReaction[]>;
  /** Control document `lockedAreas`: worksheet instanceId → true while the facilitator locked it. */
  readonly lockedAreas: Y.Map<boolean>;
  /** Camera moves the user did not make (a summons, opening where the group is), to tell them about. */
  readonly summonsNotices: SummonsNotices;
  /** Refusals (locked shapes and worksheets) to show the user. */
  readonly lockNotices: LockNotices;
  /** Control document `privateMode`: while on, new notes go to this browser's private document. */
  readonly privateMode: Signal<PrivateMode>;
  /** This browser's private document (none for viewers), for writers that bypass the store. */
  readonly privateDoc: Y.Doc | null;
  /** Dot voting: the vote's public state from the control document, ballots over the API. */
  readonly voting: Voting;
  /**
   * Facilitators only (null for everyone else): their notes per worksheet (instanceId → text), in
   * the facilitators' own document, which the server sends to nobody else.
   */
  readonly facilitatorNotes: Y.Map<string> | null;
  /** Photos of paper: the asset store (only this session's photos), uploads and their progress. */
  readonly photos: PhotoUploads;
  /** The facilitators' document's hidden worksheets (step by step); null for everyone else. */
  readonly hiddenWorksheets: Y.Map<unknown> | null;
  /** The facilitators' document's hidden zones (step by step); null for everyone else. */
  readonly hiddenZones: Y.Map<unknown> | null;
  /** Wires an editor to the board (rules, read-only, cursor, camera); returns the undo. */
  attachEditor(editor: Editor): () => void;
  /** Puts the camera where this browser should start: with the group, else on the first worksheet. */
  land(editor: Editor): void;
  dispose(): void;
}

declare global {
  interface Window {
    /** The tldraw editor of the open board (for tests and debugging; holds no secrets). */
    wijkbordEditor?: Editor;
  }
}

/**
 * Opens a session board: both Yjs documents and their connections, a tldraw store bound to the
 * board document, the worksheet backgrounds from the control document, presence over awareness,
 * and (for writers) the participant entry once the board has synced.
 */
export function openBoard({ session, token, self, colorChosen = true }: BoardParams): Board {
  const readOnly = self.role === "viewer";
  const sync = createSessionSync({
    sessionId: session.id,
    token,
    verifyAccess: () =>
      fetchSession(session.id, token).then(
        () => null,
        (err: unknown) => {
          if (!(err instanceof ApiRequestError)) return null;
          if (err.status === 401) return CLOSE.unauthorized;
          if (err.status === 403) return CLOSE.forbidden;
          if (err.status === 404) return CLOSE.notFound;
          return null;
        },
      ),
  });
  // Any route's 403 `removed` (fetchSession above included, before it resolves) shows the removed
  // page, as the server's own 4403 close does for a participant who was online when removed.
  const offRemoved = onRemovedAnswer(() =>
    sync.stop({ code: CLOSE.forbidden, reason: REMOVED_CLOSE_REASON }),
  );
  // No tldraw attribution: the author is Wijkbord's `meta.authorName`, drawn by the note util.
  const photos = createPhotoUploads(session.id, token);
  const store = createTLStore({
    assets: photos.assets,
    shapeUtils: allShapeUtils,
    bindingUtils: defaultBindingUtils,
    users: { currentUser: atom<TLUser | null>("wijkbord.noTldrawUser", null) },
  });
  const canLock = self.role === "facilitator";
  const lockedAreas = lockedAreasOf(sync.docs.control);
  const lockNotices = createLockNotice();
  const privateMode = watchPrivateMode(sync.docs.control);
  // Viewers make no notes, so they have no private document (the server refuses them one too).
  const privateDoc = readOnly
    ? null
    : openPrivateDoc({ sessionId: session.id, token, name: loadPrivateDocName(session.id) });
  const unbindStore = bindStoreToYjs(store, sync.docs.board, {
    readOnly,
    locked: { doc: sync.docs.control, canLock },
    ...(privateDoc ? { private: privateDoc.doc } : {}),
    placeNew: (record) => {
      if (record.typeName !== "shape" || record.type !== "note") return "board";
      // A participant's new note in a locked worksheet never leaves this browser (and is removed).
      if (!canLock && isAreaLocked(lockedAreas, record.meta.worksheet)) return null;
      return privateDoc && privateMode.mode.get().on ? "private" : "board";
    },
    onRefused: (kind) => lockNotices.notify(kind === "lock" ? "refusedLock" : "refusedLocked"),
  });
  const worksheets = bindWorksheetShapes(store, sync.docs.control, session.worksheets);
  const unbindPrivate = privateDoc ? bindPrivateDoc(privateDoc, privateMode.mode, sync.docs.board) : () => {};
  const presence = bindPresence(sync.providers.board.awareness, store, self);
  const facilitation = bindFacilitation(sync.docs.control, {
    role: self.role,
    selfId: self.id,
    clock: createServerClock(),
  });
  const reactions = bindReactions(sync.providers.board.awareness);
  // "Cursors verbergen" calms the board for participants; facilitators keep seeing everyone.
  const stopCursorChoice = react("wijkbord.cursorChoice", () => {
    presence.setOnlyFacilitatorCursors(
      self.role !== "facilitator" && facilitation.cursors.get() === "facilitators",
    );
  });
  // Same connection as a private document's: a named document without presence.
  const facilitatorDoc =
    self.role === "facilitator"
      ? openPrivateDoc({ sessionId: session.id, token, name: FACILITATOR_DOC })
      : null;
  facilitatorDoc?.connect();
  const summonsNotices = createSummonsNotice();
  const voting = openVoting({
    control: sync.docs.control,
    api: voteApi(session.id, token),
    voterSecret: loadVoterSecret(session.id),
    self,
  });
  const selfColor = atom("wijkbord.selfColor", self.color);
  let colorPending = !colorChosen;
  // Once synced (the others' presence and the session's participants known): pick a colour if
  // there is none yet, then the board's participant entry (not for viewers) with it.
  const stopRegistering = react("wijkbord.registerParticipant", () => {
    if (!sync.everSynced.get()) return;
    if (colorPending) {
      colorPending = false;
      const participants = sync.docs.board.getMap<unknown>(BOARD.participants).toJSON();
      const color = ownColor(
        self.id,
        unsafe__withoutCapture(() => presence.people.get()),
        participants,
      );
      selfColor.set(color);
      presence.setColor(color);
      saveChosenColor(session.id, color);
    }
    if (!readOnly)
      registerParticipant(sync.docs.board, self.id, {
        name: self.name,
        color: selfColor.get(),
        facilitator: self.role === "facilitator",
      });
  });
  // The report's "Facilitator(en)": a facilitator (a co-facilitator too) puts their name in the control
  // document once it has synced, so it is added to the list the server has, not to an empty one.
  // Also keeps speelruimte's stakeholder names where the session's choice says (bindStakeholderNames).
  let stopNaming = () => {};
  const stopWatchingNaming =
    self.role === "facilitator"
      ? react("wijkbord.facilitatorUpkeep", () => {
          if (sync.everSynced.get()) {
            stopNaming();
            const offName = keepFacilitatorName(sync.docs.control, self.name);
            const offNames = bindStakeholderNames(sync.docs.control, sync.docs.board, worksheets.placements);
            stopNaming = () => {
              offName();
              offNames();
            };
          }
        })
      : () => {};

  return {
    store,
    sync,
    presence,
    selfColor,
    placements: worksheets.placements,
    fields: sync.docs.board.getMap<string>(BOARD.fields),
    texts: sync.docs.control.getMap<string>(CONTROL.texts),
    facilitation,
    reactions: reactions.shown,
    lockedAreas,
    summonsNotices,
    lockNotices,
    privateMode: privateMode.mode,
    privateDoc: privateDoc?.doc ?? null,
    voting,
    facilitatorNotes: facilitatorDoc?.doc.getMap<string>(FACILITATOR_DOC_KEYS.notes) ?? null,
    photos,
    hiddenWorksheets: facilitatorDoc?.doc.getMap<unknown>(HIDDEN_WORKSHEETS_KEY) ?? null,
    hiddenZones: facilitatorDoc?.doc.getMap<unknown>(HIDDEN_ZONES_KEY) ?? null,
    attachEditor(editor) {
      const offRules = registerBoardSideEffects(editor, {
        author: readOnly ? null : { id: self.id, name: self.name },
        placements: worksheets.placements,
        cardCounts: () => sync.docs.board.getMap<unknown>(BOARD.cardCounts).toJSON(),
        now: () => facilitation.clock.now(),
      });
      const offLockRules = readOnly
        ? () => {}
        : canLock
          ? registerArrivalLock(editor, {
              areas: lockedAreas,
              newNotesPrivate: () => privateDoc !== null && privateMode.mode.get().on,
            })
          : registerLockRules(editor, {
              areas: lockedAreas,
              placements: worksheets.placements,
              notices: lockNotices,
            });
      const offHiddenAreas = readOnly ? () => {} : registerHiddenAreaRule(editor, sync.docs.board);
      // Photos are stored by the server and only facilitators add them (server/src/images): a
      // participant's dropped or pasted file would leave an image without its file, so files do
      // nothing for them but say why.
      if (self.role !== "facilitator")
        editor.registerExternalContentHandler("files", async () => photos.refuseFiles());
      if (readOnly) editor.updateInstanceState({ isReadonly: true });
      const offFacilitation = attachFacilitation(editor, {
        facilitation,
        presence,
        self,
        onSummoned: (summons) => summonsNotices.notify("moved", summons),
      });
      const offCamera = constrainCamera(editor, worksheets.placements);

      // tldraw also sends synthetic pointer moves (camera changes): publish only while the
      // pointer really is over the canvas, and nothing for viewers.
      let pointerInside = false;
      const onEvent = (info: { type: string; name: string }) => {
        if (readOnly || !pointerInside) return;
        if (info.type === "pointer" && info.name === "pointer_move") {
          presence.setCursor(editor.inputs.getCurrentPagePoint());
        }
      };
      editor.on("event", onEvent);
      const container = editor.getContainer();
      const onEnter = () => {
        pointerInside = true;
      };
      const onLeave = () => {
        pointerInside = false;
        presence.setCursor(null);
      };
      container.addEventListener("pointermove", onEnter);
      container.addEventListener("pointerleave", onLeave);
      window.wijkbordEditor = editor;

      return () => {
        offRules();
        offCamera();
        offFacilitation();
        offLockRules();
        offHiddenAreas();
        editor.off("event", onEvent);
        container.removeEventListener("pointermove", onEnter);
        container.removeEventListener("pointerleave", onLeave);
        if (window.wijkbordEditor === editor) window.wijkbordEditor = undefined;
      };
    },
    land(editor) {
      const joined = landOnBoard(editor, {
        placements: worksheets.placements.get(),
        summons: facilitation.summons.get(),
      });
      if (joined && joined.by !== self.id) summonsNotices.notify("joined", joined);
    },
    dispose() {
      photos.dispose();
      voting.dispose();
      stopRegistering();
      stopWatchingNaming();
      stopNaming();
      reactions.dispose();
      stopCursorChoice();
      facilitatorDoc?.destroy();
      facilitation.dispose();
      presence.dispose();
      worksheets.dispose();
      unbindStore();
      unbindPrivate();
      privateMode.dispose();
      privateDoc?.destroy();
      offRemoved();
      sync.destroy();
    },
  };
}
