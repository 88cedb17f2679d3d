/**
 * Whether what the facilitator typed confirms deleting the session titled `title`: the same
 * text, ignoring spaces around it and letter case (a phone may capitalise the first letter).
 */
export function titleConfirmed(typed: string, title: string): boolean {
  const norm = (s: string) => s.trim().replace(/\s+/g, " ").toLocaleLowerCase("nl");
  return norm(typed) !== "" && norm(typed) === norm(title);
}
