/** The languages of Wijkbord's own UI; Dutch first. tldraw's menus follow via its `locale` prop. */
export type Locale = "nl" | "en";

export const LOCALES: readonly Locale[] = ["nl", "en"];

const nl = {
  appName: "Wijkbord",
  languageToggle: "Taal / language",
  // Home page
  homeTitle: "Nieuwe werksessie",
  homeIntro:
    "Maak een werksessie voor je wijkaanpak. Je krijgt drie links: voor de facilitator, voor deelnemers en om mee te kijken.",
  fieldTitle: "Titel van de sessie",
  fieldWijk: "Naam van de wijk",
  fieldWorksheets: "Werkbladen",
  createSubmit: "Werksessie maken",
  creating: "Bezig met maken…",
  createdTitle: "Werksessie gemaakt",
  createdIntro: "Bewaar de facilitatorlink voor jezelf. Deel de deelnemerslink met de groep.",
  linkFacilitator: "Facilitator",
  linkParticipant: "Deelnemers",
  linkViewer: "Meekijken",
  copy: "Kopiëren",
  copied: "Gekopieerd",
  openFacilitator: "Open als facilitator",
  newSession: "Nog een sessie maken",
  errorUnknown: "Er ging iets mis. Probeer het opnieuw.",
  errorNetwork: "De server is niet bereikbaar.",
  chooseWorksheet: "Kies minstens één werkblad.",
  selectAll: "Alles selecteren",
  selectNone: "Niets selecteren",
  chosenCount: "{n} van {total} gekozen",
  phase: "Wijkkompas fase {n}",
  phaseRunUp: "Wijkkompas",
  // Session page
  loadingSession: "Sessie laden…",
  invalidLinkTitle: "Deze link is niet (meer) geldig",
  invalidLinkBody:
    "Vraag de facilitator om een nieuwe link. Controleer ook of je de hele link hebt gekopieerd, inclusief het deel na het #-teken.",
  backHome: "Naar de startpagina",
  joinTitle: "Doe mee",
  joinIntro: "Met welke naam wil je zichtbaar zijn voor de anderen?",
  joinName: "Je naam",
  joinSubmit: "Meedoen",
  connecting: "Verbinden…",
  // Roles
  roleFacilitator: "facilitator",
  roleParticipant: "deelnemer",
  roleViewer: "kijker",
  you: "jij",
  present: "Aanwezig",
  presenceShow: "Laat zien wie er zijn",
  presenceHide: "Verberg wie er zijn",
  topMenu: "Menu",
  topMenuTitle: "Stemmen, agenda, volgen, hand en reacties, tekstoverzicht en taal",
  styleOpen: "Stijl",
  styleOpenTitle: "Kleur, vulling en grootte van wat je nu maakt (verschijnt ook als je iets selecteert)",
  styleClose: "Stijl verbergen",
  // Connection
  statusOnline: "Verbonden",
  statusReconnecting: "Opnieuw verbinden…",
  statusOffline: "Offline",
  statusNotSaving:
    "Opslaan lukt nu niet – je wijzigingen blijven in deze browser en gaan mee zodra het weer kan",
  statusServerBusy: "De server is vol – opnieuw proberen…",
  fatalTitle: "Verbinding gestopt",
  fatal4401: "Je link is niet (meer) geldig. Vraag de facilitator om een nieuwe link.",
  fatal4403: "Je hebt met deze link geen toegang tot dit deel van de sessie.",
  fatal4404: "Deze werksessie bestaat niet (meer).",
  fatal4410: "Deze werksessie is verwijderd. Er is niets meer van bewaard.",
  fatalOther: "De server heeft de verbinding gesloten.",
  // Worksheet
  who: "Wie",
  when: "Wanneer",
  time: "Tijd",
  instructions: "Instructies",
  fieldPlaceholder: "Typ hier…",
  unknownWorksheet: "Onbekend werkblad",
  addNote: "Notitie",
  addNoteTitle: "Plak een notitie: kies dit en klik op het werkblad",
  noteAuthor: "Geschreven door",
  // Organisers: sign-in and "Mijn werksessies" (client/src/dashboard)
  signInButton: "Inloggen met organisatieaccount",
  signInIntro: "Organisatoren loggen in om hun werksessies en die van hun team terug te vinden.",
  signInRequiredNote: "Op deze server maak je een werksessie pas als je bent ingelogd.",
  signedInAs: "Ingelogd als {name}",
  signOut: "Uitloggen",
  mySessionsTitle: "Mijn werksessies",
  mySessionsEmpty: "Nog geen werksessies.",
  mySessionsNoMatch: "Geen werksessies gevonden.",
  mySessionsSearch: "Zoeken op titel of wijk",
  mySessionsSort: "Sorteren",
  sortCreated: "Nieuwste eerst",
  sortActivity: "Laatst actief",
  sortTitle: "Titel (A–Z)",
  sortDeletion: "Eerst verwijderd",
  showArchived: "Ook gearchiveerde tonen",
  colTitle: "Titel",
  colWijk: "Wijk",
  colCreated: "Gemaakt",
  colActivity: "Laatst actief",
  colParticipants: "Deelnemers",
  colNotes: "Notities",
  colDeletesAt: "Wordt verwijderd op",
  colActions: "Acties",
  notesUnknown: "onbekend",
  keptUntilDeleted: "bewaard tot verwijderen",
  ownerTeam: "team {team}",
  archivedBadge: "gearchiveerd",
  actionOpen: "Openen als facilitator",
  actionExport: "Verslag (PDF)",
  actionDuplicate: "Dupliceren (leeg)",
  actionArchive: "Archiveren",
  actionUnarchive: "Terugzetten uit archief",
  actionDelete: "Verwijderen",
  actionForget: "Vergeten in deze browser",
  confirmDelete: "Werksessie “{title}” en alles erin definitief verwijderen?",
  duplicated: "Kopie gemaakt: “{title}”.",
  browserSessionsTitle: "Werksessies gemaakt in deze browser",
  browserSessionsIntro: "Deze browser onthoudt de facilitatorlinks van werksessies die je hier maakte.",
  listTruncated: "Alleen de nieuwste {count} staan in de lijst.",
} as const;

export type MessageKey = keyof typeof nl;
export type Messages = Record<MessageKey, string>;

const en: Messages = {
  appName: "Wijkbord",
  languageToggle: "Language / taal",
  homeTitle: "New workshop session",
  homeIntro:
    "Create a workshop session for your neighbourhood approach. You get three links: for the facilitator, for participants and for viewers.",
  fieldTitle: "Session title",
  fieldWijk: "Name of the neighbourhood (wijk)",
  fieldWorksheets: "Worksheets",
  createSubmit: "Create session",
  creating: "Creating…",
  createdTitle: "Session created",
  createdIntro: "Keep the facilitator link to yourself. Share the participant link with the group.",
  linkFacilitator: "Facilitator",
  linkParticipant: "Participants",
  linkViewer: "Viewers",
  copy: "Copy",
  copied: "Copied",
  openFacilitator: "Open as facilitator",
  newSession: "Create another session",
  errorUnknown: "Something went wrong. Please try again.",
  errorNetwork: "The server cannot be reached.",
  chooseWorksheet: "Choose at least one worksheet.",
  selectAll: "Select all",
  selectNone: "Select none",
  chosenCount: "{n} of {total} chosen",
  phase: "Wijkkompas phase {n}",
  phaseRunUp: "Wijkkompas",
  loadingSession: "Loading session…",
  invalidLinkTitle: "This link is not valid (anymore)",
  invalidLinkBody:
    "Ask the facilitator for a new link. Also check that you copied the whole link, including the part after the # sign.",
  backHome: "To the home page",
  joinTitle: "Join",
  joinIntro: "Which name should the others see?",
  joinName: "Your name",
  joinSubmit: "Join",
  connecting: "Connecting…",
  roleFacilitator: "facilitator",
  roleParticipant: "participant",
  roleViewer: "viewer",
  you: "you",
  present: "Present",
  presenceShow: "Show who is here",
  presenceHide: "Hide who is here",
  topMenu: "Menu",
  topMenuTitle: "Voting, agenda, following, hand and reactions, text outline and language",
  styleOpen: "Style",
  styleOpenTitle: "Colour, fill and size of what you make next (also shown when you select something)",
  styleClose: "Hide style",
  statusOnline: "Connected",
  statusReconnecting: "Reconnecting…",
  statusOffline: "Offline",
  statusNotSaving:
    "The server cannot save right now – your changes stay in this browser and go along once it can",
  statusServerBusy: "The server is full – retrying…",
  fatalTitle: "Connection stopped",
  fatal4401: "Your link is not valid (anymore). Ask the facilitator for a new link.",
  fatal4403: "This link gives no access to this part of the session.",
  fatal4404: "This workshop session does not exist (anymore).",
  fatal4410: "This workshop session was deleted. Nothing of it is kept.",
  fatalOther: "The server closed the connection.",
  who: "Who",
  when: "When",
  time: "Time",
  instructions: "Instructions",
  fieldPlaceholder: "Type here…",
  unknownWorksheet: "Unknown worksheet",
  addNote: "Note",
  addNoteTitle: "Add a sticky note: choose this, then click on the worksheet",
  noteAuthor: "Written by",
  // Organisers: sign-in and "Mijn werksessies" (client/src/dashboard)
  signInButton: "Sign in with your organisation account",
  signInIntro: "Organisers sign in to find their own and their team's sessions.",
  signInRequiredNote: "On this server you need to sign in to create a session.",
  signedInAs: "Signed in as {name}",
  signOut: "Sign out",
  mySessionsTitle: "My sessions",
  mySessionsEmpty: "No sessions yet.",
  mySessionsNoMatch: "No sessions found.",
  mySessionsSearch: "Search by title or neighbourhood",
  mySessionsSort: "Sort",
  sortCreated: "Newest first",
  sortActivity: "Last active",
  sortTitle: "Title (A–Z)",
  sortDeletion: "Deleted first",
  showArchived: "Show archived too",
  colTitle: "Title",
  colWijk: "Neighbourhood",
  colCreated: "Created",
  colActivity: "Last active",
  colParticipants: "Participants",
  colNotes: "Notes",
  colDeletesAt: "Deleted on",
  colActions: "Actions",
  notesUnknown: "unknown",
  keptUntilDeleted: "kept until deleted",
  ownerTeam: "team {team}",
  archivedBadge: "archived",
  actionOpen: "Open as facilitator",
  actionExport: "Report (PDF)",
  actionDuplicate: "Duplicate (empty)",
  actionArchive: "Archive",
  actionUnarchive: "Restore from archive",
  actionDelete: "Delete",
  actionForget: "Forget in this browser",
  confirmDelete: "Delete session “{title}” and everything in it for good?",
  duplicated: "Copy made: “{title}”.",
  browserSessionsTitle: "Sessions created in this browser",
  browserSessionsIntro: "This browser remembers the facilitator links of the sessions you created here.",
  listTruncated: "Only the newest {count} are listed.",
};

export const MESSAGES: Record<Locale, Messages> = { nl, en };

const LOCALE_KEY = "wijkbord:locale";

export function isLocale(value: unknown): value is Locale {
  return value === "nl" || value === "en";
}

/** The stored UI language, Dutch when nothing (valid) is stored. */
export function loadLocale(storage: Pick<Storage, "getItem"> | undefined = globalThis.localStorage): Locale {
  try {
    const stored = storage?.getItem(LOCALE_KEY);
    return isLocale(stored) ? stored : "nl";
  } catch {
    return "nl";
  }
}

export function saveLocale(
  locale: Locale,
  storage: Pick<Storage, "setItem"> | undefined = globalThis.localStorage,
) {
  try {
    storage?.setItem(LOCALE_KEY, locale);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}
