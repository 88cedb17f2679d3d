/**
 * Where Tab should put the focus in a modal dialog, or `null` to let the browser move it (it
 * stays inside then). `tabbable` is the dialog's controls in tab order; `active` is what has the
 * focus now (the dialog itself, one of its controls, or something outside it); `inside` says
 * whether `active` lies in the dialog. With no control at all, the dialog itself keeps the focus.
 */
export function focusTrapTarget<T>(
  tabbable: readonly T[],
  active: T | null,
  inside: boolean,
  backwards: boolean,
  dialog: T,
): T | null {
  const first = tabbable[0];
  const last = tabbable[tabbable.length - 1];
  if (first === undefined || last === undefined) return dialog;
  const i = active === null ? -1 : tabbable.indexOf(active);
  // From outside, from the dialog itself or from something Tab would skip: to the edge it enters by.
  if (!inside || i === -1) return backwards ? last : first;
  if (backwards && i === 0) return last;
  if (!backwards && i === tabbable.length - 1) return first;
  return null;
}
