import type { ActionItem, Agenda, BoardView, MinutesInfo, Focus, MeetingDetails, MeetingTimer, ModerationRecord, PollView, RoomScreen, RosterEntry, Speakers } from "../types";

// The events the meeting hub sends (see Web/Meetings/ClientEvents.cs), tagged with their hub method name.

export interface PresenceChanged {
  meetingId: string;
  seq: number;
  participantId: string;
  isPresent: boolean;
}

/** How many observers are connected; observers are counted, not listed (at most one such event a second). */
export interface AudienceChanged {
  meetingId: string;
  seq: number;
  watching: number;
}

export interface RosterChanged {
  meetingId: string;
  seq: number;
  entry: RosterEntry;
}

/** Two seats became one: the merged seat leaves the roster; its connections (perhaps this one) go on as the kept seat. */
export interface SeatsMerged {
  meetingId: string;
  seq: number;
  kept: RosterEntry;
  mergedId: string;
  keptPresent: boolean;
}

export interface MeetingUpdated {
  meetingId: string;
  seq: number;
  details: MeetingDetails;
}

export interface AgendaChanged {
  meetingId: string;
  seq: number;
  agenda: Agenda;
}

export interface TimerChanged {
  meetingId: string;
  seq: number;
  timer: MeetingTimer | null;
}

export interface SpeakersChanged {
  meetingId: string;
  seq: number;
  speakers: Speakers;
}

export interface FocusChanged {
  meetingId: string;
  seq: number;
  focus: Focus;
}

export interface RoomScreenChanged {
  meetingId: string;
  seq: number;
  screen: RoomScreen;
}

export interface ModerationRecorded {
  meetingId: string;
  seq: number;
  record: ModerationRecord;
}

export interface PollChanged {
  meetingId: string;
  seq: number;
  poll: PollView;
}

export interface BoardChanged {
  meetingId: string;
  seq: number;
  board: BoardView;
}

export interface ActionItemsChanged {
  meetingId: string;
  seq: number;
  items: ActionItem[];
}

export interface MinutesChanged {
  meetingId: string;
  seq: number;
  minutes: MinutesInfo;
}

export type MeetingEvent =
  | { kind: "presenceChanged"; data: PresenceChanged }
  | { kind: "rosterChanged"; data: RosterChanged }
  | { kind: "seatsMerged"; data: SeatsMerged }
  | { kind: "audienceChanged"; data: AudienceChanged }
  | { kind: "meetingUpdated"; data: MeetingUpdated }
  | { kind: "agendaChanged"; data: AgendaChanged }
  | { kind: "timerChanged"; data: TimerChanged }
  | { kind: "speakersChanged"; data: SpeakersChanged }
  | { kind: "focusChanged"; data: FocusChanged }
  | { kind: "roomScreenChanged"; data: RoomScreenChanged }
  | { kind: "moderationRecorded"; data: ModerationRecorded }
  | { kind: "pollChanged"; data: PollChanged }
  | { kind: "boardChanged"; data: BoardChanged }
  | { kind: "actionItemsChanged"; data: ActionItemsChanged }
  | { kind: "minutesChanged"; data: MinutesChanged };

export const EVENT_NAMES = [
  "presenceChanged",
  "rosterChanged",
  "seatsMerged",
  "audienceChanged",
  "meetingUpdated",
  "agendaChanged",
  "timerChanged",
  "speakersChanged",
  "focusChanged",
  "roomScreenChanged",
  "moderationRecorded",
  "pollChanged",
  "boardChanged",
  "actionItemsChanged",
  "minutesChanged",
] as const;

export function seqOf(event: MeetingEvent): number {
  return event.data.seq;
}
