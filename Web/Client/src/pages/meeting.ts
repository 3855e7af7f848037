import { batch, signal } from "@preact/signals";
import { createElement, render } from "preact";
import { DocumentView } from "../documents/documentView";
import { fill, h } from "../dom";
import { errorCode } from "../errors";
import { t } from "../i18n";
import { MeetingChannel, type ChannelStatus } from "../live/meetingChannel";
import { saving } from "../live/saving";
import { shownFocus, type MeetingState } from "../live/meetingState";
import { forgetTicket, readTicket } from "../live/tickets";
import { announcementsFor, countdownAnnouncement } from "../meetings/announcements";
import { Announcer } from "../meetings/announcer";
import { areaOfFocus, areaPath, resolveArea, type Area } from "../meetings/areas";
import { MeetingCommands } from "../meetings/commands";
import { Follow } from "../meetings/follow";
import { isFacilitator } from "../meetings/panel";
import { remainingMs } from "../meetings/timerPanel";
import { Workspace, type WorkspaceModel, type WorkspacePanels } from "../meetings/workspace";
import type { Area as BoardArea } from "../voting/proposalsPanel";
import { MinutesNotes } from "../records/minutesNotes";
import type { Page, PageContext } from "../router";
import { organizer } from "../session";
import type { Focus } from "../types";
import { AlertBox } from "../ui/forms";
import { Frame } from "../ui/frame";
import type { InvitePanel } from "../ui/invitePanel";
import type { VisionImportPanel } from "../imports/visionImportPanel";
import { failure, loading } from "../ui/loading";
import { nameIn } from "../meetings/names";

/** How often the clocks on the page (countdown, time spent, speaking time) are redrawn. */
const TICK_MS = 500;

/** The section shown to everyone now, if any. */
function presentedSection(state: MeetingState): string | null {
  const focus = shownFocus(state);
  return focus.kind === "Section" ? focus.targetId : null;
}

/**
 * "/meetings/{id}" and "/meetings/{id}/{area}": the live meeting as a workspace (meetings/workspace.tsx). The page
 * keeps the connection, the meeting's state and the panels; moving between areas keeps all of them.
 */
export function meetingPage(context: PageContext): Page {
  const meetingId = context.params.id;
  const frame = new Frame(context);
  const alert = new AlertBox();
  const announcer = new Announcer();
  const host = h("div", { class: "workspace-host" });
  const stateSignal = signal<MeetingState | null>(null);
  const status = signal<ChannelStatus>("connecting");
  /** The area the URL names (undefined: none, the default area or, for those who follow, what is shown). */
  let requested: string | undefined = context.params.area;
  const area = signal<Area>("program");
  const now = signal(Date.now());
  /** The vision's areas, under which the proposals board gathers proposals. */
  const boardAreas = signal<BoardArea[]>([]);
  let invitePanel: InvitePanel | null = null;
  let importPanel: VisionImportPanel | null = null;
  let loadError: unknown = null;
  let documentView: DocumentView | null = null;
  let disposed = false;
  let mounted = false;
  let lastRemaining: number | null = null;

  const state = () => stateSignal.value;

  const channel = new MeetingChannel(meetingId, {
    state: (next, events) => {
      const previous = stateSignal.peek();
      batch(() => {
        stateSignal.value = next;
        now.value = channel.clock.now();
      });
      if (previous) {
        announcer.say(announcementsFor(previous, next, events));
        update(previous);
      }
    },
    status: (next) => {
      const before = status.peek();
      status.value = next;
      if (next === "reconnecting") documentView?.disconnected();
      if (before !== "connecting" && before !== next) announcer.say(t(`live.${next}`));
      if (!stateSignal.peek()) renderAll();
    },
    error: (e) => alert.error(e),
  });

  const nameOf = (id: string) => nameIn(state()?.roster ?? [], id);
  const commands = new MeetingCommands(channel, meetingId);
  const announce = (message: string) => announcer.say(message);
  const nameOfFocus = (focus: Focus) =>
    focus.kind === "AgendaItem"
      ? state()?.agenda.items.find((i) => i.id === focus.targetId)?.title
      : focus.kind === "Section" && focus.targetId
        ? documentView?.headingOf(focus.targetId)
        : focus.kind === "Poll"
          ? state()?.polls.find((p) => p.id === focus.targetId)?.draft.question
          : focus.kind === "Ranking" || focus.kind === "JoinCard" || focus.kind === "WordCloud"
            ? t(focus.kind === "Ranking" ? "room.ranking.title" : focus.kind === "JoinCard" ? "room.join.title" : "wordCloud.title")
            : undefined;

  /** The minutes' editors; made anew when the language changes, so every text is in the new one. */
  let minutesNotes = new MinutesNotes(channel, meetingId, nameOf);
  const documentHost = h("div", { class: "document-host" });
  const panels = signal<WorkspacePanels>(panelElements());

  function panelElements(): WorkspacePanels {
    return {
      document: documentHost,
      invites: invitePanel?.el ?? null,
      imports: importPanel?.el ?? null,
    };
  }

  const follow = new Follow({
    area: () => area.peek(),
    open: (next, replace) => context.navigate(areaPath(meetingId, next), { replace }),
    // After the area is drawn (Preact renders after this task's microtasks).
    focus: (focus) => setTimeout(() => goTo(focus), 0),
  });

  /** Moves the keyboard focus to what is shown, unless someone is typing (then they stay where they are). */
  const goTo = (focus: Focus) => {
    if (!focus.targetId) return;
    if (focus.kind === "AgendaItem") {
      const item = host.querySelector<HTMLElement>(`.agenda li[data-item="${CSS.escape(focus.targetId)}"]`);
      item?.scrollIntoView({ block: "nearest" });
      item?.focus();
    } else if (focus.kind === "Section") documentView?.focusSection(focus.targetId);
    else if (focus.kind === "Poll") {
      const poll = host.querySelector<HTMLElement>(`.polls [data-poll="${CSS.escape(focus.targetId)}"]`);
      poll?.scrollIntoView({ block: "nearest" });
      poll?.querySelector<HTMLElement>("h3")?.focus();
    }
  };

  /** Shows the area the URL asks for, if the person may open it (otherwise the default, in the URL too). */
  const showArea = (segment: string | undefined, chosen: boolean) => {
    const s = stateSignal.peek();
    if (!s) return;
    const resolved = resolveArea(segment, { facilitator: isFacilitator(s), organizer: organizer() !== null && invitePanel !== null });
    area.value = resolved;
    if (segment !== undefined && segment !== resolved) history.replaceState(null, "", areaPath(meetingId, resolved));
    if (chosen) follow.chose(resolved, shownFocus(s));
  };

  // Edits sent again after the cluster could not answer: told once when it starts and once when they are saved.
  let wasSaving = saving.peek();
  const stopSaving = saving.subscribe((now) => {
    if (now !== wasSaving && status.peek() === "connected") announcer.say(t(now ? "live.saving" : "live.saved"));
    wasSaving = now;
  });

  const ticker = setInterval(() => {
    now.value = channel.clock.now();
    const timer = stateSignal.peek()?.timer;
    const remaining = timer?.endsAt ? remainingMs(timer, now.peek()) : null;
    const message = countdownAnnouncement(lastRemaining, remaining);
    if (message) announcer.say(message);
    lastRemaining = remaining;
  }, TICK_MS);

  const model = (): WorkspaceModel => ({
    meetingId,
    state: stateSignal as WorkspaceModel["state"],
    status,
    area,
    now,
    panels,
    boardAreas,
    commands,
    organizer: organizer() !== null,
    follow,
    announcer: announcer.el,
    announce,
    minutesNotes,
    alert: alert.el,
    nameOf,
    nameOfFocus,
    changePhase: (phase) => channel.changePhase(phase),
  });

  const renderAll = () => {
    const s = stateSignal.peek();
    if (loadError || !s || s.you.removed) {
      if (mounted) render(null, host);
      mounted = false;
      if (loadError) frame.show(t("error.pageTitle"), ...failure(loadError));
      else if (!s) frame.show(t("meeting.title"), h("p", { class: `connection connection-${status.peek()}` }, t(`live.${status.peek()}`)), loading());
      else frame.show(s.details.title, h("p", { role: "alert", class: "alert" }, t("meeting.removed")));
      if (s || loadError) frame.ready();
      return;
    }
    renderDocument();
    minutesNotes.update(s);
    panels.value = panelElements();
    frame.show(s.details.title, host);
    render(createElement(Workspace, { model: model() }), host);
    mounted = true;
    frame.ready();
  };

  /** After events: the components follow the state signal; the `h()` panels re-render what changed. */
  const update = (previous: MeetingState) => {
    const current = stateSignal.peek()!;
    if (current.you.removed) {
      void channel.stop();
      renderAll();
      return;
    }
    if (current.details !== previous.details || current.you !== previous.you) {
      frame.heading.textContent = current.details.title;
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
    minutesNotes.update(current);
    if (current.roster.length > previous.roster.length) invitePanel?.refresh();
    if (current.focus !== previous.focus && shownFocus(current).kind !== "None") {
      const name = nameOfFocus(current.focus);
      if (name) announcer.say(t("follow.now", { name }));
      follow.shownChanged(current.focus, isFacilitator(current));
    }
  };

  const renderDocument = () => {
    fill(
      documentHost,
      documentView
        ? documentView.el
        : h("section", { "aria-labelledby": "document-title" }, h("h2", { id: "document-title" }, t("meeting.visionDocument")), h("p", {}, t("meeting.noDocument"))),
    );
  };

  const start = async () => {
    let s: MeetingState;
    try {
      s = await channel.start();
    } catch (e) {
      if (errorCode(e) === "ticket.invalid" && readTicket(meetingId)) forgetTicket(meetingId);
      if (!disposed) {
        loadError = e;
        renderAll();
        void channel.stop();
      }
      return;
    }
    if (disposed) return;
    if (isFacilitator(s) && organizer()) {
      // Organizers' tools are chunks of their own: a participant's phone never downloads them.
      const [invites, imports] = await Promise.all([import("../ui/invitePanel"), import("../imports/visionImportPanel")]);
      if (disposed) return;
      invitePanel = new invites.InvitePanel(s.details);
      importPanel = new imports.VisionImportPanel(meetingId);
    }
    // Without an area in the URL, those who follow open where what is shown is.
    const shownArea = areaOfFocus(shownFocus(s));
    if (requested === undefined && shownArea && !isFacilitator(s)) {
      requested = shownArea;
      history.replaceState(null, "", areaPath(meetingId, shownArea));
    }
    showArea(requested, false);
    await openDocument();
  };

  /** The live document; made anew when the language changes, like the panels. */
  const openDocument = async () => {
    documentView?.dispose();
    documentView = null;
    const s = stateSignal.peek()!;
    if (s.details.visionDocumentId) {
      documentView = new DocumentView({
        hub: channel,
        meetingId,
        you: s.you,
        phase: s.details.phase,
        nameOf,
        announce,
        present: isFacilitator(s) ? (sectionId) => commands.setFocus("Section", sectionId) : undefined,
      });
    }
    renderAll();
    await documentView?.open();
    documentView?.setPresented(presentedSection(stateSignal.peek()!));
    boardAreas.value = documentView?.areas() ?? [];
  };

  renderAll();
  void start();

  return {
    navigated: (params) => {
      if (params.id !== meetingId) return false;
      requested = params.area;
      showArea(params.area, true);
      return true;
    },
    rerender: () => {
      minutesNotes.dispose();
      minutesNotes = new MinutesNotes(channel, meetingId, nameOf);
      const s = stateSignal.peek();
      if (s && !loadError) {
        void openDocument();
      } else renderAll();
    },
    dispose: () => {
      disposed = true;
      clearInterval(ticker);
      stopSaving();
      documentView?.dispose();
      minutesNotes.dispose();
      if (mounted) render(null, host);
      void channel.stop();
    },
  };
}
