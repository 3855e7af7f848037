import { h, uid } from "../dom";
import { formatDateTime } from "../format";
import { t, tn } from "../i18n";
import { attendanceCounts, isPresent, presentCount, type MeetingState } from "../live/meetingState";
import { ATTENDANCES, ATTENDEE_KINDS, type AttendeeKind, type MeetingRole, type ModerationRecord, type RosterEntry } from "../types";
import { keepingFocus } from "../ui/focus";
import { AlertBox, field, options } from "../ui/forms";
import { roleLabel } from "../ui/labels";
import { AudienceList } from "./audienceList";
import { mergeCandidates, showMergeSeats } from "./mergeSeats";
import { mayFacilitate, type LivePanel, type PanelContext } from "./panel";

const ROLE_ORDER: Record<MeetingRole, number> = { Facilitator: 0, Participant: 1, Observer: 2 };

/**
 * The roster with live presence and attendance; the facilitator mutes, removes, marks and adds people.
 * Observers are a count here (and a list on demand for the facilitator), not entries.
 */
export class RosterPanel implements LivePanel {
  readonly el = h("section", { class: "roster-panel", "aria-labelledby": "roster-title" });
  private readonly countEl = h("p", { class: "count" });
  private readonly recordCountEl = h("p", { class: "record-count" });
  private readonly watchingEl = h("p", { class: "watching" });
  private readonly listEl = h("ul", { class: "roster" });
  /** The facilitator's "Merge into…" question, a Preact component (mergeSeats.tsx). */
  private readonly mergeEl = h("div", { class: "merge-host" });
  private readonly titleEl = h("h2", { id: "roster-title", tabindex: "-1" }, t("roster.title"));
  /** The seat the facilitator is merging into another, while asked. */
  private merging: string | null = null;
  private readonly toolsEl = h("div", { class: "roster-tools" });
  private readonly removedEl = h("div", { class: "roster-removed" });
  private readonly logEl = h("details", { class: "moderation-log" });
  private readonly alert = new AlertBox();
  private readonly audience: AudienceList;
  private state: MeetingState | null = null;

  constructor(private readonly context: PanelContext) {
    this.audience = new AudienceList(context.commands, this.alert);
    this.el.append(
      this.titleEl,
      this.countEl,
      this.recordCountEl,
      this.watchingEl,
      this.alert.el,
      this.listEl,
      this.mergeEl,
      this.audience.el,
      this.removedEl,
      this.toolsEl,
      this.logEl,
    );
  }

  update(state: MeetingState): void {
    const p = this.state;
    this.state = state;
    if (
      p &&
      p.roster === state.roster &&
      p.present === state.present &&
      p.details === state.details &&
      p.moderation === state.moderation &&
      p.you === state.you &&
      p.watching === state.watching
    )
      return;
    keepingFocus(this.el, () => this.render(state));
  }

  private render(s: MeetingState): void {
    const facilitating = mayFacilitate(s);
    this.countEl.textContent = t("roster.count", { present: presentCount(s), total: s.roster.filter((e) => !e.removed && !e.accessEnded).length });
    const counts = attendanceCounts(s);
    const extra = [counts.guests ? tn("roster.guests", counts.guests) : "", counts.staff ? tn("roster.staff", counts.staff) : ""].filter(Boolean).join(", ");
    this.recordCountEl.textContent = t("roster.recordCount", { members: counts.members }) + (extra ? ` (${extra})` : "");
    this.watchingEl.textContent = t("roster.watching", { count: s.watching });
    this.audience.update(s, facilitating);

    const entries = s.roster
      .filter((e) => !e.removed && !e.accessEnded)
      .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.displayName.localeCompare(b.displayName, "cs"));
    this.listEl.replaceChildren(...entries.map((e) => this.renderEntry(s, e, facilitating)));
    this.renderMerge(s, facilitating);
    this.renderRemoved(s, facilitating);
    this.renderTools(s, facilitating);
    this.renderLog(s, facilitating);
  }

  private renderEntry(s: MeetingState, e: RosterEntry, facilitating: boolean): HTMLElement {
    const present = isPresent(s, e);
    const connected = s.present.has(e.participantId);
    const nameId = uid("person");
    const lead = (s.details.leadParticipantId ?? s.roster.find((r) => r.accountId === s.details.facilitatorAccountId)?.participantId) === e.participantId;
    const status = e.attendance === "Excused" || e.attendance === "Absent" ? t(`attendance.${e.attendance}`) : present ? (connected ? t("roster.present") : t("roster.inRoom")) : t("roster.absent");
    return h(
      "li",
      { class: present ? "present" : "absent", "data-participant": e.participantId },
      h("span", { class: "dot", "aria-hidden": "true" }),
      h("span", { class: "name", id: nameId }, e.displayName, e.participantId === s.you.participantId ? ` ${t("roster.youSuffix")}` : ""),
      h(
        "span",
        { class: "role" },
        [roleLabel(e.role), lead ? t("roster.lead") : "", e.kind !== "Member" ? t(`attendeeKind.${e.kind}`) : "", e.muted ? t("roster.muted") : ""].filter(Boolean).join(" · "),
      ),
      h("span", { class: "presence" }, status),
      facilitating && e.participantId !== s.you.participantId ? this.entryActions(s, e, nameId) : null,
    );
  }

  private entryActions(s: MeetingState, e: RosterEntry, nameId: string): HTMLElement {
    const c = this.context.commands;
    const run = (action: () => Promise<unknown>) => () => void this.alert.run(action);
    const attendance = options(h("select", { "data-focus-key": `${e.participantId}:attendance` }), ATTENDANCES, (v) => t(`attendance.${v}`), e.attendance);
    attendance.addEventListener("change", run(() => c.markAttendance(e.participantId, attendance.value as RosterEntry["attendance"])));
    const kind = options(h("select", { "data-focus-key": `${e.participantId}:kind` }), ATTENDEE_KINDS, (v) => t(`attendeeKind.${v}`), e.kind);
    kind.addEventListener("change", run(() => c.setAttendeeKind(e.participantId, kind.value as AttendeeKind)));
    const button = (label: string, key: string, action: () => Promise<unknown>) =>
      h("button", { type: "button", class: "link-button", "aria-describedby": nameId, "data-focus-key": `${e.participantId}:${key}`, onclick: run(action) }, label);
    const owner = e.accountId !== null && e.accountId === s.details.facilitatorAccountId;
    return h(
      "details",
      { class: "person-actions" },
      h("summary", { "aria-describedby": nameId, "data-focus-key": `${e.participantId}:summary` }, t("roster.actions")),
      h("div", { class: "form-row" }, field(t("roster.attendance"), attendance), field(t("roster.kind"), kind)),
      h(
        "div",
        { class: "item-actions" },
        e.role === "Facilitator" ? null : button(e.muted ? t("roster.unmute") : t("roster.mute"), "mute", () => c.muteParticipant(e.participantId, !e.muted)),
        e.role === "Facilitator" && s.details.leadParticipantId !== e.participantId ? button(t("roster.handOver"), "lead", () => c.handOverLead(e.participantId)) : null,
        e.accountId === null ? button(t("roster.merge"), "merge", async () => this.startMerge(e.participantId)) : null,
        owner
          ? null
          : button(t("roster.remove"), "remove", async () => {
              // A personal link goes with its person; a link others came by too stays (they keep their access).
              const personal = e.inviteId !== null && !s.roster.some((o) => o.inviteId === e.inviteId && o.participantId !== e.participantId);
              if (window.confirm(t("roster.removeConfirm", { name: e.displayName }))) await c.removeParticipant(e.participantId, personal);
            }),
      ),
    );
  }

  private startMerge(participantId: string): void {
    this.merging = participantId;
    if (this.state) this.renderMerge(this.state, mayFacilitate(this.state));
  }

  /** The merge question while the facilitator is merging a seat that is still there (someone may have merged it meanwhile). */
  private renderMerge(s: MeetingState, facilitating: boolean): void {
    const merged = facilitating ? s.roster.find((e) => e.participantId === this.merging && !e.removed) : undefined;
    if (!merged) {
      this.merging = null;
      showMergeSeats(this.mergeEl, null);
      return;
    }
    const close = () => {
      this.merging = null;
      showMergeSeats(this.mergeEl, null);
    };
    showMergeSeats(this.mergeEl, {
      merged,
      candidates: mergeCandidates(s.roster, merged),
      merge: async (keptId) => {
        await this.context.commands.mergeSeats(keptId, merged.participantId);
        const kept = s.roster.find((e) => e.participantId === keptId);
        close();
        this.context.announce(`${t("moderation.SeatsMerged")}: ${kept?.displayName ?? ""} ← ${merged.displayName}`);
        this.titleEl.focus();
      },
      cancel: () => {
        close();
        this.el.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(`${merged.participantId}:summary`)}"]`)?.focus();
      },
    });
  }

  /** Removed people, for the facilitator to let back in (they cannot join again until then). */
  private renderRemoved(s: MeetingState, facilitating: boolean): void {
    const removed = s.roster.filter((e) => e.removed);
    if (!facilitating || removed.length === 0) {
      this.removedEl.replaceChildren();
      return;
    }
    const c = this.context.commands;
    this.removedEl.replaceChildren(
      h("h3", {}, t("roster.removedTitle")),
      h(
        "ul",
        { class: "removed-list" },
        removed.map((e) => {
          const nameId = uid("removed");
          return h(
            "li",
            {},
            h("span", { id: nameId }, e.displayName),
            " ",
            h(
              "button",
              { type: "button", class: "link-button", "aria-describedby": nameId, "data-focus-key": `${e.participantId}:readmit`, onclick: () => void this.alert.run(() => c.readmitParticipant(e.participantId)) },
              t("roster.readmit"),
            ),
          );
        }),
      ),
    );
  }

  private renderTools(s: MeetingState, facilitating: boolean): void {
    if (!facilitating) {
      this.toolsEl.replaceChildren(s.details.arrivalsClosed ? h("p", { class: "hint" }, t("roster.closedNote")) : "");
      return;
    }
    const c = this.context.commands;
    const closed = h("input", { type: "checkbox", role: "switch", id: "arrivals-closed", checked: s.details.arrivalsClosed, "data-focus-key": "arrivals" });
    closed.addEventListener("change", () => void this.alert.run(() => c.setArrivalsClosed(closed.checked)));
    const name = h("input", { type: "text", name: "name", required: true, maxlength: 200 });
    const kind = options(h("select", { name: "kind" }), ATTENDEE_KINDS, (v) => t(`attendeeKind.${v}`), "Member");
    const form = h(
      "form",
      { class: "room-form" },
      h("h3", {}, t("roster.addRoom")),
      h("div", { class: "form-row" }, field(t("roster.roomName"), name), field(t("roster.kind"), kind)),
      h("button", { type: "submit" }, t("roster.addRoomButton")),
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.alert.run(async () => {
        await c.addRoomAttendee(name.value, kind.value as AttendeeKind);
        form.reset();
        name.focus();
      });
    });
    this.toolsEl.replaceChildren(h("div", { class: "switch-row" }, closed, h("label", { for: "arrivals-closed" }, t("roster.closeArrivals"))), form);
  }

  private renderLog(s: MeetingState, facilitating: boolean): void {
    this.logEl.hidden = !facilitating;
    const wasOpen = this.logEl.open;
    this.logEl.replaceChildren(
      h("summary", {}, t("moderation.title", { count: s.moderation.length })),
      h(
        "ol",
        {},
        [...s.moderation].reverse().map((r) =>
          h("li", {}, `${formatDateTime(r.at)} · ${r.byName}: ${t(`moderation.${r.action}`)}${target(r)}`),
        ),
      ),
    );
    this.logEl.open = wasOpen;
  }
}

/** Whom a moderation record is about: a person or poll, or for a merge "kept ← merged". */
function target(r: ModerationRecord): string {
  if (r.mergedName) return ` – ${r.targetName ?? ""} ← ${r.mergedName}`;
  return r.targetName ? ` – ${r.targetName}` : "";
}
