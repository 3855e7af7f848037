import type { ReadonlySignal } from "@preact/signals";
import { t } from "../i18n";
import type { MeetingState } from "../live/meetingState";
import type { MeetingPhase } from "../types";
import { mayFacilitate } from "./panel";
import { countdownAction, nextItemId, nextSpeakerId, showAction } from "./quickActions";
import { shortcutLabel, type ShortcutAction } from "./shortcuts";

interface ToolbarProps {
  state: ReadonlySignal<MeetingState>;
  shortcutsOn: boolean;
  nameOf(participantId: string): string;
  run(action: ShortcutAction): void;
  changePhase(phase: MeetingPhase): void;
}

/** The facilitator's frequent actions, one click each, next to the live bar; the same as the shortcuts. */
export function FacilitatorToolbar({ state, shortcutsOn, nameOf, run, changePhase }: ToolbarProps) {
  const s = state.value;
  const phase = s.details.phase;
  if (!mayFacilitate(s)) return null;
  const next = nextItemId(s.agenda);
  const nextTitle = s.agenda.items.find((i) => i.id === next)?.title;
  const countdown = countdownAction(s);
  const speaker = nextSpeakerId(s);
  const show = showAction(s);
  const quick = (action: ShortcutAction, label: string, enabled: boolean, title?: string) => (
    <button
      type="button"
      class="quick"
      disabled={!enabled}
      title={title}
      aria-keyshortcuts={shortcutsOn ? shortcutLabel(action) : undefined}
      data-action={action}
      onClick={() => run(action)}
    >
      {label}
      {shortcutsOn ? (
        <kbd class="quick-key" aria-hidden="true">
          {shortcutLabel(action)}
        </kbd>
      ) : null}
    </button>
  );
  return (
    <div class="facilitator-toolbar" role="group" aria-label={t("workspace.toolbar")}>
      {phase === "Scheduled" ? (
        <button type="button" class="primary" onClick={() => changePhase("Live")}>
          {t("meeting.start")}
        </button>
      ) : null}
      {quick("nextItem", t("workspace.nextItem"), next !== null, nextTitle)}
      {quick(
        "countdown",
        countdown?.kind === "pause"
          ? t("workspace.pauseCountdown")
          : countdown?.kind === "resume"
            ? t("workspace.resumeCountdown")
            : countdown
              ? t("workspace.startCountdown", { minutes: countdown.seconds / 60 })
              : t("workspace.countdown"),
        countdown !== null,
      )}
      {quick("floor", speaker ? t("workspace.giveFloorTo", { name: nameOf(speaker) }) : t("workspace.giveFloorNext"), speaker !== null)}
      {quick("show", show?.kind === "hide" ? t("follow.stop") : t("workspace.showItem"), show !== null)}
      {phase === "Live" ? (
        <button type="button" class="danger end-meeting" onClick={() => changePhase("Ended")}>
          {t("meeting.end")}
        </button>
      ) : null}
    </div>
  );
}
