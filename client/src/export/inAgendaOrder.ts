/**
 * The items in agenda order (`agenda`: instance ids, as the control document lists the worksheets),
 * by the instance id each belongs to; items of an instance not on the agenda keep their order after
 * those that are. The canvas's order is not the agenda's: a worksheet added later, or one moved.
 */
export function inAgendaOrder<T>(
  items: readonly T[],
  instanceIdOf: (item: T) => string,
  agenda: readonly string[],
): T[] {
  const place = (item: T) => {
    const i = agenda.indexOf(instanceIdOf(item));
    return i === -1 ? agenda.length : i;
  };
  // Array.prototype.sort is stable: equal places keep the canvas's order.
  return [...items].sort((a, b) => place(a) - place(b));
}
