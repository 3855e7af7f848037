import type { ReadonlySignal } from "@preact/signals";
import { useLayoutEffect, useRef, useState } from "preact/hooks";
import { useId } from "../ui/uniqueId";
import { formatDateTime } from "../format";
import { t, tn } from "../i18n";
import { attendanceCounts, isPresent, presentCount, type MeetingState } from "../live/meetingState";
import { ATTENDANCES, ATTENDEE_KINDS, type AttendeeKind, type MeetingRole, type ModerationRecord, type RosterEntry } from "../types";
import { Alert, Field, useAlert } from "../ui/components";
import { roleLabel } from "../ui/labels";
import { AudienceList } from "./audienceList";
import type { MeetingCommands } from "./commands";
import { mergeCandidates, MergeSeats } from "./mergeSeats";
import { mayFacilitate } from "./panel";
import { SeatMemberField } from "../voting/seatMember";
import { shownName } from "./names";
import { PublicNameForm } from "./publicName";

const ROLE_ORDER: Record<MeetingRole, number> = { Facilitator: 0, Participant: 1, Observer: 2 };

type Run = (action: () => Promise<unknown>) => Promise<void>;

export interface RosterProps {
  state: ReadonlySignal<MeetingState>;
  commands: MeetingCommands;
  /** A polite message for screen readers (the page's one announcer). */
  announce(message: string): void;
}

/**
 * The roster with live presence and attendance; the facilitator mutes, removes, marks, merges and adds people.
 * Observers are a count here (and a list on demand for the facilitator), not entries.
 */
export function RosterPanel({ state, commands, announce }: RosterProps) {
  const s = state.value;
  const facilitating = mayFacilitate(s);
  const alert = useAlert();
  /** The seat the facilitator is merging into another, while asked. */
  const [merging, setMerging] = useState<string | null>(null);
  // After the merge question the focus goes to the roster's title (merged) or back to the person's actions.
  const [refocus, setRefocus] = useState<{ to: "title" | "person"; id?: string } | null>(null);
  const panel = useRef<HTMLElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    if (!refocus) return;
    const to = refocus.to === "title" ? title.current : panel.current?.querySelector<HTMLElement>(`.roster [data-participant="${CSS.escape(refocus.id ?? "")}"] summary`);
    to?.focus();
    setRefocus(null);
  }, [refocus]);

  const counts = attendanceCounts(s);
  const extra = [counts.guests ? tn("roster.guests", counts.guests) : "", counts.staff ? tn("roster.staff", counts.staff) : ""].filter(Boolean).join(", ");
  const entries = s.roster
    .filter((e) => !e.removed && !e.accessEnded)
    .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.displayName.localeCompare(b.displayName, "cs"));
  // Someone may have merged or removed the seat meanwhile: then the question goes.
  const merged = facilitating ? s.roster.find((e) => e.participantId === merging && !e.removed) : undefined;
  return (
    <section class="roster-panel" aria-labelledby="roster-title" ref={panel}>
      <h2 id="roster-title" tabindex={-1} ref={title}>
        {t("roster.title")}
      </h2>
      <p class="count">{t("roster.count", { present: presentCount(s), total: entries.length })}</p>
      <p class="record-count">{t("roster.recordCount", { members: counts.members }) + (extra ? ` (${extra})` : "")}</p>
      <p class="watching">{t("roster.watching", { count: s.watching })}</p>
      <Alert message={alert.message} />
      <ul class="roster">
        {entries.map((e) => (
          <Person key={e.participantId} e={e} s={s} facilitating={facilitating} commands={commands} run={alert.run} merge={() => setMerging(e.participantId)} />
        ))}
      </ul>
      {s.you.role !== "Observer" && s.details.phase !== "Ended" ? <PublicNameForm you={s.you} commands={commands} run={alert.run} /> : null}
      <div class="merge-host">
        {merged ? (
          <MergeSeats
            key={merged.participantId}
            merged={merged}
            candidates={mergeCandidates(s.roster, merged)}
            merge={async (keptId) => {
              await commands.mergeSeats(keptId, merged.participantId);
              const kept = s.roster.find((e) => e.participantId === keptId);
              setMerging(null);
              announce(`${t("moderation.SeatsMerged")}: ${kept?.displayName ?? ""} ← ${merged.displayName}`);
              setRefocus({ to: "title" });
            }}
            cancel={() => {
              setMerging(null);
              setRefocus({ to: "person", id: merged.participantId });
            }}
          />
        ) : null}
      </div>
      {facilitating ? <AudienceList s={s} commands={commands} run={alert.run} /> : null}
      {facilitating ? <Removed s={s} commands={commands} run={alert.run} /> : null}
      <div class="roster-tools">
        {facilitating ? <Arrivals s={s} commands={commands} run={alert.run} /> : s.details.arrivalsClosed ? <p class="hint">{t("roster.closedNote")}</p> : null}
      </div>
      {facilitating ? (
        <details class="moderation-log">
          <summary>{t("moderation.title", { count: s.moderation.length })}</summary>
          <ol>
            {[...s.moderation].reverse().map((r, i) => (
              <li key={s.moderation.length - i}>{`${formatDateTime(r.at)} · ${r.byName}: ${t(`moderation.${r.action}`)}${target(r)}`}</li>
            ))}
          </ol>
        </details>
      ) : null}
    </section>
  );
}

interface PersonProps {
  e: RosterEntry;
  s: MeetingState;
  facilitating: boolean;
  commands: MeetingCommands;
  run: Run;
  merge(): void;
}

function Person({ e, s, facilitating, commands, run, merge }: PersonProps) {
  const nameId = useId();
  const present = isPresent(s, e);
  const connected = s.present.has(e.participantId);
  const lead = (s.details.leadParticipantId ?? s.roster.find((r) => r.accountId === s.details.facilitatorAccountId)?.participantId) === e.participantId;
  const status = e.attendance === "Excused" || e.attendance === "Absent" ? t(`attendance.${e.attendance}`) : present ? (connected ? t("roster.present") : t("roster.inRoom")) : t("roster.absent");
  const you = e.participantId === s.you.participantId;
  return (
    <li class={present ? "present" : "absent"} data-participant={e.participantId}>
      <span class="dot" aria-hidden="true" />
      <span class="name" id={nameId}>
        {shownName(e)}
        {you ? ` ${t("roster.youSuffix")}` : ""}
      </span>
      <span class="role">{[roleLabel(e.role), lead ? t("roster.lead") : "", e.kind !== "Member" ? t(`attendeeKind.${e.kind}`) : "", e.muted ? t("roster.muted") : "", e.proxy ? t("roster.proxy") : ""].filter(Boolean).join(" · ")}</span>
      <span class="presence">{status}</span>
      {facilitating && !you ? <PersonActions e={e} s={s} nameId={nameId} commands={commands} run={run} merge={merge} /> : null}
      {facilitating && you ? <SeatMemberField e={e} groupId={s.details.workingGroupId} id={`${nameId}-member`} commands={commands} run={run} /> : null}
    </li>
  );
}

/** The facilitator's tools for one person: attendance and kind, mute, hand over the lead, merge, remove. */
function PersonActions({ e, s, nameId, commands: c, run, merge }: Omit<PersonProps, "facilitating"> & { nameId: string }) {
  const id = useId();
  const owner = e.accountId !== null && e.accountId === s.details.facilitatorAccountId;
  const button = (label: string, action: () => Promise<unknown> | void) => (
    <button type="button" class="link-button" aria-describedby={nameId} onClick={() => void run(async () => action())}>
      {label}
    </button>
  );
  return (
    <details class="person-actions">
      <summary aria-describedby={nameId}>{t("roster.actions")}</summary>
      <div class="form-row">
        <Field id={`${id}-attendance`} label={t("roster.attendance")}>
          <select id={`${id}-attendance`} value={e.attendance} onChange={(event) => void run(() => c.markAttendance(e.participantId, event.currentTarget.value as RosterEntry["attendance"]))}>
            {ATTENDANCES.map((v) => (
              <option key={v} value={v}>
                {t(`attendance.${v}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${id}-kind`} label={t("roster.kind")}>
          <select id={`${id}-kind`} value={e.kind} onChange={(event) => void run(() => c.setAttendeeKind(e.participantId, event.currentTarget.value as AttendeeKind))}>
            <AttendeeKindOptions />
          </select>
        </Field>
        <SeatMemberField e={e} groupId={s.details.workingGroupId} id={`${id}-member`} commands={c} run={run} />
      </div>
      <div class="item-actions">
        {e.role === "Facilitator" ? null : button(e.muted ? t("roster.unmute") : t("roster.mute"), () => c.muteParticipant(e.participantId, !e.muted))}
        {e.role === "Facilitator" && s.details.leadParticipantId !== e.participantId ? button(t("roster.handOver"), () => c.handOverLead(e.participantId)) : null}
        {e.role === "Participant" ? button(e.proxy ? t("roster.proxyEnd") : t("roster.proxyAllow"), () => c.allowProxy(e.participantId, !e.proxy)) : null}
        {e.accountId === null ? button(t("roster.merge"), merge) : null}
        {owner
          ? null
          : button(t("roster.remove"), async () => {
              // A personal link goes with its person; a link others came by too stays (they keep their access).
              const personal = e.inviteId !== null && !s.roster.some((o) => o.inviteId === e.inviteId && o.participantId !== e.participantId);
              if (window.confirm(t("roster.removeConfirm", { name: e.displayName }))) await c.removeParticipant(e.participantId, personal);
            })}
      </div>
    </details>
  );
}

/** Removed people, for the facilitator to let back in (they cannot join again until then). */
function Removed({ s, commands, run }: { s: MeetingState; commands: MeetingCommands; run: Run }) {
  const removed = s.roster.filter((e) => e.removed);
  if (removed.length === 0) return <div class="roster-removed" />;
  return (
    <div class="roster-removed">
      <h3>{t("roster.removedTitle")}</h3>
      <ul class="removed-list">
        {removed.map((e) => (
          <li key={e.participantId}>
            <span id={`removed-${e.participantId}`}>{e.displayName}</span>{" "}
            <button type="button" class="link-button" aria-describedby={`removed-${e.participantId}`} onClick={() => void run(() => commands.readmitParticipant(e.participantId))}>
              {t("roster.readmit")}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Closing the meeting to new arrivals, and adding someone who is in the room without a device. */
function Arrivals({ s, commands, run }: { s: MeetingState; commands: MeetingCommands; run: Run }) {
  const id = useId();
  const [name, setName] = useState("");
  const [kind, setKind] = useState<AttendeeKind>("Member");
  const nameField = useRef<HTMLInputElement>(null);
  const submit = (event: Event) => {
    event.preventDefault();
    void run(async () => {
      await commands.addRoomAttendee(name, kind);
      setName("");
      setKind("Member");
      nameField.current?.focus();
    });
  };
  return (
    <>
      <div class="switch-row">
        <input type="checkbox" role="switch" id="arrivals-closed" checked={s.details.arrivalsClosed} onChange={(event) => void run(() => commands.setArrivalsClosed(event.currentTarget.checked))} />
        <label for="arrivals-closed">{t("roster.closeArrivals")}</label>
      </div>
      <form class="room-form" onSubmit={submit}>
        <h3>{t("roster.addRoom")}</h3>
        <div class="form-row">
          <Field id={`${id}-name`} label={t("roster.roomName")} required>
            <input ref={nameField} id={`${id}-name`} type="text" name="name" required maxLength={200} value={name} onInput={(event) => setName(event.currentTarget.value)} />
          </Field>
          <Field id={`${id}-kind`} label={t("roster.kind")}>
            <select id={`${id}-kind`} name="kind" value={kind} onChange={(event) => setKind(event.currentTarget.value as AttendeeKind)}>
              <AttendeeKindOptions />
            </select>
          </Field>
        </div>
        <button type="submit">{t("roster.addRoomButton")}</button>
      </form>
    </>
  );
}

/** Whom a moderation record is about: a person or poll, or for a merge "kept ← merged". */
function target(r: ModerationRecord): string {
  if (r.mergedName) return ` – ${r.targetName ?? ""} ← ${r.mergedName}`;
  return r.targetName ? ` – ${r.targetName}` : "";
}

/** The kinds of attendee (member, guest, staff …) as a select's options. */
function AttendeeKindOptions() {
  return (
    <>
      {ATTENDEE_KINDS.map((v) => (
        <option key={v} value={v}>
          {t(`attendeeKind.${v}`)}
        </option>
      ))}
    </>
  );
}
