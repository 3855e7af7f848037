import { t } from "../i18n";
import { formatDuration } from "../live/serverClock";
import { remainingMs } from "../meetings/timerPanel";
import type { RoomModel } from "./roomModel";

const LAST_MINUTE_MS = 60_000;

/**
 * The countdown in large figures: emphasised in its last minute and at zero. Only this component reads the clock's
 * signal, so the ticks redraw nothing else; the announcement changes only at one minute and at zero.
 */
export function Countdown({ model }: { model: RoomModel }) {
  const timer = model.state.value?.timer;
  if (!timer) return null;
  const left = remainingMs(timer, model.now.value);
  const done = timer.finished || left <= 0;
  const ending = !done && left <= LAST_MINUTE_MS;
  const running = timer.endsAt !== null;
  return (
    <div class={`room-countdown${ending ? " ending" : ""}${done ? " done" : ""}`} data-room="countdown">
      {timer.label ? <p class="room-countdown-label">{timer.label}</p> : null}
      <p class="room-countdown-time" role="timer" aria-live="off">
        {formatDuration(left)}
      </p>
      <p class="visually-hidden" aria-live="polite">
        {done ? t("room.timeUp") : ending && running ? t("room.oneMinute") : ""}
      </p>
    </div>
  );
}
