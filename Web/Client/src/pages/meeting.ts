import { DocumentView } from "../documents/documentView";
import { fill, h } from "../dom";
import { errorCode } from "../errors";
import { formatDateTime } from "../format";
import { t } from "../i18n";
import type { MeetingEvent } from "../live/events";
import { MeetingChannel, type ChannelStatus } from "../live/meetingChannel";
import { presentCount, type MeetingState } from "../live/meetingState";
import { forgetTicket, readTicket } from "../live/tickets";
import type { Page, PageContext } from "../router";
import { organizer } from "../session";
import type { MeetingPhase, MeetingRole, RosterEntry } from "../types";
import { AlertBox } from "../ui/forms";
import { Frame } from "../ui/frame";
import { InvitePanel } from "../ui/invitePanel";
import { phaseLabel, roleLabel } from "../ui/labels";
import { failure, loading } from "../ui/loading";

const ROLE_ORDER: Record<MeetingRole, number> = { Facilitator: 0, Participant: 1, Observer: 2 };

/** "/meetings/{id}": the live meeting: details, phase, roster with presence, vision document, invites. */
export function meetingPage(context: PageContext): Page {
  const meetingId = context.params.id;
  const frame = new Frame(context);
  const alert = new AlertBox();
  const statusEl = h("p", { class: "connection", role: "status" });
  const announcer = h("div", { class: "visually-hidden announcer", "aria-live": "polite" });
  const detailsEl = h("section", { "aria-labelledby": "details-title" });
  const phaseEl = h("section", { class: "panel phase-panel", "aria-labelledby": "phase-title" });
  const rosterEl = h("section", { "aria-labelledby": "roster-title" });
  const documentEl = h("div", { class: "document-host" });
  let invitePanel: InvitePanel | null = null;
  let state: MeetingState | null = null;
  let status: ChannelStatus = "connecting";
  let loadError: unknown = null;
  let documentView: DocumentView | null = null;
  let disposed = false;

  const channel = new MeetingChannel(meetingId, {
    state: (next, events) => {
      const previous = state;
      state = next;
      if (previous) {
        announce(events);
        update(previous);
        for (const event of events) {
          if (event.kind === "presenceChanged" && !event.data.isPresent) documentView?.left(event.data.participantId);
        }
      }
    },
    status: (next) => {
      status = next;
      if (next === "reconnecting") documentView?.disconnected();
      renderStatus();
    },
    error: (e) => alert.error(e),
  });

  const isFacilitator = () => state?.you.role === "Facilitator";

  const renderAll = () => {
    if (loadError) {
      frame.show(t("error.pageTitle"), ...failure(loadError));
      frame.ready();
      return;
    }
    if (!state) {
      frame.show(t("meeting.title"), statusEl, loading());
      renderStatus();
      return;
    }
    renderDetails();
    renderPhase();
    renderRoster();
    renderDocument();
    renderStatus();
    invitePanel?.render();
    frame.show(
      state.details.title,
      statusEl,
      alert.el,
      detailsEl,
      phaseEl,
      h("div", { class: "columns" }, rosterEl, documentEl),
      invitePanel?.el,
      announcer,
    );
    frame.ready();
  };

  /** After events: re-render only what changed, so focus and typed text elsewhere stay. */
  const update = (previous: MeetingState) => {
    const current = state!;
    if (current.details !== previous.details) {
      frame.heading.textContent = current.details.title;
      renderDetails();
      if (current.details.phase !== previous.details.phase) {
        renderPhase();
        documentView?.setPhase(current.details.phase);
      }
      invitePanel?.update(current.details);
    }
    if (current.roster !== previous.roster || current.present !== previous.present) {
      renderRoster();
    }
    if (current.roster.length > previous.roster.length) {
      invitePanel?.refresh();
    }
  };

  const renderStatus = () => {
    statusEl.textContent = t(`live.${status}`);
    statusEl.className = `connection connection-${status}`;
  };

  const renderDetails = () => {
    const d = state!.details;
    const you = state!.you;
    fill(detailsEl, 
      h("h2", { id: "details-title", class: "visually-hidden" }, t("meeting.details")),
      h(
        "dl",
        { class: "facts" },
        h("dt", {}, t("meeting.startsAt")),
        h("dd", {}, formatDateTime(d.startsAt)),
        d.place ? [h("dt", {}, t("meeting.place")), h("dd", {}, d.place)] : [],
        d.onlineUrl ? [h("dt", {}, t("meeting.onlineUrl")), h("dd", {}, safeLink(d.onlineUrl))] : [],
        h("dt", {}, t("meeting.facilitator")),
        h("dd", {}, d.facilitatorName),
        h("dt", {}, t("meeting.you")),
        h("dd", {}, `${you.displayName} (${roleLabel(you.role)})`),
      ),
      organizer() ? h("p", { class: "breadcrumb" }, h("a", { href: `/groups/${d.workingGroupId}` }, t("meeting.backToGroup"))) : null,
    );
  };

  const renderPhase = () => {
    const phase = state!.details.phase;
    const next: MeetingPhase | null = phase === "Scheduled" ? "Live" : phase === "Live" ? "Ended" : null;
    const phaseAlert = new AlertBox();
    const hadFocus = phaseEl.contains(document.activeElement);
    fill(phaseEl, 
      h("h2", { id: "phase-title" }, t("meeting.phase")),
      h("p", { class: "phase-line", tabindex: "-1" }, h("span", { class: `phase phase-${phase.toLowerCase()}` }, phaseLabel(phase))),
      phaseAlert.el,
      isFacilitator() && next
        ? h(
            "button",
            {
              type: "button",
              class: next === "Ended" ? "danger" : "primary",
              onclick: () => void changePhase(next, phaseAlert),
            },
            next === "Live" ? t("meeting.start") : t("meeting.end"),
          )
        : null,
    );
    if (hadFocus) {
      (phaseEl.querySelector<HTMLElement>("button") ?? phaseEl.querySelector<HTMLElement>(".phase-line"))?.focus();
    }
  };

  const changePhase = async (phase: MeetingPhase, phaseAlert: AlertBox) => {
    if (phase === "Ended" && !window.confirm(t("meeting.endConfirm"))) {
      return;
    }
    try {
      // The meetingUpdated event updates the state; renderPhase keeps focus in the panel.
      await channel.changePhase(phase);
    } catch (e) {
      phaseAlert.error(e);
    }
  };

  const renderRoster = () => {
    const s = state!;
    const entries = [...s.roster].sort(
      (a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.displayName.localeCompare(b.displayName, "cs"),
    );
    fill(rosterEl, 
      h("h2", { id: "roster-title" }, t("roster.title")),
      h("p", { class: "count" }, t("roster.count", { present: presentCount(s), total: s.roster.length })),
      h(
        "ul",
        { class: "roster" },
        entries.map((e) => {
          const present = s.present.has(e.participantId);
          return h(
            "li",
            { class: present ? "present" : "absent", "data-participant": e.participantId },
            h("span", { class: "dot", "aria-hidden": "true" }),
            h("span", { class: "name" }, e.displayName, e.participantId === s.you.participantId ? ` ${t("roster.youSuffix")}` : ""),
            h("span", { class: "role" }, roleLabel(e.role)),
            h("span", { class: "presence" }, present ? t("roster.present") : t("roster.absent")),
          );
        }),
      ),
    );
  };

  const renderDocument = () => {
    if (documentView) {
      fill(documentEl, documentView.el);
    } else {
      fill(documentEl, h("section", { "aria-labelledby": "document-title" }, h("h2", { id: "document-title" }, t("meeting.visionDocument")), h("p", {}, t("meeting.noDocument"))));
    }
  };

  const announce = (events: MeetingEvent[]) => {
    const s = state!;
    const messages: string[] = [];
    for (const event of events) {
      if (event.kind === "presenceChanged" && event.data.participantId !== s.you.participantId) {
        const entry: RosterEntry | undefined = s.roster.find((e) => e.participantId === event.data.participantId);
        const name = entry?.displayName ?? "?";
        messages.push(t(event.data.isPresent ? "roster.arrived" : "roster.left", { name }));
      } else if (event.kind === "meetingUpdated" && events.length === 1) {
        messages.push(t("meeting.phaseNow", { phase: phaseLabel(event.data.details.phase) }));
      }
    }
    if (messages.length > 0) {
      announcer.textContent = messages.join(" ");
    }
  };

  const start = async () => {
    try {
      state = await channel.start();
    } catch (e) {
      if (errorCode(e) === "ticket.invalid" && readTicket(meetingId)) {
        forgetTicket(meetingId);
      }
      if (!disposed) {
        loadError = e;
        renderAll();
        void channel.stop();
      }
      return;
    }
    if (disposed) {
      return;
    }
    if (isFacilitator() && organizer()) {
      invitePanel = new InvitePanel(state.details);
    }
    if (state.details.visionDocumentId) {
      documentView = new DocumentView({
        hub: channel,
        meetingId,
        you: state.you,
        phase: state.details.phase,
        nameOf: (id) => state?.roster.find((e) => e.participantId === id)?.displayName ?? "?",
        announce: (message) => (announcer.textContent = message),
      });
    }
    renderAll();
    await documentView?.open();
  };

  renderAll();
  void start();

  return {
    rerender: renderAll,
    dispose: () => {
      disposed = true;
      documentView?.dispose();
      void channel.stop();
    },
  };
}

/** Only http(s) links are made clickable. */
function safeLink(url: string): Node {
  return /^https?:\/\//i.test(url) ? h("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, url) : document.createTextNode(url);
}
