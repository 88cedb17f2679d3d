import { exportFileName, type WorksheetPlacement } from "@wijkbord/shared";
import { useState } from "react";
import type { Editor, Signal } from "tldraw";
import { useLocale } from "../app/LocaleProvider.tsx";
import { useBusyInMenu } from "../facilitation/useBusyInMenu.ts";
import { usePopover } from "../facilitation/usePopover.ts";
import { HistoryDialog } from "../history/HistoryDialog.tsx";
import { HISTORY_MESSAGES } from "../history/historyMessages.ts";
import { sessionCredential } from "../roles/personalSecret.ts";
import {
  downloadExport,
  downloadPdfWithImages,
  type ExportFormat,
  saveBlob,
  TransferError,
} from "./downloadExport.ts";
import { EXPORT_MESSAGES } from "./exportMessages.ts";
import "../ui/spinner.css";
import "./export.css";

/** The server's formats, and the worksheet images that only a browser can draw. */
type MenuItem = ExportFormat | "images";

/** Drawing the canvas can fail (e.g. an image asset that will not load): then export without images. */
function noImages(err: unknown): null {
  console.warn("Wijkbord: worksheet images could not be drawn; exporting the PDF without them", err);
  return null;
}

/**
 * The facilitator's "Exporteren" menu in the top bar: PDF, Excel, CSV and the backup, fetched from
 * the API with the session's token, with a busy state and a readable error. Mount it for
 * facilitators only; the server refuses other roles anyway. With an `editor`, the PDF carries an
 * image of each worksheet drawn here; without one (or if drawing fails) it is the API's text-only PDF.
 * While an export runs, the menu around it ("Meer") shows it on its own toggle too, and the toggle
 * here keeps the focus (busy, it is `aria-disabled`, not `disabled`, which would drop the focus).
 */
export function ExportMenu({
  sessionId,
  title,
  editor,
  placements,
}: {
  sessionId: string;
  title: string;
  editor?: Editor | null;
  /** The agenda (control document), so the images zip numbers the worksheets in its order. */
  placements?: Signal<WorksheetPlacement[]>;
}) {
  const { locale } = useLocale();
  const m = EXPORT_MESSAGES[locale];
  const { open, setOpen, root, toggle } = usePopover<HTMLDivElement, HTMLButtonElement>();
  const [busy, setBusy] = useState<MenuItem | null>(null);
  const [progress, setProgress] = useState<string | null>(null);
  const [historyOpen, setHistoryOpen] = useState(false);
  const items: MenuItem[] = editor
    ? ["pdf", "xlsx", "csv", "images", "json"]
    : ["pdf", "xlsx", "csv", "json"];
  const [error, setError] = useState<string | null>(null);
  useBusyInMenu(busy ? m.running : null);

  const run = async (format: MenuItem) => {
    // The item goes away with the menu: focus back on the toggle, as Escape does.
    if (root.current?.contains(document.activeElement)) toggle.current?.focus();
    setOpen(false);
    setBusy(format);
    setError(null);
    try {
      if (format === "images") {
        if (!editor) return;
        // The zip code (fflate) and the drawing code load only when a facilitator exports.
        const { buildImagesZip } = await import("./buildImagesZip.ts");
        const agenda = (placements?.get() ?? []).map((p) => p.instanceId);
        const zip = await buildImagesZip(editor, agenda, (done, total) => setProgress(`${done}/${total}`));
        saveBlob(zip, exportFileName(`${title} ${m.imagesSuffix}`, new Date(), "zip"));
        return;
      }
      // With the personal secret, so a co-facilitator (participant token + secret) may export too.
      const token = sessionCredential(sessionId) ?? "";
      const images =
        format === "pdf" && editor
          ? await import("./renderWorksheetImages.ts")
              .then(({ renderWorksheetImages }) => renderWorksheetImages(editor))
              .catch(noImages)
          : null;
      if (images) await downloadPdfWithImages(sessionId, token, locale, images);
      else await downloadExport(sessionId, token, format, locale);
    } catch (err) {
      const detail = err instanceof TransferError && err.status === 0 ? m.network : (err as Error).message;
      setError(`${m.failed} ${detail}`);
    } finally {
      setBusy(null);
      setProgress(null);
    }
  };

  return (
    <div className="wb-export" ref={root}>
      <button
        type="button"
        className="wb-button utrecht-button utrecht-button--secondary-action"
        data-testid="export-menu"
        title={m.menuTitle}
        aria-haspopup="menu"
        ref={toggle}
        aria-expanded={open}
        aria-disabled={busy !== null || undefined}
        onClick={() => {
          if (busy === null) setOpen((o) => !o);
        }}
      >
        {busy ? (
          <span className="wb-export__busy" data-testid="export-busy" aria-live="polite">
            <span className="wb-spinner" aria-hidden="true" />
            {m.busy}
            {progress && ` ${progress}`}
          </span>
        ) : (
          `${m.menu} ▾`
        )}
      </button>
      {open && (
        <div className="wb-export__menu" role="menu">
          {items.map((f) => (
            <button
              key={f}
              type="button"
              role="menuitem"
              className="wb-export__item"
              data-testid={`export-${f}`}
              onClick={() => run(f)}
            >
              {m[f]}
            </button>
          ))}
          <button
            type="button"
            role="menuitem"
            className="wb-export__item wb-export__item--separated"
            data-testid="open-history"
            onClick={() => {
              setOpen(false);
              setHistoryOpen(true);
            }}
          >
            {HISTORY_MESSAGES[locale].open}
          </button>
        </div>
      )}
      {historyOpen && (
        <HistoryDialog
          sessionId={sessionId}
          token={sessionCredential(sessionId) ?? ""}
          onClose={() => setHistoryOpen(false)}
        />
      )}
      {error && (
        <div className="wb-export__error" role="alert" data-testid="export-error">
          {error}
          <button type="button" className="wb-export__dismiss" aria-label="×" onClick={() => setError(null)}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
