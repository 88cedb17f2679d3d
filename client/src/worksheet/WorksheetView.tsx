import {
  type Card,
  type LocalizedText,
  labelledTitle,
  type Rect,
  tableLabelKey,
  type WorksheetDefinition,
  type Zone,
} from "@wijkbord/shared";
import { CONCLUSION_PROMPT, cardRect, isShown, localizeForWijk } from "@wijkbord/worksheets";
import type { CSSProperties } from "react";
import { MESSAGES } from "../app/messages.ts";
import { useSessionContext } from "../app/SessionContext.tsx";
import { OwnQuestionTitle } from "../facilitatorEdits/OwnQuestionTitle.tsx";
import { ownQuestionKey } from "../facilitatorEdits/ownQuestion.ts";
import { AddCardButton } from "../speelruimte/AddCardButton.tsx";
import { useShownCards } from "../speelruimte/useShownCards.ts";
import { useYMapValue } from "../sync/useYMapValue.ts";
import { WorksheetWidget } from "../widgets/WorksheetWidget.tsx";
import { FieldInput } from "./FieldInput.tsx";
import { headingWidth, titleFit } from "./titleFit.ts";

const box = (r: Rect): CSSProperties => ({ left: r.x, top: r.y, width: r.w, height: r.h });

/** Sections take turns in these tints; zones carry their section's accent. */
const SECTION_TINTS = ["#e3eefb", "#fbe9dc", "#e4f3e6", "#efe6f7"];
const SECTION_ACCENTS = ["#1d5fa8", "#b4541a", "#2b7a3d", "#6b3fa0"];

interface WorksheetViewProps {
  definition: WorksheetDefinition;
  instanceId: string;
}

/**
 * A worksheet drawn from its definition, in canvas units: title band, sections, zones with their
 * prompts, reference cards (the instructions card also shows Wie / Wanneer / Tijd) and the
 * conclusion fields. Everything but the fields and the widgets (structured tools bound to the
 * board document, e.g. the koppelkansen tables) is static text.
 */
export function WorksheetView({ definition: def, instanceId }: WorksheetViewProps) {
  const { locale, wijk, texts } = useSessionContext();
  const m = MESSAGES[locale];
  const text = (t: LocalizedText) => localizeForWijk(t, locale, wijk);
  const sectionIndex = new Map(def.sections.map((s, i) => [s.id, i]));
  const accent = (zone: Zone) => SECTION_ACCENTS[(sectionIndex.get(zone.section ?? "") ?? 0) % 4];
  const hasInstructionsCard = def.cards.some((c) => c.kind === "instructions");
  // Addable cards (speelruimte's stakeholders) the session has not added yet are not drawn.
  const cards = useShownCards(def, instanceId);
  const nextCard = cards.canAdd ? cardRect(def, cards.shown + 1) : null;
  // A long title steps down a size (two lines at the smallest) so the band still holds it.
  const headingMax = headingWidth(def.size.w, def.subtitle !== undefined);
  const tableLabel = useYMapValue(texts, tableLabelKey(instanceId));
  const fullTitle = labelledTitle(text(def.title), instanceId, { get: () => tableLabel });
  const title = titleFit(fullTitle, headingMax);

  return (
    <div
      className="wb-sheet"
      style={{ width: def.size.w, height: def.size.h }}
      lang={locale}
      data-worksheet={instanceId}
    >
      <header className="wb-sheet__header">
        <div className="wb-sheet__heading" style={{ maxWidth: headingMax }}>
          <div className="wb-sheet__chapter">{text(def.chapter)}</div>
          <h2 className="wb-sheet__title" style={{ fontSize: title.px }}>
            {fullTitle}
          </h2>
        </div>
        {def.subtitle && <p className="wb-sheet__subtitle">{text(def.subtitle)}</p>}
        {!hasInstructionsCard && (
          <div className="wb-sheet__meta">
            <WhoWhenTime def={def} text={text} m={m} />
          </div>
        )}
      </header>

      {def.sections.map((section, i) => (
        <section
          key={section.id}
          className="wb-section"
          style={{ ...box(section.rect), background: SECTION_TINTS[i % 4], color: SECTION_ACCENTS[i % 4] }}
        >
          <span className="wb-section__title">{text(section.title)}</span>
          {section.subtitle && <span className="wb-section__subtitle">{text(section.subtitle)}</span>}
        </section>
      ))}

      {def.zones
        .filter((zone) => isShown(zone, cards.shown))
        .map((zone) => (
          <ZoneView key={zone.id} zone={zone} instanceId={instanceId} accent={accent(zone)} text={text} />
        ))}

      {def.cards.map((card) => (
        <CardView key={card.id} card={card} def={def} text={text} m={m} />
      ))}

      {def.fields
        .filter((field) => isShown(field, cards.shown))
        .map((field) => {
          const labelId = `wb-field-${instanceId}-${field.id}`;
          return (
            <div key={field.id} className={`wb-field wb-field--${field.kind}`} style={box(field.rect)}>
              <div className="wb-field__label" id={labelId}>
                {field.kind === "conclusion" && (
                  <span className="wb-field__prompt">{text(CONCLUSION_PROMPT)} </span>
                )}
                {text(field.label)}
              </div>
              <FieldInput
                field={field}
                instanceId={instanceId}
                labelId={labelId}
                placeholder={m.fieldPlaceholder}
              />
            </div>
          );
        })}

      {nextCard && (
        <AddCardButton
          rect={nextCard}
          instanceId={instanceId}
          max={cards.max}
          locale={locale}
          onAdd={cards.add}
        />
      )}

      {def.widgets?.map((widget) => (
        <WorksheetWidget key={widget.id} widget={widget} instanceId={instanceId} text={text} />
      ))}
    </div>
  );
}

type TextFn = (t: LocalizedText) => string;
type M = (typeof MESSAGES)["nl"];

function WhoWhenTime({ def, text, m }: { def: WorksheetDefinition; text: TextFn; m: M }) {
  return (
    <dl className="wb-www">
      <dt>{m.who}</dt>
      <dd>{text(def.who)}</dd>
      <dt>{m.when}</dt>
      <dd>{text(def.when)}</dd>
      <dt>{m.time}</dt>
      <dd>{text(def.time)}</dd>
    </dl>
  );
}

function ZoneView({
  zone,
  instanceId,
  accent,
  text,
}: {
  zone: Zone;
  instanceId: string;
  accent: string | undefined;
  text: TextFn;
}) {
  return (
    <div
      className="wb-zone"
      data-zone={zone.id}
      style={{ ...box(zone.rect), borderColor: accent, ["--wb-accent" as string]: accent }}
    >
      <div className="wb-zone__title">
        {zone.label && <span className="wb-zone__label">{zone.label}</span>}
        {zone.labelOnly ? (
          // The row's header names it; screen readers still get the whole title.
          <span className="wb-sr-only">{text(zone.title)}</span>
        ) : zone.facilitatorEditableTitle ? (
          <OwnQuestionTitle textKey={ownQuestionKey(instanceId, zone.id)} guideText={text(zone.title)} />
        ) : (
          text(zone.title)
        )}
      </div>
      {zone.hint && <div className="wb-zone__hint">{text(zone.hint)}</div>}
    </div>
  );
}

function CardView({ card, def, text, m }: { card: Card; def: WorksheetDefinition; text: TextFn; m: M }) {
  return (
    <aside className={`wb-card wb-card--${card.kind}`} style={box(card.rect)}>
      <h3 className="wb-card__title">{text(card.title)}</h3>
      {card.kind === "instructions" && <WhoWhenTime def={def} text={text} m={m} />}
      <ul className="wb-card__body">
        {card.body.map((line) => {
          // "Rol — uitleg": the part before the dash is the role's name.
          const [head, ...rest] = text(line).split(" — ");
          return (
            <li key={line.nl}>
              {rest.length > 0 ? (
                <>
                  <strong>{head}</strong> — {rest.join(" — ")}
                </>
              ) : (
                head
              )}
            </li>
          );
        })}
      </ul>
    </aside>
  );
}
