import { isSessionImagePath, PATHS, sessionImagePath } from "@wijkbord/shared";
import * as Y from "yjs";

/**
 * Points the image assets in a document's YKeyValue arrays (`arrays`) at the copy's photos:
 * an asset whose `src` is a photo of session `from` gets the path of `imageIdFor(oldId)` in
 * session `to`. Other entries stay as they are.
 */
export function rewriteImageAssets(
  state: Uint8Array,
  arrays: readonly string[],
  sessions: { from: string; to: string },
  imageIdFor: (imageId: string) => string,
): Uint8Array {
  const doc = new Y.Doc();
  const prefix = `${PATHS.sessions}/${sessions.from}/images/`;
  try {
    Y.applyUpdate(doc, state);
    doc.transact(() => {
      for (const name of arrays) {
        const array = doc.getArray<unknown>(name);
        array.toArray().forEach((entry, index) => {
          const val = (entry as { val?: Record<string, unknown> } | null)?.val;
          const props = val?.props as Record<string, unknown> | undefined;
          if (val?.typeName !== "asset" || !isSessionImagePath(props?.src, sessions.from)) return;
          const copy = sessionImagePath(
            sessions.to,
            imageIdFor(String(props?.src ?? "").slice(prefix.length)),
          );
          // Same position, same key: YKeyValue readers see the entry's new value only.
          array.delete(index, 1);
          array.insert(index, [{ ...(entry as object), val: { ...val, props: { ...props, src: copy } } }]);
        });
      }
    });
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}
