import * as Y from "yjs";

type Struct = ReturnType<typeof Y.decodeUpdate>["structs"][number];

/**
 * Whether an update writes directly into the root type `name` (or one of `name`s) of `doc`, without
 * applying it. A
 * decoded item names its parent only when it has no neighbour; otherwise its parent is its
 * neighbour's (`origin` or `rightOrigin`), found in the document or earlier in the same update.
 * An item whose parent cannot be found here would not be applied either (Yjs keeps it pending).
 */
export function touchesRootType(doc: Y.Doc, update: Uint8Array, name: string | readonly string[]): boolean {
  const names: readonly string[] = typeof name === "string" ? [name] : name;
  const targets = names.map((n) => doc.share.get(n));
  const { structs } = Y.decodeUpdate(update);
  const items = structs.filter((s): s is Y.Item => s instanceof Y.Item);
  const inUpdate = (id: Y.ID) =>
    items.find(
      (s) => s.id.client === id.client && s.id.clock <= id.clock && id.clock < s.id.clock + s.length,
    );
  const parentIsTarget = (struct: Struct, depth: number): boolean => {
    if (!(struct instanceof Y.Item) || depth > items.length) return false;
    const parent = struct.parent as unknown;
    // A decoded update names a root parent by its name, a nested one by its id.
    if (typeof parent === "string") return names.includes(parent);
    if (parent !== null) return false;
    const neighbour = struct.origin ?? struct.rightOrigin;
    if (!neighbour) return false;
    if (neighbour.clock < Y.getState(doc.store, neighbour.client)) {
      const found = Y.getItem(doc.store, neighbour).parent;
      return targets.some((t) => t !== undefined && found === t);
    }
    const earlier = inUpdate(neighbour);
    return earlier !== undefined && parentIsTarget(earlier, depth + 1);
  };
  return items.some((s) => parentIsTarget(s, 0));
}
