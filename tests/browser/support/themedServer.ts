import { type ExtraServer, startExtraServer } from "./extraServer.ts";

export type ThemedServer = ExtraServer;

/**
 * A second Wijkbord with a deployment theme (`THEME_CSS`, `THEME_CLASS`): the suite's shared server
 * runs with Wijkbord's own. (+1 is the sign-in specs' server.)
 */
export function startThemedServer(themeCss: string, themeClass: string): Promise<ThemedServer> {
  return startExtraServer(2, "themed server", { THEME_CSS: themeCss, THEME_CLASS: themeClass });
}
