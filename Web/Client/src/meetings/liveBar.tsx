import type { ReadonlySignal } from "@preact/signals";
import { t } from "../i18n";
import type { ChannelStatus } from "../live/meetingChannel";
import { saving } from "../live/saving";
import { presentCount, shownFocus, type MeetingState } from "../live/meetingState";
import { formatDuration } from "../live/serverClock";
import type { Focus } from "../types";
import { phaseLabel } from "../ui/labels";
import { spentMs } from "./agendaPanel";
import { nextSpeakerId } from "./quickActions";
import { remainingMs } from "./timerPanel";

/** The last minute of a countdown is emphasised. */
const LAST_MINUTE_MS = 60_000;

interface LiveBarProps {
  state: ReadonlySignal<MeetingState>;
  now: ReadonlySignal<number>;
  status: ReadonlySignal<ChannelStatus>;
  /** Is the person looking at what is shown to everyone (its area is open)? */
  there: boolean;
  nameOf(participantId: string): string;
  nameOfFocus(focus: Focus): string | undefined;
  goThere(): void;
  /** The video-call link, only ever given to participants and facilitators (the server gives observers none). */
  videoCall: string | null;
}

/**
 * What is going on, always in view for everyone: the phase, the current item with its time, the countdown, the
 * floor and who is next, what is shown to everyone (and a way there), how many are here, the connection (and edits
 * being saved again).
 */
export function LiveBar({ state, now, status, there, nameOf, nameOfFocus, goThere, videoCall }: LiveBarProps) {
  const s = state.value;
  const ended = s.details.phase === "Ended";
  const index = s.agenda.items.findIndex((i) => i.id === s.agenda.currentItemId);
  const item = ended ? undefined : s.agenda.items[index];
  const shown = shownFocus(s);
  const shownName = shown.kind === "None" ? undefined : nameOfFocus(shown);
  const floor = s.speakers.floor;
  const next = nextSpeakerId(s);
  // Connected, but an edit waits to be sent again (the cluster could not answer): say so, never nothing.
  const connection = status.value === "connected" && saving.value ? "saving" : status.value;
  return (
    <section class="live-bar" aria-label={t("workspace.live")}>
      <div class="live-cell live-phase">
        <span class={`phase phase-${s.details.phase.toLowerCase()}`}>{phaseLabel(s.details.phase)}</span>
      </div>
      <div class="live-cell live-item">
        <span class="live-label">{item ? t("workspace.itemOf", { number: index + 1, count: s.agenda.items.length }) : t("agenda.title")}</span>
        {item ? (
          <span class="live-value">
            <span class="live-item-title">{item.title}</span> <ItemTime state={state} now={now} />
          </span>
        ) : (
          <span class="live-value live-none">{ended ? t("workspace.ended") : t("workspace.noItem")}</span>
        )}
      </div>
      {s.timer && !ended ? <Countdown state={state} now={now} /> : null}
      <div class={floor || next ? "live-cell live-floor" : "live-cell live-floor empty"}>
        <span class="live-label">{t("workspace.floor")}</span>
        <span class="live-value">
          {floor ? <strong>{nameOf(floor.participantId)}</strong> : <span class="live-none">{t("workspace.nobody")}</span>}
          {next ? <span class="live-next"> · {t("workspace.nextSpeaker", { name: nameOf(next) })}</span> : null}
        </span>
      </div>
      {shownName ? (
        <div class="live-cell live-shown">
          <span class="live-label">{t("workspace.shown")}</span>
          <span class="live-value">
            <span class="live-shown-name">{shownName}</span>
            {there ? null : (
              <button type="button" class="go-there" onClick={goThere}>
                {t("workspace.goThere")}
              </button>
            )}
          </span>
        </div>
      ) : null}
      {s.details.room || videoCall ? (
        <div class="live-cell live-hybrid">
          <span class="live-label">{t("hybrid.room")}</span>
          <span class="live-value">
            {s.details.room ? <span class="live-room">{s.details.room}</span> : null}
            {videoCall ? (
              <a class="live-video-call" href={videoCall} target="_blank" rel="noopener noreferrer">
                {t("hybrid.join")}
              </a>
            ) : null}
          </span>
        </div>
      ) : null}
      <div class="live-cell live-people">
        <span class="live-value">
          {t("workspace.present", { count: presentCount(s) })}
          {" · "}
          {t("roster.watching", { count: s.watching })}
        </span>
        <span class={`connection connection-${connection}`}>{t(`live.${connection}`)}</span>
      </div>
    </section>
  );
}

/** Time spent on the current item against the planned time; past the plan it is marked. */
function ItemTime({ state, now }: { state: ReadonlySignal<MeetingState>; now: ReadonlySignal<number> }) {
  const agenda = state.value.agenda;
  const item = agenda.items.find((i) => i.id === agenda.currentItemId);
  if (!item) return null;
  const spent = spentMs(item, agenda, now.value);
  const over = item.plannedMinutes > 0 && spent > item.plannedMinutes * 60_000;
  return (
    <span class={over ? "live-item-time over" : "live-item-time"}>
      {t("workspace.spentOf", { spent: formatDuration(spent), planned: formatDuration(item.plannedMinutes * 60_000) })}
    </span>
  );
}

/** The countdown, the same second as on every screen; its last minute and its end stand out. */
function Countdown({ state, now }: { state: ReadonlySignal<MeetingState>; now: ReadonlySignal<number> }) {
  const timer = state.value.timer!;
  const left = remainingMs(timer, now.value);
  const tone = timer.finished || left <= 0 ? "finished" : left <= LAST_MINUTE_MS ? "urgent" : "";
  return (
    <div class={`live-cell live-countdown ${tone}`.trim()}>
      <span class="live-label">{timer.label ?? t("timer.title")}</span>
      <span class="live-value">
        <span role="timer" class="live-countdown-time">
          {formatDuration(left)}
        </span>
        {timer.endsAt ? null : <span class="live-countdown-state"> {t(timer.finished ? "timer.stateFinished" : "timer.statePaused")}</span>}
      </span>
    </div>
  );
}
