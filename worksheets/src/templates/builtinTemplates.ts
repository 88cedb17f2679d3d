import { BUILTIN_TEMPLATE_PREFIX } from "@wijkbord/shared";

/** A built-in template as data: the guide's typical sequence of worksheets for one werksessie. */
export interface BuiltinTemplate {
  /** Stable: starts with `builtin-` and is stored in audit entries. */
  id: string;
  name: { nl: string; en: string };
  description: { nl: string; en: string };
  /** The session title it suggests. */
  title: { nl: string; en: string };
  /** Worksheet ids in agenda order; a repeated id is a second copy (`speelruimte-2`). */
  worksheets: readonly string[];
}

/**
 * The guide's sequences (design/worksheets.md, the "Wie / Wanneer" of each worksheet): the aanloop
 * (Wijkkompas phase 0), the participation start (stappen 1–3, speelruimte twice: professionele
 * stakeholders and bewoners) and the three steps of Koppelkansen kiezen.
 */
export const BUILTIN_TEMPLATES: readonly BuiltinTemplate[] = [
  {
    id: `${BUILTIN_TEMPLATE_PREFIX}aanloop`,
    name: { nl: "De aanloop", en: "The run-up" },
    description: {
      nl: "Waar staan we in het Wijkkompas, wat wil en kan de gemeente in deze wijk, en welke kaders gelden.",
      en: "Where we are in the Wijkkompas, what the municipality wants and can do here, and which frameworks apply.",
    },
    title: { nl: "Aanloop", en: "Run-up" },
    worksheets: ["wijkkompas", "startpunt-bepalen", "kaders-check"],
  },
  {
    id: `${BUILTIN_TEMPLATE_PREFIX}participatie-start`,
    name: { nl: "Start van de participatie", en: "Starting participation" },
    description: {
      nl: "Stap 1 tot en met 3: startpunt bepalen, stakeholders verkennen, en de speelruimte twee keer: voor professionele stakeholders en voor bewoners.",
      en: "Steps 1 to 3: the starting point, the stakeholders, and the room to manoeuvre twice: for professional stakeholders and for residents.",
    },
    title: { nl: "Start participatie", en: "Starting participation" },
    worksheets: ["startpunt-bepalen", "stakeholders-verkennen", "speelruimte", "speelruimte"],
  },
  {
    id: `${BUILTIN_TEMPLATE_PREFIX}koppelkansen-kiezen`,
    name: { nl: "Koppelkansen kiezen", en: "Choosing linked opportunities" },
    description: {
      nl: "De drie stappen: opgaven, koppelkansen en succesfactoren in kaart, scoren, en prioriteren.",
      en: "The three steps: map the tasks, opportunities and success factors, score them, and prioritise.",
    },
    title: { nl: "Koppelkansen kiezen", en: "Choosing linked opportunities" },
    worksheets: ["koppelkansen-in-kaart", "koppelkansen-scoren", "koppelkansen-prioriteren"],
  },
];
