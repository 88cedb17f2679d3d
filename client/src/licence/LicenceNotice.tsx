import type { LicenceStatus } from "@wijkbord/shared";
import { useState } from "react";
import { useLocale } from "../app/LocaleProvider.tsx";
import { LICENCE_MESSAGES } from "./licenceMessages.ts";
import { licenceNotice } from "./licenceNotice.ts";
import "./licence.css";

/**
 * For facilitators, before a session starts: what tldraw's licence will do to the board. Shown
 * until closed, on every page load, so it cannot be missed; nothing when all is well.
 */
export function LicenceNotice({
  licence,
  floating = false,
}: {
  licence: LicenceStatus;
  /** Over the board (fixed, near the bottom) rather than in the page's flow. */
  floating?: boolean;
}) {
  const { locale } = useLocale();
  const [closed, setClosed] = useState(false);
  const text = licenceNotice(licence, new Date(), locale);
  if (!text || closed) return null;
  return (
    <div
      className={`wb-licence-notice${floating ? " wb-licence-notice--floating" : ""}`}
      role="alert"
      data-testid="licence-notice"
      data-state={licence.state}
    >
      <p>
        <strong>{text.problem}</strong> {text.consequence}
      </p>
      <button
        type="button"
        className="wb-button utrecht-button utrecht-button--subtle wb-button--quiet"
        onClick={() => setClosed(true)}
      >
        {LICENCE_MESSAGES[locale].dismiss}
      </button>
    </div>
  );
}
