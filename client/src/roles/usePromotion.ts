import { CONTROL, type SessionInfo } from "@wijkbord/shared";
import { useEffect } from "react";
import type * as Y from "yjs";
import { fetchSession } from "../app/apiClient.ts";
import { rolesApi } from "./rolesApi.ts";

/**
 * For a participant: registers this browser's personal secret with the server (so the facilitator
 * can promote or remove it), then waits for the control document's `members` map to name it
 * co-facilitator. The map is only a hint: the page reloads (and opens the board as facilitator)
 * once the server itself answers with the facilitator role.
 */
export function usePromotion(opts: {
  session: SessionInfo;
  control: Y.Doc;
  selfId: string;
  credential: string | null;
  secret: string;
  enabled: boolean;
}) {
  const { session, control, selfId, credential, secret, enabled } = opts;
  useEffect(() => {
    if (!enabled || !credential) return;
    rolesApi(session.id, credential)
      .registerMe(selfId, secret)
      .catch(() => {
        // Offline or refused: the facilitator then cannot promote this browser; nothing to show.
      });
    const members = control.getMap<string>(CONTROL.members);
    let checking = false;
    const check = () => {
      if (checking || members.get(selfId) !== "facilitator") return;
      checking = true;
      fetchSession(session.id, credential)
        .then((info) => {
          if (info.role === "facilitator") location.reload();
        })
        .catch(() => {})
        .finally(() => {
          checking = false;
        });
    };
    check();
    members.observe(check);
    return () => members.unobserve(check);
  }, [session.id, control, selfId, credential, secret, enabled]);
}
