import { useLayoutEffect, useRef, useState } from "preact/hooks";
import { t } from "../i18n";
import type { MeetingState } from "../live/meetingState";
import type { MeetingCommands } from "../meetings/commands";
import type { PollResult, PollView, RosterEntry } from "../types";
import { Ballot } from "./ballot";
import { onBehalfPeople, OnBehalfPicker } from "./onBehalfPicker";

/** Who a vote can be entered for now: those of them who may vote, have not voted and are not recused. */
export function onBehalfCandidates(poll: PollView, s: MeetingState): RosterEntry[] {
  return onBehalfPeople(s).filter((e) => !e.noVotingRight && !poll.voterIds.includes(e.participantId) && !poll.recused.includes(e.participantId));
}

/**
 * The facilitator (or a participant allowed to) enters a vote for someone taking part by phone or on paper: pick the
 * person, fill their ballot, send. It counts as theirs and is final; once the poll shows them as voted they leave the
 * list, and the focus goes to the picker for the next one (or to the summary when nobody is left).
 */
export function OnBehalfVote({ poll, s, commands }: { poll: PollView; s: MeetingState; commands: MeetingCommands }) {
  const picker = useRef<HTMLSelectElement>(null);
  const summary = useRef<HTMLElement>(null);
  const [chosen, setChosen] = useState("");
  const [done, setDone] = useState("");
  // The person just entered for, until the live poll lists them as voted (their ballot form goes away then).
  const [pending, setPending] = useState<string | null>(null);
  const people = onBehalfCandidates(poll, s);
  const who = people.find((p) => p.participantId === chosen) ?? people[0];
  // Read before this render removes the picker: when the last person leaves the list (voting themselves, say) while
  // the picker has the focus, the focus goes to the summary rather than to the page.
  const pickerFocused = picker.current !== null && document.activeElement === picker.current;
  useLayoutEffect(() => {
    if (!who && pickerFocused) summary.current?.focus();
    if (pending === null || people.some((p) => p.participantId === pending)) return;
    (picker.current ?? summary.current)?.focus();
    setPending(null);
  });
  const entered = (person: RosterEntry) => {
    setDone(t("poll.onBehalfDone", { name: person.displayName }));
    setChosen("");
    setPending(person.participantId);
  };
  return (
    <details class="on-behalf">
      <summary ref={summary}>{t("poll.onBehalf")}</summary>
      <p class="hint">{t("poll.onBehalfHint")}</p>
      {who ? (
        <>
          <OnBehalfPicker people={people} value={who.participantId} onChange={setChosen} pickerRef={picker} />
          <Ballot key={who.participantId} poll={poll} voted={false} commands={commands} onBehalfOf={who} entered={entered} />
        </>
      ) : (
        <p class="hint">{t("poll.onBehalfNone")}</p>
      )}
      <p class="vote-status" role="status">
        {done}
      </p>
    </details>
  );
}

/**
 * Under a result: for whom votes were entered and by whom (named polls), or only how many (secret polls). Names come
 * from the roster as this viewer may see them (the public gets public names, docs/protocol.md "Who the public sees").
 */
export function OnBehalfNote({ poll, result, nameOf }: { poll: PollView; result: PollResult; nameOf: (participantId: string) => string }) {
  if (result.onBehalfBallots === 0) return null;
  const text = poll.draft.secret
    ? t("minutes.onBehalfSecret", { count: result.onBehalfBallots })
    : t("minutes.onBehalfNamed", {
        names: result.named
          .flatMap((b) => (b.onBehalf ? [t("onBehalf.entry", { for: nameOf(b.onBehalf.forId), by: nameOf(b.onBehalf.byId) })] : []))
          .join(", "),
      });
  return <p class="on-behalf-note">{text}</p>;
}
