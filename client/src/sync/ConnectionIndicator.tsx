import { useValue } from "tldraw";
import { useLocale } from "../app/LocaleProvider.tsx";
import type { MessageKey } from "../app/messages.ts";
import type { SessionSync } from "./createSessionSync.ts";

const LABELS: Record<string, MessageKey> = {
  online: "statusOnline",
  reconnecting: "statusReconnecting",
  offline: "statusOffline",
  "not-saving": "statusNotSaving",
  "server-busy": "statusServerBusy",
};

/**
 * A green dot for "Verbonden"; "Opnieuw verbinden…" / "Offline", or the server's reason ("Opslaan
 * lukt nu niet", "Server is vol"), from both connections and the browser's network.
 */
export function ConnectionIndicator({ sync }: { sync: SessionSync }) {
  const { t } = useLocale();
  const status = useValue("status", () => sync.status.get(), [sync]);
  const fatal = useValue("fatal", () => sync.fatal.get(), [sync]);
  const shown = fatal ? "offline" : status;
  const label = t(LABELS[shown] ?? "statusOffline");
  // Online it is the dot alone (the word stays for screen readers and as the tooltip): the bar's
  // room goes to the controls. Any other state says so in words.
  return (
    <output
      className={`wb-status wb-status--${shown}`}
      data-testid="connection-status"
      data-status={shown}
      title={label}
    >
      <span className="wb-status__dot" aria-hidden="true" />
      <span className="wb-status__text">{label}</span>
    </output>
  );
}
