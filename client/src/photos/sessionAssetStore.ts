import { isSessionImagePath } from "@wijkbord/shared";
import type { TLAssetStore } from "tldraw";
import { uploadPhoto } from "./uploadPhoto.ts";

/**
 * tldraw's asset store for a session: uploads go to Wijkbord's own server (never a data: URL in the
 * document), and an asset is shown only when its src is one of this session's photos. The photo is
 * fetched with the browser's credential (an <img> cannot send it) and shown from a blob: URL, kept
 * for as long as the board is open; anything else resolves to nothing, so no address a record
 * names is ever requested.
 */
export function sessionAssetStore(sessionId: string, token: string): TLAssetStore & { dispose(): void } {
  const resolved = new Map<string, Promise<string | null>>();
  const urls: string[] = [];
  const load = async (src: string): Promise<string | null> => {
    try {
      const res = await fetch(src, { headers: { authorization: `Bearer ${token}` } });
      if (!res.ok) return null;
      const url = URL.createObjectURL(await res.blob());
      urls.push(url);
      return url;
    } catch {
      return null;
    }
  };
  return {
    async upload(_asset, file) {
      const { src } = await uploadPhoto(sessionId, token, file);
      return { src };
    },
    resolve(asset) {
      const src = asset.props.src;
      if (!isSessionImagePath(src, sessionId) || typeof src !== "string") return null;
      let url = resolved.get(src);
      if (!url) {
        url = load(src);
        // A failed load is tried again the next time tldraw asks.
        url.then((u) => u === null && resolved.delete(src));
        resolved.set(src, url);
      }
      return url;
    },
    dispose() {
      for (const url of urls.splice(0)) URL.revokeObjectURL(url);
      resolved.clear();
    },
  };
}
