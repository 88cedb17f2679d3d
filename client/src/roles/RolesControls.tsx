import { CLOSE, REMOVED_CLOSE_REASON, type SessionInfo } from "@wijkbord/shared";
import { useMemo } from "react";
import { useValue } from "tldraw";
import type { Board } from "../board/openBoard.ts";
import type { PresenceUser } from "../sync/bindPresence.ts";
import { ParticipantsPanel } from "./ParticipantsPanel.tsx";
import { loadPersonalSecret, sessionCredential } from "./personalSecret.ts";
import { RemovedPage } from "./RemovedPage.tsx";
import { rolesApi } from "./rolesApi.ts";
import { usePromotion } from "./usePromotion.ts";
import "./roles.css";

/**
 * Roles on an open board: the facilitator's "Deelnemers en links" panel; for a participant, the
 * registration of its personal secret and the reload once made co-facilitator; for a removed
 * participant, the page that says so.
 */
export function RolesControls({
  session,
  board,
  self,
}: {
  session: SessionInfo;
  board: Board;
  self: PresenceUser;
}) {
  const credential = useMemo(() => sessionCredential(session.id), [session.id]);
  const secret = useMemo(() => loadPersonalSecret(session.id), [session.id]);
  const fatal = useValue("fatal", () => board.sync.fatal.get(), [board]);
  const control = board.sync.docs.control;
  const api = useMemo(() => (credential ? rolesApi(session.id, credential) : null), [session.id, credential]);
  usePromotion({
    session,
    control,
    selfId: self.id,
    credential,
    secret,
    enabled: self.role === "participant",
  });

  if (fatal?.code === CLOSE.forbidden && fatal.reason === REMOVED_CLOSE_REASON)
    return <RemovedPage overlay />;
  if (!session.links || !api) return null;
  return (
    <ParticipantsPanel session={session} links={session.links} control={control} selfId={self.id} api={api} />
  );
}
