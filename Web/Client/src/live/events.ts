import type { MeetingDetails, RosterEntry } from "../types";

// The events the meeting hub sends (see Web/Meetings/ClientEvents.cs), tagged with their hub method name.

export interface PresenceChanged {
  meetingId: string;
  seq: number;
  participantId: string;
  isPresent: boolean;
}

export interface RosterChanged {
  meetingId: string;
  seq: number;
  entry: RosterEntry;
}

export interface MeetingUpdated {
  meetingId: string;
  seq: number;
  details: MeetingDetails;
}

export type MeetingEvent =
  | { kind: "presenceChanged"; data: PresenceChanged }
  | { kind: "rosterChanged"; data: RosterChanged }
  | { kind: "meetingUpdated"; data: MeetingUpdated };

export const EVENT_NAMES = ["presenceChanged", "rosterChanged", "meetingUpdated"] as const;

export function seqOf(event: MeetingEvent): number {
  return event.data.seq;
}
