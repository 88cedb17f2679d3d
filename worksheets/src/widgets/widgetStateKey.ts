/** The key of an instance's item in a widget's board map: each row, knooppunt or thermometer its own entry. */
export function widgetStateKey(instanceId: string, itemId: string): string {
  return `${instanceId}/${itemId}`;
}
