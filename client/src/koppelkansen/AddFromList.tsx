import { LIMITS } from "@wijkbord/shared";
import { useId, useState } from "react";
import { lockedAttributes, lockedClass } from "../locking/lockedAttributes.ts";
import type { KoppelkansenMessages } from "./koppelkansenMessages.ts";

interface AddFromListProps {
  /** What the control adds, e.g. "Opgave toevoegen"; also names the list and the text field. */
  label: string;
  /** Entries of a starter list that are not on the board yet. */
  options: { id: string; label: string }[];
  onPick(id: string): void;
  /** Returns null when the write was refused (the worksheet was locked meanwhile): the name stays. */
  onAdd(name: string): string | null | undefined;
  m: KoppelkansenMessages;
  /** Set while the facilitator locked the worksheet: every control in it is disabled and says why. */
  lockedNote?: string | undefined;
}

/**
 * Pick an entry from a starter list or type an own name, then add it ("Toevoegen" or Enter): picking
 * puts the entry's name in the text field, where it can still be changed, and "Toevoegen" adds it. An
 * entry added unchanged stays the list's own (`onPick`, so it keeps its link to the list and speaks
 * both languages); a changed name is an own one. Locked, the fieldset disables everything in it.
 */
export function AddFromList({ label, options, onPick, onAdd, m, lockedNote }: AddFromListProps) {
  const [name, setName] = useState("");
  const [picked, setPicked] = useState<{ id: string; label: string } | null>(null);
  const id = useId();
  const clear = () => {
    setName("");
    setPicked(null);
  };
  const submit = () => {
    const typed = name.trim();
    if (!typed) return;
    if (picked && typed === picked.label) {
      onPick(picked.id);
      clear();
    } else if (onAdd(typed) !== null) clear();
  };
  return (
    <fieldset
      className={lockedClass("kk-add", lockedNote)}
      disabled={lockedNote !== undefined}
      {...lockedAttributes(lockedNote)}
    >
      <legend className="kk-add__legend" id={id}>
        {label}
      </legend>
      {options.length > 0 && (
        <select
          className="kk-select"
          aria-label={`${label}: ${m.pickFromList}`}
          value={picked && options.some((o) => o.id === picked.id) ? picked.id : ""}
          onChange={(e) => {
            const option = options.find((o) => o.id === e.target.value) ?? null;
            setPicked(option);
            setName(option?.label ?? "");
          }}
        >
          <option value="">{m.pickFromList}</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      )}
      <input
        type="text"
        className="kk-input kk-add__name"
        aria-label={`${label}: ${m.orOwn}`}
        placeholder={m.orOwn}
        value={name}
        maxLength={LIMITS.maxKoppelkansNameLength}
        onChange={(e) => {
          setName(e.target.value);
          // Typing over a picked entry makes it an own name: the list shows nothing chosen.
          if (picked && e.target.value.trim() !== picked.label) setPicked(null);
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter") submit();
        }}
      />
      <button type="button" className="kk-button" onClick={submit} disabled={!name.trim()}>
        {m.add}
      </button>
    </fieldset>
  );
}
