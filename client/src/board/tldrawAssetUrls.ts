import { getAssetUrls } from "@tldraw/assets/selfHosted";
import { PATHS } from "@wijkbord/shared";

/**
 * tldraw's fonts, icons, translations and embed icons, served by Wijkbord's own server under
 * `/tldraw-assets/` (from @tldraw/assets): the page never asks a CDN for anything.
 */
export const tldrawAssetUrls = getAssetUrls({ baseUrl: PATHS.tldrawAssets });
