import type { AuditEntry } from "@wijkbord/shared";
import type { AuditMessages } from "./auditMessages.ts";

/** One line of the Logboek: what, with its content-free details, and who. */
export function auditEntryText(entry: AuditEntry, m: AuditMessages): { what: string; who: string } {
  const details = Object.entries(entry.detail)
    .filter(([key]) => key !== "session")
    .map(([key, value]) => `${key}: ${value}`);
  const what =
    details.length > 0 ? `${m.actions[entry.action]} (${details.join(", ")})` : m.actions[entry.action];
  const via = m.via[entry.actor.via];
  const who = [entry.actor.name, entry.actor.memberId && `#${entry.actor.memberId.slice(0, 8)}`, via]
    .filter(Boolean)
    .join(" · ");
  return { what, who };
}
