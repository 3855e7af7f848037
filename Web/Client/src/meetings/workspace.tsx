import type { ReadonlySignal } from "@preact/signals";
import type { ComponentChildren } from "preact";
import { useEffect, useState } from "preact/hooks";
import { formatMeetingStart } from "../format";
import { t } from "../i18n";
import type { ChannelStatus } from "../live/meetingChannel";
import { shownFocus, type MeetingState } from "../live/meetingState";
import type { Focus, MeetingPhase } from "../types";
import { Alert, Mount, useAlert } from "../ui/components";
import { roleLabel } from "../ui/labels";
import { RoomControls } from "../room/RoomControls";
import { PollsPanel } from "../voting/pollsPanel";
import { RosterPanel } from "./rosterPanel";
import { MinutesPanel } from "../records/minutesPanel";
import type { MinutesNotes } from "../records/minutesNotes";
import { QuestionsPanel } from "../audience/questionsPanel";
import { RoomPollPanel } from "../audience/roomPollPanel";
import { ProposalsPanel, type Area as BoardArea } from "../voting/proposalsPanel";
import { NextDatePanel } from "../scheduling/nextDatePanel";
import { AgendaPanel } from "./agendaPanel";
import { areaOfFocus, areaPath, areasFor, type Area } from "./areas";
import type { MeetingCommands } from "./commands";
import { FacilitatorToolbar } from "./facilitatorToolbar";
import { HybridForm } from "./hybridForm";
import type { Follow } from "./follow";
import { LiveBar } from "./liveBar";
import { isFacilitator, mayFacilitate } from "./panel";
import { runQuickAction } from "./quickActions";
import { isTyping, setShortcutsEnabled, shortcutFor, shortcutsEnabled, type ShortcutAction } from "./shortcuts";
import { ShortcutsDialog } from "./shortcutsDialog";
import { SpeakersPanel } from "./speakersPanel";
import { TimerPanel } from "./timerPanel";
import { useVideoCall } from "./videoCall";
import "./workspace.css";

/** Panels still built with dom.ts's `h()`, mounted once inside the areas. */
export interface WorkspacePanels {
  document: HTMLElement;
  invites: HTMLElement | null;
  imports: HTMLElement | null;
}

export interface WorkspaceModel {
  meetingId: string;
  state: ReadonlySignal<MeetingState>;
  status: ReadonlySignal<ChannelStatus>;
  area: ReadonlySignal<Area>;
  /** The server's time now, ticking (countdown, time spent). */
  now: ReadonlySignal<number>;
  panels: ReadonlySignal<WorkspacePanels>;
  /** The vision's areas, under which the proposals board gathers proposals. */
  boardAreas: ReadonlySignal<BoardArea[]>;
  commands: MeetingCommands;
  /** Signed in as an organizer (invites need the sign-in). */
  organizer: boolean;
  follow: Follow;
  /** The page's one live region and its alert for failures outside a panel. */
  announcer: HTMLElement;
  /** A polite message for screen readers, said by that live region. */
  announce(message: string): void;
  /** The minutes' co-edited notes, mounted once per agenda item. */
  minutesNotes: MinutesNotes;
  alert: HTMLElement;
  nameOf(participantId: string): string;
  nameOfFocus(focus: Focus): string | undefined;
  changePhase(phase: MeetingPhase): Promise<unknown>;
}

/**
 * The meeting as a workspace: the live bar and (for the facilitator) the quick actions always in view, the areas
 * one click away, each with its own URL. Areas not open stay in the page, hidden, so what is typed in one survives
 * a look at another.
 */
export function Workspace({ model }: { model: WorkspaceModel }) {
  const s = model.state.value;
  const area = model.area.value;
  const panels = model.panels.value;
  const areas = areasFor({ facilitator: isFacilitator(s), organizer: model.organizer });
  const [shortcutsOn, setShortcutsOn] = useState(shortcutsEnabled);
  const [dialogOpen, setDialogOpen] = useState(false);
  const quick = useAlert();
  const shown = shownFocus(s);
  const there = areaOfFocus(shown) === area;
  const videoCall = useVideoCall(model.state, model.commands, quick.show);

  const run = (action: ShortcutAction) => void quick.run(() => runQuickAction(action, model.state.peek(), model.commands));
  const changePhase = (phase: MeetingPhase) => {
    if (phase === "Ended" && !window.confirm(t("meeting.endConfirm"))) return;
    void quick.run(() => model.changePhase(phase));
  };

  useEffect(() => {
    if (!shortcutsOn) return;
    const onKey = (event: KeyboardEvent) => {
      const action = shortcutFor(event);
      if (!action || dialogOpen || isTyping(event.target as Element | null) || !mayFacilitate(model.state.peek())) return;
      event.preventDefault();
      run(action);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [shortcutsOn, dialogOpen]);

  const content: Record<Area, () => ComponentChildren> = {
    program: () => (
      <div class="live-grid">
        <AgendaPanel state={model.state} now={model.now} commands={model.commands} />
        <div class="live-side">
          <TimerPanel state={model.state} now={model.now} commands={model.commands} />
          <SpeakersPanel state={model.state} now={model.now} commands={model.commands} nameOf={model.nameOf} />
          <RoomControls meeting={model.state} commands={model.commands} />
        </div>
      </div>
    ),
    vision: () => <Mount el={panels.document} />,
    polls: () => (
      <>
        <PollsPanel state={model.state} commands={model.commands} meetingId={model.meetingId} nameOf={model.nameOf} canDownload={model.organizer} />
        <NextDatePanel state={model.state} commands={model.commands} />
      </>
    ),
    proposals: () => (
      <ProposalsPanel state={model.state} areas={model.boardAreas} commands={model.commands} meetingId={model.meetingId} nameOf={model.nameOf} canDownload={model.organizer} />
    ),
    questions: () => (
      <>
        <QuestionsPanel state={model.state} commands={model.commands} />
        <RoomPollPanel state={model.state} commands={model.commands} />
      </>
    ),
    minutes: () => <MinutesPanel state={model.state} notes={model.minutesNotes} commands={model.commands} meetingId={model.meetingId} announce={model.announce} />,
    people: () => <RosterPanel state={model.state} commands={model.commands} announce={model.announce} />,
    invitations: () => <Mount el={panels.invites} />,
    settings: () => (
      <Settings state={model.state} shortcutsOn={shortcutsOn} openShortcuts={() => setDialogOpen(true)} imports={panels.imports}>
        <HybridForm state={model.state} commands={model.commands} videoCall={videoCall} />
      </Settings>
    ),
  };

  return (
    <div class="workspace">
      <div class="workspace-top">
        <LiveBar
          state={model.state}
          now={model.now}
          status={model.status}
          there={there}
          nameOf={model.nameOf}
          nameOfFocus={model.nameOfFocus}
          goThere={() => model.follow.goThere(shownFocus(model.state.peek()))}
          videoCall={videoCall}
        />
        <FacilitatorToolbar
          state={model.state}
          shortcutsOn={shortcutsOn}
          nameOf={model.nameOf}
          run={run}
          changePhase={changePhase}
        />
        <Alert message={quick.message} />
        <div class="area-row">
          <nav class="area-nav" aria-label={t("workspace.areas")}>
            <ul>
              {areas.map((a) => (
                <li key={a}>
                  <a href={areaPath(model.meetingId, a)} aria-current={a === area ? "page" : undefined}>
                    {t(`workspace.area.${a}`)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {mayFacilitate(s) ? (
            <button type="button" class="link-button shortcuts-button" onClick={() => setDialogOpen(true)}>
              {t("workspace.shortcuts")}
            </button>
          ) : null}
        </div>
      </div>
      <Facts state={model.state} meetingId={model.meetingId} organizer={model.organizer} />
      <Mount el={model.alert} />
      {areas.map((a) => (
        <div key={a} class={`area area-${a}`} data-area={a} hidden={a !== area}>
          {content[a]()}
        </div>
      ))}
      <Mount el={model.announcer} />
      <ShortcutsDialog
        open={dialogOpen}
        enabled={shortcutsOn}
        setEnabled={(on) => {
          setShortcutsEnabled(on);
          setShortcutsOn(on);
        }}
        close={() => setDialogOpen(false)}
      />
    </div>
  );
}

/** When and where, who leads, and who you are here. */
function Facts({ state, meetingId, organizer }: { state: ReadonlySignal<MeetingState>; meetingId: string; organizer: boolean }) {
  const d = state.value.details;
  const you = state.value.you;
  return (
    <div class="meeting-facts">
      <dl class="facts-inline">
        <div>
          <dt>{t("meeting.startsAt")}</dt>
          <dd>{formatMeetingStart(d)}</dd>
        </div>
        {d.place ? (
          <div>
            <dt>{t("meeting.place")}</dt>
            <dd>{d.place}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t("meeting.facilitator")}</dt>
          <dd>{d.facilitatorName || roleLabel("Facilitator")}</dd>
        </div>
        <div>
          <dt>{t("meeting.you")}</dt>
          <dd>
            {`${you.displayName} (${roleLabel(you.role)})`}
            {you.muted ? ` – ${t("meeting.youMuted")}` : ""}
          </dd>
        </div>
      </dl>
      <p class="breadcrumb">
        {organizer ? (
          <>
            <a href={`/groups/${d.workingGroupId}`}>{t("meeting.backToGroup")}</a>
            {" · "}
          </>
        ) : null}
        <a href={`/meetings/${meetingId}/projector`} target="_blank" rel="noopener">
          {t("projector.open")}
        </a>
      </p>
    </div>
  );
}

/** The facilitator's settings: the shortcuts, the hybrid meeting's link and room, and (for organizers) bringing in the previous workshop's record. */
function Settings({ state, shortcutsOn, openShortcuts, imports, children }: { state: ReadonlySignal<MeetingState>; shortcutsOn: boolean; openShortcuts(): void; imports: HTMLElement | null; children: ComponentChildren }) {
  const phase = state.value.details.phase;
  return (
    <>
      <section class="panel" aria-labelledby="settings-title">
        <h2 id="settings-title">{t("workspace.area.settings")}</h2>
        <h3>{t("workspace.shortcuts")}</h3>
        <p>
          {shortcutsOn ? t("workspace.shortcutsAreOn") : t("workspace.shortcutsAreOff")}{" "}
          <button type="button" class="link-button" onClick={openShortcuts}>
            {t("workspace.shortcutsChange")}
          </button>
        </p>
        {phase === "Ended" ? <p class="hint">{t("agenda.ended")}</p> : null}
      </section>
      {children}
      <Mount el={imports} />
    </>
  );
}
