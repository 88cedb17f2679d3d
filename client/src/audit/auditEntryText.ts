import type { AuditEntry } from "@wijkbord/shared";
import type { AuditMessages } from "./auditMessages.ts";

/** One line of the Logboek: what, with its content-free details, and who. */
export function auditEntryText(entry: AuditEntry, m: AuditMessages): { what: string; who: string } {
  const details = Object.entries(entry.detail)
    .filter(([key]) => key !== "session")
    .map(([key, value]) => `${m.detailKeys[key] ?? key}: ${words(String(value), m)}`);
  const what =
    details.length > 0 ? `${m.actions[entry.action]} (${details.join(", ")})` : m.actions[entry.action];
  const via = m.via[entry.actor.via];
  const who = [entry.actor.name, entry.actor.memberId && `#${entry.actor.memberId.slice(0, 8)}`, via]
    .filter(Boolean)
    .join(" · ");
  return { what, who };
}

/** A stored value in the page's language: each comma-separated word that is a known one. */
function words(value: string, m: AuditMessages): string {
  return value
    .split(",")
    .map((word) => m.detailValues[word] ?? word)
    .join(", ");
}
