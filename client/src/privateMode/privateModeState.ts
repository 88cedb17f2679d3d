import { CONTROL, type PrivateMode, readPrivateMode } from "@wijkbord/shared";
import { atom, type Signal } from "tldraw";
import type * as Y from "yjs";

/** The control document's `privateMode` map as a signal. */
export function watchPrivateMode(control: Y.Doc): { mode: Signal<PrivateMode>; dispose(): void } {
  const map = control.getMap<unknown>(CONTROL.privateMode);
  const mode = atom<PrivateMode>("wijkbord.privateMode", readPrivateMode(map));
  const observer = () => {
    const next = readPrivateMode(map);
    const prev = mode.get();
    if (next.on !== prev.on || next.anonymous !== prev.anonymous || next.round !== prev.round) mode.set(next);
  };
  map.observe(observer);
  return { mode, dispose: () => map.unobserve(observer) };
}

/** Facilitator: starts a private round (the next round number), with the reveal's anonymity. */
export function startPrivateMode(control: Y.Doc, anonymous: boolean): void {
  const map = control.getMap<unknown>(CONTROL.privateMode);
  const { round } = readPrivateMode(map);
  control.transact(() => {
    map.set("on", true);
    map.set("anonymous", anonymous);
    map.set("round", round + 1);
  });
}

/** Facilitator: changes the anonymity of the coming reveal. */
export function setRevealAnonymous(control: Y.Doc, anonymous: boolean): void {
  control.getMap<unknown>(CONTROL.privateMode).set("anonymous", anonymous);
}
