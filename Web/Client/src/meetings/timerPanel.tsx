import type { ReadonlySignal } from "@preact/signals";
import { useRef, useState } from "preact/hooks";
import { useId } from "../ui/uniqueId";
import { t } from "../i18n";
import type { MeetingState } from "../live/meetingState";
import { formatDuration } from "../live/serverClock";
import type { MeetingTimer } from "../types";
import { Alert, Field, useAlert } from "../ui/components";
import type { MeetingCommands } from "./commands";
import { mayFacilitate } from "./panel";

/** What a countdown shows now: remaining milliseconds at the server's current time. */
export function remainingMs(timer: MeetingTimer, serverNow: number): number {
  return timer.endsAt ? Math.max(0, Date.parse(timer.endsAt) - serverNow) : timer.remainingMs;
}

export interface TimerProps {
  state: ReadonlySignal<MeetingState>;
  /** The server's time now, ticking. */
  now: ReadonlySignal<number>;
  commands: MeetingCommands;
}

/** The countdown, the same second on every screen; the facilitator starts, pauses, extends and resets it. */
export function TimerPanel({ state, now, commands: c }: TimerProps) {
  const timer = state.value.timer;
  const facilitating = mayFacilitate(state.value);
  const alert = useAlert();
  const finished = useFinishedHere(timer);
  const button = (label: string, action: () => Promise<unknown>) => (
    <button type="button" onClick={() => void alert.run(action)}>
      {label}
    </button>
  );
  const classes = ["panel", "timer-panel", timer?.endsAt ? "running" : "", timer?.finished ? "finished" : ""];
  return (
    <section class={classes.filter(Boolean).join(" ")} aria-labelledby="timer-title">
      <h2 id="timer-title">{t("timer.title")}</h2>
      <TimerDisplay timer={timer} now={now} />
      <p class="timer-state">
        {timer ? [timer.label, t(timer.finished ? "timer.stateFinished" : timer.endsAt ? "timer.stateRunning" : "timer.statePaused")].filter(Boolean).join(" · ") : t("timer.none")}
      </p>
      {/* Said by the page's announcer (meetings/announcements.ts), shown here. */}
      <p class="timer-finished">{finished && timer ? t("timer.finished", { label: timer.label ?? t("timer.title") }) : ""}</p>
      <Alert message={alert.message} />
      <div class="timer-controls">
        {facilitating && timer ? (
          <>
            {timer.endsAt ? button(t("timer.pause"), c.pauseTimer) : timer.finished ? null : button(t("timer.resume"), c.resumeTimer)}
            {button(t("timer.extend"), () => c.extendTimer(60))}
            {button(t("timer.reset"), c.resetTimer)}
            {button(t("timer.clear"), c.clearTimer)}
          </>
        ) : null}
      </div>
      {facilitating ? <StartForm start={(seconds, label) => alert.run(() => c.startTimer(seconds, label))} /> : null}
    </section>
  );
}

/** The time left, redrawn as the clock ticks (only this line reads the clock). */
function TimerDisplay({ timer, now }: { timer: MeetingTimer | null; now: ReadonlySignal<number> }) {
  return (
    <p class="timer-display" role="timer" aria-live="off" aria-atomic="true">
      {timer ? formatDuration(remainingMs(timer, now.value)) : "–:––"}
    </p>
  );
}

/** Whether the countdown ran out while this page watched (not one that had ended before it was opened). */
function useFinishedHere(timer: MeetingTimer | null): boolean {
  const seen = useRef<{ timer: MeetingTimer | null | undefined; finished: boolean }>({ timer: undefined, finished: false });
  const s = seen.current;
  if (timer !== s.timer) {
    if (!timer?.finished) s.finished = false;
    else if (s.timer !== undefined && !s.timer?.finished) s.finished = true;
    s.timer = timer;
  }
  return s.finished;
}

function StartForm({ start }: { start(seconds: number, label: string | null): Promise<void> }) {
  const id = useId();
  const [minutes, setMinutes] = useState("5");
  const [label, setLabel] = useState("");
  return (
    <form
      class="timer-form"
      onSubmit={(event) => {
        event.preventDefault();
        void start(Math.round(Number(minutes) * 60), label.trim() || null);
      }}
    >
      <div class="form-row">
        <Field id={`${id}-minutes`} label={t("timer.minutes")} required>
          <input id={`${id}-minutes`} name="minutes" type="number" min={0.05} max={1440} step="any" required value={minutes} onInput={(event) => setMinutes(event.currentTarget.value)} />
        </Field>
        <Field id={`${id}-label`} label={t("timer.label")}>
          <input id={`${id}-label`} type="text" name="label" maxLength={200} value={label} onInput={(event) => setLabel(event.currentTarget.value)} />
        </Field>
      </div>
      <button type="submit" class="primary">
        {t("timer.start")}
      </button>
    </form>
  );
}
