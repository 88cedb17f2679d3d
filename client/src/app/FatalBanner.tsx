import { CLOSE } from "@wijkbord/shared";
import type { FatalClose } from "../sync/createSessionSync.ts";
import { useLocale } from "./LocaleProvider.tsx";
import type { MessageKey } from "./messages.ts";

const REASONS: Record<number, MessageKey> = {
  [CLOSE.unauthorized]: "fatal4401",
  [CLOSE.forbidden]: "fatal4403",
  [CLOSE.notFound]: "fatal4404",
  [CLOSE.deleted]: "fatal4410",
};

/** Why the connection stopped for good (the board stays readable, nothing syncs any more). */
export function FatalBanner({ fatal }: { fatal: FatalClose }) {
  const { t } = useLocale();
  return (
    <div className="wb-fatal" role="alert" data-testid="connection-fatal" data-code={fatal.code}>
      <strong>{t("fatalTitle")}.</strong> {t(REASONS[fatal.code] ?? "fatalOther")}
    </div>
  );
}
