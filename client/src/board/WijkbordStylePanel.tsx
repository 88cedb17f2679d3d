import { useState } from "react";
import { DefaultStylePanel, type TLUiStylePanelProps, useEditor, useValue } from "tldraw";
import { useLocale } from "../app/LocaleProvider.tsx";

/**
 * tldraw's style panel (colour, fill, size), shown only when asked for ("Stijl") or while something
 * is selected, instead of always: open, it covers the top right of every worksheet. On a phone
 * tldraw already puts it behind a toolbar button (`isMobile`), which stays as it is.
 */
export function WijkbordStylePanel(props: TLUiStylePanelProps) {
  const editor = useEditor();
  const { t } = useLocale();
  const [open, setOpen] = useState(false);
  const selecting = useValue(
    "selection for styles",
    () => editor.isIn("select") && editor.getSelectedShapeIds().length > 0,
    [editor],
  );
  if (props.isMobile || selecting) return <DefaultStylePanel {...props} />;
  return (
    <div className="wb-style">
      <button
        type="button"
        className="wb-style__toggle"
        data-testid="style-toggle"
        aria-expanded={open}
        title={open ? t("styleClose") : t("styleOpenTitle")}
        onClick={() => setOpen(!open)}
      >
        {t("styleOpen")} {open ? "▴" : "▾"}
      </button>
      {open && <DefaultStylePanel {...props} />}
    </div>
  );
}
