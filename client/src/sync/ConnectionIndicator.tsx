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
 * "Verbonden" / "Opnieuw verbinden…" / "Offline", or the server's reason ("Opslaan lukt nu niet",
 * "Server is vol"), from both connections and the browser's network.
 */
export function ConnectionIndicator({ sync }: { sync: SessionSync }) {
  const { t } = useLocale();
  const status = useValue("status", () => sync.status.get(), [sync]);
  const fatal = useValue("fatal", () => sync.fatal.get(), [sync]);
  const shown = fatal ? "offline" : status;
  return (
    <output className={`wb-status wb-status--${shown}`} data-testid="connection-status" data-status={shown}>
      <span className="wb-status__dot" aria-hidden="true" />
      {t(LABELS[shown] ?? "statusOffline")}
    </output>
  );
}
