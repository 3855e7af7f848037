import { h } from "../dom";
import { t } from "../i18n";
import type { MeetingState } from "../live/meetingState";
import { formatDuration } from "../live/serverClock";
import type { MeetingTimer } from "../types";
import { AlertBox, field } from "../ui/forms";
import { mayFacilitate, type LivePanel, type PanelContext } from "./panel";

/** What a countdown shows now: remaining milliseconds at the server's current time. */
export function remainingMs(timer: MeetingTimer, serverNow: number): number {
  return timer.endsAt ? Math.max(0, Date.parse(timer.endsAt) - serverNow) : timer.remainingMs;
}

/** The countdown, the same second on every screen; the facilitator starts, pauses, extends and resets it. */
export class TimerPanel implements LivePanel {
  readonly el = h("section", { class: "panel timer-panel", "aria-labelledby": "timer-title" });
  private readonly displayEl = h("p", { class: "timer-display", role: "timer", "aria-live": "off", "aria-atomic": "true" });
  private readonly stateEl = h("p", { class: "timer-state" });
  /** Said by the page's announcer (meetings/announcements.ts), shown here. */
  private readonly finishedEl = h("p", { class: "timer-finished" });
  private readonly controlsEl = h("div", { class: "timer-controls" });
  private readonly alert = new AlertBox();
  private readonly startForm: HTMLFormElement;
  private timer: MeetingTimer | null | undefined;
  private facilitating = false;

  constructor(private readonly context: PanelContext) {
    const minutes = h("input", { name: "minutes", type: "number", min: 0.05, max: 1440, step: "any", required: true, value: "5" });
    const label = h("input", { type: "text", name: "label", maxlength: 200 });
    this.startForm = h(
      "form",
      { class: "timer-form" },
      h("div", { class: "form-row" }, field(t("timer.minutes"), minutes), field(t("timer.label"), label)),
      h("button", { type: "submit", class: "primary" }, t("timer.start")),
    );
    this.startForm.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.alert.run(() => context.commands.startTimer(Math.round(Number(minutes.value) * 60), label.value.trim() || null));
    });
    this.el.append(h("h2", { id: "timer-title" }, t("timer.title")), this.displayEl, this.stateEl, this.finishedEl, this.alert.el, this.controlsEl, this.startForm);
  }

  update(state: MeetingState): void {
    const facilitating = mayFacilitate(state);
    if (state.timer === this.timer && facilitating === this.facilitating) return;
    const first = this.timer === undefined;
    const wasFinished = this.timer?.finished ?? false;
    this.timer = state.timer;
    this.facilitating = facilitating;
    if (state.timer?.finished && !wasFinished && !first) {
      this.finishedEl.textContent = t("timer.finished", { label: state.timer.label ?? t("timer.title") });
    } else if (!state.timer?.finished) {
      this.finishedEl.textContent = "";
    }
    this.render();
  }

  tick(): void {
    const timer = this.timer;
    this.displayEl.textContent = timer ? formatDuration(remainingMs(timer, this.context.clock.now())) : "–:––";
  }

  private render(): void {
    const timer = this.timer ?? null;
    this.el.classList.toggle("running", !!timer?.endsAt);
    this.el.classList.toggle("finished", !!timer?.finished);
    this.stateEl.textContent = timer
      ? [timer.label, t(timer.finished ? "timer.stateFinished" : timer.endsAt ? "timer.stateRunning" : "timer.statePaused")].filter(Boolean).join(" · ")
      : t("timer.none");
    this.tick();
    const c = this.context.commands;
    const button = (label: string, action: () => Promise<unknown>) => h("button", { type: "button", onclick: () => void this.alert.run(action) }, label);
    const hadFocus = this.controlsEl.contains(document.activeElement);
    this.controlsEl.replaceChildren(
      ...(this.facilitating && timer
        ? [
            timer.endsAt ? button(t("timer.pause"), c.pauseTimer) : timer.finished ? null : button(t("timer.resume"), c.resumeTimer),
            button(t("timer.extend"), () => c.extendTimer(60)),
            button(t("timer.reset"), c.resetTimer),
            button(t("timer.clear"), c.clearTimer),
          ].filter((b): b is HTMLButtonElement => b !== null)
        : []),
    );
    if (hadFocus) this.controlsEl.querySelector("button")?.focus();
    this.startForm.hidden = !this.facilitating;
  }
}
