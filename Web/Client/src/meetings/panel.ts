import type { MeetingState } from "../live/meetingState";
import type { ServerClock } from "../live/serverClock";
import type { MeetingCommands } from "./commands";

/** What every live panel of the meeting page gets. */
export interface PanelContext {
  commands: MeetingCommands;
  clock: ServerClock;
  nameOf(participantId: string): string;
  /** A polite message for screen readers (the page's live region). */
  announce(message: string): void;
}

/** A part of the meeting page that follows the meeting's state. */
export interface LivePanel {
  readonly el: HTMLElement;
  /** The state changed (any part of it); re-render what this panel shows, if it changed. */
  update(state: MeetingState): void;
}

export const isFacilitator = (state: MeetingState) => state.you.role === "Facilitator";

/** May the person take part (not observer, not muted, meeting not ended)? */
export const mayContribute = (state: MeetingState) =>
  state.you.role !== "Observer" && !state.you.muted && state.details.phase !== "Ended";

/** May the person download the meeting's records (minutes, vision)? Observers may not: they are for its members. */
export const mayDownloadRecords = (state: MeetingState) => state.you.role !== "Observer";

/** May the person run the meeting now? */
export const mayFacilitate = (state: MeetingState) => isFacilitator(state) && state.details.phase !== "Ended";
