/** A deployment theme (`THEME_CSS`, `THEME_CLASS`) that cannot be used: Wijkbord does not start. */
export class ThemeError extends Error {
  override name = "ThemeError";
}
