import { type Lang, localize, type StarterEntry } from "@wijkbord/worksheets";

/**
 * The name to show for an entry: a starter-list entry still carrying its list name is shown in the
 * UI language; anything the group typed is shown as typed (names are data, not translated).
 */
export function displayName(
  entry: { name: string; fromList?: string },
  list: readonly StarterEntry[],
  lang: Lang,
  unnamed: string,
): string {
  const starter = entry.fromList ? list.find((s) => s.id === entry.fromList) : undefined;
  if (starter && starter.name.nl === entry.name) return localize(starter.name, lang);
  return entry.name.trim() || unnamed;
}
