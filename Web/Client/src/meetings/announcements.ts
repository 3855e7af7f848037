import { t } from "../i18n";
import type { MeetingEvent } from "../live/events";
import type { MeetingState } from "../live/meetingState";
import { phaseLabel } from "../ui/labels";
import { nameIn } from "./names";

/**
 * What the page's live region says about a change (WCAG 4.1.3): the current item, the floor given to you, a poll
 * opening or closing, the phase, people arriving and leaving. Not every change: a screen reader user would hear
 * nothing else.
 */
export function announcementsFor(previous: MeetingState, next: MeetingState, events: readonly MeetingEvent[]): string[] {
  const messages: string[] = [];
  const me = next.you.participantId;
  for (const event of events) {
    if (event.kind === "presenceChanged" && event.data.participantId !== me) {
      const name = nameIn(next.roster, event.data.participantId);
      messages.push(t(event.data.isPresent ? "roster.arrived" : "roster.left", { name }));
    }
  }
  if (next.details.phase !== previous.details.phase) {
    messages.push(t("meeting.phaseNow", { phase: phaseLabel(next.details.phase) }));
  }
  const current = next.agenda.currentItemId;
  if (current && current !== previous.agenda.currentItemId && next.details.phase !== "Ended") {
    const item = next.agenda.items.find((i) => i.id === current);
    if (item) messages.push(t("workspace.itemNow", { title: item.title }));
  }
  if (next.speakers.floor?.participantId === me && previous.speakers.floor?.participantId !== me) {
    messages.push(t("speakers.yourTurn"));
  }
  for (const poll of next.polls) {
    const before = previous.polls.find((p) => p.id === poll.id)?.phase;
    if (poll.phase === before) continue;
    if (poll.phase === "Open") messages.push(t("workspace.pollOpened", { question: poll.draft.question }));
    else if (poll.phase === "Closed" && before === "Open") messages.push(t("workspace.pollClosed", { question: poll.draft.question }));
  }
  if (next.timer?.finished && !previous.timer?.finished) {
    messages.push(t("timer.finished", { label: next.timer.label ?? t("timer.title") }));
  }
  return messages;
}

const MINUTE_MS = 60_000;

/** "One minute left", said once when a running countdown passes the minute (not when it starts below it). */
export function countdownAnnouncement(previousRemainingMs: number | null, remainingMs: number | null): string | null {
  if (previousRemainingMs === null || remainingMs === null) return null;
  return previousRemainingMs > MINUTE_MS && remainingMs <= MINUTE_MS && remainingMs > 0 ? t("workspace.oneMinuteLeft") : null;
}
