import type { Role } from "@wijkbord/shared";
import { hashesEqual } from "../auth/tokens.ts";
import type { RoomConnection } from "./RoomConnection.ts";

/** What a connection authenticated with (never the token or secret themselves). */
export interface ConnectionAccess {
  /** The role of the link token it presented. */
  tokenRole: Role;
  /** Hash of the participant's personal secret, or null. */
  memberHash: Uint8Array | null;
  /**
   * The participant id registered with that secret, or null while none is: a browser may open its
   * sockets before its `participants/me` answer, so the registration fills it in (`learnMember`).
   */
  memberId?: string | null;
}

/**
 * Every open WebSocket of a session with what it authenticated with, across its documents, so a
 * change of access (rotated link, promoted or removed person) can close exactly the sockets whose
 * rights changed. Rooms know their connections per document only, and not how they authenticated.
 */
export class SessionConnections {
  private readonly bySession = new Map<string, Map<RoomConnection, ConnectionAccess>>();
  /** Bumped on every access change; sessions without one are absent (a change is rare). */
  private readonly generations = new Map<string, number>();

  add(sessionId: string, conn: RoomConnection, access: ConnectionAccess): void {
    let conns = this.bySession.get(sessionId);
    if (!conns) {
      conns = new Map();
      this.bySession.set(sessionId, conns);
    }
    conns.set(conn, access);
  }

  remove(sessionId: string, conn: RoomConnection): void {
    const conns = this.bySession.get(sessionId);
    if (!conns?.delete(conn)) return;
    if (conns.size === 0) this.bySession.delete(sessionId);
  }

  /**
   * Changes with every access change of the session. An upgrade authenticated before a change
   * but opened after it compares this and reconnects, so it cannot slip past the change.
   */
  generation(sessionId: string): number {
    return this.generations.get(sessionId) ?? 0;
  }

  /** Closes the session's connections whose access matches; returns how many. */
  closeWhere(
    sessionId: string,
    matches: (access: ConnectionAccess) => boolean,
    code: number,
    reason: string,
  ): number {
    this.generations.set(sessionId, this.generation(sessionId) + 1);
    let closed = 0;
    for (const [conn, access] of this.bySession.get(sessionId) ?? []) {
      if (!matches(access)) continue;
      conn.close(code, reason);
      closed++;
    }
    return closed;
  }

  /** After `participants/me`: the open connections with this secret now speak for `participantId`. */
  learnMember(sessionId: string, memberHash: Uint8Array, participantId: string): void {
    for (const access of this.bySession.get(sessionId)?.values() ?? []) {
      if (access.memberHash !== null && hashesEqual(access.memberHash, memberHash))
        access.memberId = participantId;
    }
  }

  closeTokenRoles(sessionId: string, roles: readonly Role[], code: number, reason: string): number {
    return this.closeWhere(sessionId, (a) => roles.includes(a.tokenRole), code, reason);
  }

  closeMember(sessionId: string, memberHash: Uint8Array, code: number, reason: string): number {
    return this.closeWhere(
      sessionId,
      (a) => a.memberHash !== null && hashesEqual(a.memberHash, memberHash),
      code,
      reason,
    );
  }
}
