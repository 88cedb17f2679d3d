import type { Field } from "@wijkbord/shared";
import { ConclusionField } from "./ConclusionField.tsx";
import { useFieldBinding } from "./useFieldBinding.ts";

/** A worksheet field of one instance as a text area, wherever the session keeps it and whoever may write it. */
export function FieldInput({
  field,
  instanceId,
  labelId,
  placeholder,
}: {
  field: Field;
  instanceId: string;
  labelId: string;
  placeholder: string;
}) {
  const binding = useFieldBinding(field, instanceId);
  return (
    <ConclusionField
      map={binding.map}
      fieldKey={binding.key}
      value={binding.value}
      readOnly={binding.readOnly}
      readOnlyNote={binding.readOnlyNote}
      placeholder={placeholder}
      labelId={labelId}
    />
  );
}
