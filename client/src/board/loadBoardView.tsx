import type { ComponentType } from "react";
import { useLocale } from "../app/LocaleProvider.tsx";
import { markLoad } from "../ui/markLoad.ts";
import type { BoardViewProps } from "./BoardView.tsx";

let pending: Promise<{ default: ComponentType<BoardViewProps> }> | null = null;

/**
 * The BoardView module, fetched once: called early to prefetch (while the join form shows) and by
 * React.lazy to render. A chunk that fails to download (a phone losing its signal) renders the
 * network error instead of taking the page down; the next call, e.g. after a reload, tries again.
 */
export function loadBoardView(): Promise<{ default: ComponentType<BoardViewProps> }> {
  pending ??= import("./BoardView.tsx").then(
    (m) => {
      markLoad("board-code");
      return { default: m.BoardView };
    },
    () => {
      pending = null;
      return { default: BoardLoadFailed };
    },
  );
  return pending;
}

function BoardLoadFailed() {
  const { t } = useLocale();
  return (
    <div className="wb-center">
      <p role="alert">{t("errorNetwork")}</p>
    </div>
  );
}
