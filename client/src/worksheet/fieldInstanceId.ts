/**
 * The worksheet instance of a `fields`/`texts` key `${instanceId}/${fieldId}`. Field ids hold no
 * "/", instance ids might: the instance is everything before the last one.
 */
export function fieldInstanceId(fieldKey: string): string {
  const slash = fieldKey.lastIndexOf("/");
  return slash < 0 ? fieldKey : fieldKey.slice(0, slash);
}
