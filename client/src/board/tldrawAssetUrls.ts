import { getAssetUrls } from "@tldraw/assets/selfHosted";
import { PATHS } from "@wijkbord/shared";

const served = getAssetUrls({ baseUrl: PATHS.tldrawAssets });

/**
 * tldraw's fonts, icons and translations, served by Wijkbord's own server under `/tldraw-assets/`
 * (from @tldraw/assets): the page never asks a CDN for anything. Without the embed icons: tldraw
 * fetches all 17 logos (YouTube, Figma…) as the editor mounts, on a phone's slow line beside the
 * fonts the first render waits for, for a dialog ("Insert embed") that shows its list without them.
 */
export const tldrawAssetUrls: typeof served = {
  ...served,
  embedIcons: Object.fromEntries(
    Object.keys(served.embedIcons).map((type) => [type, ""]),
  ) as typeof served.embedIcons,
};
