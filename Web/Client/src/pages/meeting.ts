import { DocumentView } from "../documents/documentView";
import { fill, h } from "../dom";
import { errorCode } from "../errors";
import { formatDateTime } from "../format";
import { t } from "../i18n";
import type { MeetingEvent } from "../live/events";
import { MeetingChannel, type ChannelStatus } from "../live/meetingChannel";
import { shownFocus, type MeetingState } from "../live/meetingState";
import { forgetTicket, readTicket } from "../live/tickets";
import { AgendaPanel } from "../meetings/agendaPanel";
import { MeetingCommands } from "../meetings/commands";
import { FollowControl } from "../meetings/followControl";
import type { LivePanel, PanelContext } from "../meetings/panel";
import { RosterPanel } from "../meetings/rosterPanel";
import { SpeakersPanel } from "../meetings/speakersPanel";
import { TimerPanel } from "../meetings/timerPanel";
import { PollsPanel } from "../voting/pollsPanel";
import { ProposalsPanel } from "../voting/proposalsPanel";
import { MinutesPanel } from "../records/minutesPanel";
import { RoomControls } from "../room/RoomControls";
import type { Page, PageContext } from "../router";
import { organizer } from "../session";
import type { Focus, MeetingPhase, RosterEntry } from "../types";
import { AlertBox } from "../ui/forms";
import { Frame } from "../ui/frame";
import { InvitePanel } from "../ui/invitePanel";
import { VisionImportPanel } from "../imports/visionImportPanel";
import { phaseLabel, roleLabel } from "../ui/labels";
import { failure, loading } from "../ui/loading";

/** How often the clocks on the page (countdown, time spent, speaking time) are redrawn. */
const TICK_MS = 500;

/** "/meetings/{id}": the live meeting: agenda, timer, speakers, roster, the vision document, invites. */
/** The section shown to everyone now, if any. */
function presentedSection(state: MeetingState): string | null {
  const focus = shownFocus(state);
  return focus.kind === "Section" ? focus.targetId : null;
}

export function meetingPage(context: PageContext): Page {
  const meetingId = context.params.id;
  const frame = new Frame(context);
  const alert = new AlertBox();
  const statusEl = h("p", { class: "connection", role: "status" });
  const announcer = h("div", { class: "visually-hidden announcer", "aria-live": "polite" });
  const detailsEl = h("section", { "aria-labelledby": "details-title" });
  const phaseEl = h("section", { class: "panel phase-panel", "aria-labelledby": "phase-title" });
  const documentEl = h("div", { class: "document-host" });
  let invitePanel: InvitePanel | null = null;
  let importPanel: VisionImportPanel | null = null;
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
      }
    },
    status: (next) => {
      status = next;
      if (next === "reconnecting") documentView?.disconnected();
      renderStatus();
    },
    error: (e) => alert.error(e),
  });

  const nameOf = (id: string) => state?.roster.find((e) => e.participantId === id)?.displayName ?? "?";
  const panelContext: PanelContext = {
    commands: new MeetingCommands(channel, meetingId),
    clock: channel.clock,
    nameOf,
    announce: (message) => (announcer.textContent = message),
  };
  const focusName = (focus: Focus) =>
    focus.kind === "AgendaItem"
      ? state?.agenda.items.find((i) => i.id === focus.targetId)?.title
      : focus.kind === "Section" && focus.targetId
        ? documentView?.headingOf(focus.targetId)
        : focus.kind === "Poll"
          ? state?.polls.find((p) => p.id === focus.targetId)?.draft.question
          : focus.kind === "Ranking" || focus.kind === "JoinCard"
            ? t(focus.kind === "Ranking" ? "room.ranking.title" : "room.join.title")
            : undefined;

  /** The live panels; made anew when the language changes, so every text is in the new one. */
  const createPanels = () => {
    const agenda = new AgendaPanel(panelContext);
    const polls = new PollsPanel(panelContext, meetingId, organizer() !== null);
    const follow = new FollowControl(panelContext, {
      nameOf: focusName,
      go: (focus) => {
        if (focus.kind === "AgendaItem" && focus.targetId) agenda.focusItem(focus.targetId);
        else if (focus.kind === "Section" && focus.targetId) documentView?.focusSection(focus.targetId);
        else if (focus.kind === "Poll" && focus.targetId) polls.focusPoll(focus.targetId);
      },
    });
    const proposals = new ProposalsPanel(panelContext, meetingId, organizer() !== null);
    const minutes = new MinutesPanel(panelContext, channel, meetingId);
    return { agenda, polls, proposals, follow, minutes, timer: new TimerPanel(panelContext), speakers: new SpeakersPanel(panelContext), roster: new RosterPanel(panelContext), room: new RoomControls(panelContext) };
  };
  let ui = createPanels();
  const panels = (): LivePanel[] => [ui.agenda, ui.timer, ui.speakers, ui.polls, ui.proposals, ui.roster, ui.follow, ui.minutes, ui.room];
  const ticker = setInterval(() => panels().forEach((p) => p.tick?.()), TICK_MS);

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
    if (state.you.removed) {
      frame.show(state.details.title, h("p", { role: "alert", class: "alert" }, t("meeting.removed")));
      frame.ready();
      return;
    }
    renderDetails();
    renderPhase();
    renderDocument();
    renderStatus();
    panels().forEach((p) => p.update(state!));
    invitePanel?.render();
    frame.show(
      state.details.title,
      statusEl,
      alert.el,
      detailsEl,
      phaseEl,
      ui.follow.el,
      ui.room.el,
      h("div", { class: "live-grid" }, h("div", {}, ui.agenda.el, ui.polls.el), h("div", { class: "live-side" }, ui.timer.el, ui.speakers.el)),
      ui.proposals.el,
      h("div", { class: "columns" }, ui.roster.el, documentEl),
      ui.minutes.el,
      invitePanel?.el,
      importPanel?.el,
      announcer,
    );
    frame.ready();
  };

  /** After events: re-render only what changed, so focus and typed text elsewhere stay. */
  const update = (previous: MeetingState) => {
    const current = state!;
    if (current.you.removed) {
      void channel.stop();
      renderAll();
      return;
    }
    if (current.details !== previous.details || current.you !== previous.you) {
      frame.heading.textContent = current.details.title;
      renderDetails();
      if (current.details.phase !== previous.details.phase) renderPhase();
      documentView?.setAccess(current.details.phase, current.you.muted);
      if (current.details.visionDocumentId !== previous.details.visionDocumentId) void openDocument();
      invitePanel?.update(current.details);
    }
    if (current.present !== previous.present) {
      for (const id of previous.present) if (!current.present.has(id)) documentView?.left(id);
    }
    if (current.focus !== previous.focus || current.details.phase !== previous.details.phase) {
      documentView?.setPresented(presentedSection(current));
    }
    panels().forEach((p) => p.update(current));
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
    fill(
      detailsEl,
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
        h("dd", {}, `${you.displayName} (${roleLabel(you.role)})`, you.muted ? ` – ${t("meeting.youMuted")}` : ""),
      ),
      h(
        "p",
        { class: "breadcrumb" },
        organizer() ? h("a", { href: `/groups/${d.workingGroupId}` }, t("meeting.backToGroup")) : null,
        organizer() ? " · " : null,
        h("a", { href: `/meetings/${d.id}/projector`, target: "_blank", rel: "noopener" }, t("projector.open")),
      ),
    );
  };

  const renderPhase = () => {
    const phase = state!.details.phase;
    const next: MeetingPhase | null = phase === "Scheduled" ? "Live" : phase === "Live" ? "Ended" : null;
    const phaseAlert = new AlertBox();
    const hadFocus = phaseEl.contains(document.activeElement);
    fill(
      phaseEl,
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
    // The meetingUpdated event updates the state; renderPhase keeps focus in the panel.
    await phaseAlert.run(() => channel.changePhase(phase));
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
        messages.push(t(event.data.isPresent ? "roster.arrived" : "roster.left", { name: entry?.displayName ?? "?" }));
      } else if (event.kind === "meetingUpdated" && events.length === 1) {
        messages.push(t("meeting.phaseNow", { phase: phaseLabel(event.data.details.phase) }));
      } else if (event.kind === "speakersChanged" && event.data.speakers.floor?.participantId === s.you.participantId) {
        messages.push(t("speakers.yourTurn"));
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
      importPanel = new VisionImportPanel(meetingId);
    }
    await openDocument();
  };

  /** The live document; made anew when the language changes, like the panels. */
  const openDocument = async () => {
    documentView?.dispose();
    documentView = null;
    const s = state!;
    if (s.details.visionDocumentId) {
      documentView = new DocumentView({
        hub: channel,
        meetingId,
        you: s.you,
        phase: s.details.phase,
        nameOf,
        announce: panelContext.announce,
        present: isFacilitator() ? (sectionId) => panelContext.commands.setFocus("Section", sectionId) : undefined,
      });
    }
    renderAll();
    await documentView?.open();
    documentView?.setPresented(presentedSection(state!));
    ui.proposals.setAreas(documentView?.areas() ?? []);
  };

  renderAll();
  void start();

  return {
    rerender: () => {
      ui.minutes.dispose();
      ui = createPanels();
      if (state && !loadError) void openDocument();
      else renderAll();
    },
    dispose: () => {
      disposed = true;
      clearInterval(ticker);
      documentView?.dispose();
      ui.minutes.dispose();
      void channel.stop();
    },
  };
}

/** Only http(s) links are made clickable. */
function safeLink(url: string): Node {
  return /^https?:\/\//i.test(url) ? h("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, url) : document.createTextNode(url);
}
