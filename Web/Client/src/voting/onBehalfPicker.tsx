import type { Ref } from "preact";
import { t } from "../i18n";
import type { MeetingState } from "../live/meetingState";
import type { RosterEntry } from "../types";
import { Field } from "../ui/components";
import { useId } from "../ui/uniqueId";

/** Whom input can be entered for: the others taking part (not observers, not removed or muted), by name. */
export function onBehalfPeople(s: MeetingState): RosterEntry[] {
  return s.roster
    .filter((e) => e.role !== "Observer" && !e.removed && !e.muted && e.participantId !== s.you.participantId)
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/** Whom this person may enter input for: nobody unless they facilitate or the facilitator allowed them (docs/protocol.md). */
export function onBehalfPeopleFor(s: MeetingState): RosterEntry[] {
  return s.you.role === "Facilitator" || s.you.proxy ? onBehalfPeople(s) : [];
}

/** The "enter for …" select of a person; <c>none</c>, when given, is a first choice for one's own input (value ""). */
export function OnBehalfPicker({ people, value, onChange, none, pickerRef }: {
  people: RosterEntry[];
  value: string;
  onChange(participantId: string): void;
  none?: string;
  pickerRef?: Ref<HTMLSelectElement>;
}) {
  const id = useId();
  return (
    <Field id={id} label={t("onBehalf.who")}>
      <select id={id} ref={pickerRef} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        {none !== undefined ? <option value="">{none}</option> : null}
        {people.map((e) => (
          <option key={e.participantId} value={e.participantId}>
            {e.displayName}
          </option>
        ))}
      </select>
    </Field>
  );
}
