import type { WorksheetDefinition } from "@wijkbord/shared";
import { CATALOGUE, localize, WIJKKOMPAS_STAGES, WORKSHEET_SUMMARIES } from "@wijkbord/worksheets";
import { useLocale } from "./LocaleProvider.tsx";
import type { Locale } from "./messages.ts";
import "./home.css";

/** Who, when, how long and the Wijkkompas phase, from the definition (the guide's own words). */
function Facts({ def, locale }: { def: WorksheetDefinition; locale: Locale }) {
  const { t } = useLocale();
  // Phase 0 is the aanloop, before the Wijkkompas's numbered phases: it has a name, no number.
  const phase = WIJKKOMPAS_STAGES.find((p) => p.number === def.wijkkompas.phase);
  return (
    <dl className="wb-worksheets__facts">
      <div>
        <dt>{t("who")}:</dt>
        <dd>{localize(def.who, locale)}</dd>
      </div>
      <div>
        <dt>{t("when")}:</dt>
        <dd>{localize(def.when, locale)}</dd>
      </div>
      <div>
        <dt>{t("time")}:</dt>
        <dd>{localize(def.time, locale)}</dd>
      </div>
      <div>
        <dt>
          {def.wijkkompas.phase === 0
            ? t("phaseRunUp")
            : t("phase").replace("{n}", String(def.wijkkompas.phase))}
          :
        </dt>
        <dd>{phase ? localize(phase.title, locale) : ""}</dd>
      </div>
    </dl>
  );
}

/**
 * The home page's choice of worksheets: every catalogue worksheet with a one-line summary and its
 * facts, "Alles selecteren" / "Niets selecteren" and how many are chosen. The agenda follows the
 * catalogue's order, whatever order they were ticked in.
 */
export function WorksheetChooser({
  chosen,
  onChange,
}: {
  chosen: readonly string[];
  onChange(next: string[]): void;
}) {
  const { t, locale } = useLocale();
  const all = CATALOGUE.map((w) => w.id);
  return (
    <fieldset
      className="wb-worksheets utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset"
      aria-describedby="wb-worksheets-count"
    >
      <legend className="wb-label utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {t("fieldWorksheets")}
      </legend>
      <div className="wb-worksheets__bulk">
        <button
          type="button"
          className="wb-button utrecht-button utrecht-button--secondary-action"
          data-testid="create-select-all"
          disabled={chosen.length === all.length}
          onClick={() => onChange(all)}
        >
          {t("selectAll")}
        </button>
        <button
          type="button"
          className="wb-button utrecht-button utrecht-button--secondary-action"
          data-testid="create-select-none"
          disabled={chosen.length === 0}
          onClick={() => onChange([])}
        >
          {t("selectNone")}
        </button>
        <span
          id="wb-worksheets-count"
          className="wb-worksheets__count"
          data-testid="create-chosen-count"
          aria-live="polite"
        >
          {t("chosenCount").replace("{n}", String(chosen.length)).replace("{total}", String(all.length))}
        </span>
      </div>
      {CATALOGUE.map((w) => {
        const summary = WORKSHEET_SUMMARIES[w.id];
        return (
          <label key={w.id} className="wb-worksheets__option">
            <input
              type="checkbox"
              className="utrecht-checkbox utrecht-checkbox--html-input"
              data-testid={`create-worksheet-${w.id}`}
              value={w.id}
              checked={chosen.includes(w.id)}
              aria-describedby={`wb-worksheet-about-${w.id}`}
              onChange={(e) =>
                onChange(e.target.checked ? [...chosen, w.id] : chosen.filter((id) => id !== w.id))
              }
            />
            <span>
              <span className="wb-worksheets__title">{localize(w.title, locale)}</span>
              <span className="wb-worksheets__chapter">{localize(w.chapter, locale)}</span>
              <span id={`wb-worksheet-about-${w.id}`} className="wb-worksheets__about">
                {summary && <span className="wb-worksheets__summary">{localize(summary, locale)}</span>}
                <Facts def={w} locale={locale} />
              </span>
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
