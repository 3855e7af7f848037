import { shownFocus, type MeetingState } from "../live/meetingState";
import type { Agenda } from "../types";
import type { MeetingCommands } from "./commands";
import type { ShortcutAction } from "./shortcuts";

/**
 * What the facilitator's quick actions (toolbar buttons and shortcuts) would do now: each is worked out from the
 * meeting's state, so a button and its shortcut always agree, and is null when there is nothing to do.
 */

/** The item after the current one (the first item when none is current). */
export function nextItemId(agenda: Agenda): string | null {
  const index = agenda.items.findIndex((i) => i.id === agenda.currentItemId);
  return agenda.items[index + 1]?.id ?? null;
}

export type CountdownAction = { kind: "start"; seconds: number; label: string } | { kind: "pause" } | { kind: "resume" };

/** Pause a running countdown, resume a paused one, or start one for the current item's planned time. */
export function countdownAction(state: MeetingState): CountdownAction | null {
  const timer = state.timer;
  if (timer && timer.endsAt) return { kind: "pause" };
  if (timer && !timer.finished && timer.remainingMs > 0) return { kind: "resume" };
  const item = state.agenda.items.find((i) => i.id === state.agenda.currentItemId);
  return item && item.plannedMinutes > 0 ? { kind: "start", seconds: item.plannedMinutes * 60, label: item.title } : null;
}

/** The first raised hand, who gets the floor next. */
export function nextSpeakerId(state: MeetingState): string | null {
  return state.speakers.queue.find((q) => q.participantId !== state.speakers.floor?.participantId)?.participantId ?? null;
}

export type ShowAction = { kind: "hide" } | { kind: "showItem"; itemId: string };

/** Stop showing what is shown on everyone's screens, or show the current item. */
export function showAction(state: MeetingState): ShowAction | null {
  if (shownFocus(state).kind !== "None") return { kind: "hide" };
  return state.agenda.currentItemId ? { kind: "showItem", itemId: state.agenda.currentItemId } : null;
}

/** Does the quick action now; false when there is nothing to do (no next item, nobody waiting). */
export async function runQuickAction(action: ShortcutAction, state: MeetingState, commands: MeetingCommands): Promise<boolean> {
  switch (action) {
    case "nextItem": {
      const next = nextItemId(state.agenda);
      if (!next) return false;
      const focus = shownFocus(state);
      await commands.setCurrentAgendaItem(next);
      // The room screen showed the item being discussed: it moves on with it.
      if (focus.kind === "AgendaItem" && focus.targetId === state.agenda.currentItemId) await commands.setFocus("AgendaItem", next);
      return true;
    }
    case "countdown": {
      const countdown = countdownAction(state);
      if (!countdown) return false;
      if (countdown.kind === "pause") await commands.pauseTimer();
      else if (countdown.kind === "resume") await commands.resumeTimer();
      else await commands.startTimer(countdown.seconds, countdown.label);
      return true;
    }
    case "floor": {
      const speaker = nextSpeakerId(state);
      if (!speaker) return false;
      await commands.giveFloor(speaker);
      return true;
    }
    case "show": {
      const show = showAction(state);
      if (!show) return false;
      await (show.kind === "hide" ? commands.setFocus("None", null) : commands.setFocus("AgendaItem", show.itemId));
      return true;
    }
  }
}
