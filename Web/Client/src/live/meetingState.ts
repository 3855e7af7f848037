import type { MeetingDetails, MeetingSnapshot, RosterEntry } from "../types";
import type { MeetingEvent } from "./events";

/** What the meeting page shows, kept up to date from a snapshot and the events after it. */
export interface MeetingState {
  details: MeetingDetails;
  roster: RosterEntry[];
  present: ReadonlySet<string>;
  seq: number;
  you: RosterEntry;
}

export function fromSnapshot(snapshot: MeetingSnapshot): MeetingState {
  return {
    details: snapshot.details,
    roster: [...snapshot.roster],
    present: new Set(snapshot.present),
    seq: snapshot.seq,
    you: snapshot.you,
  };
}

/** Applies one event (already known to be the next in sequence) and returns the new state. */
export function applyEvent(state: MeetingState, event: MeetingEvent): MeetingState {
  const seq = event.data.seq;
  switch (event.kind) {
    case "presenceChanged": {
      const present = new Set(state.present);
      if (event.data.isPresent) {
        present.add(event.data.participantId);
      } else {
        present.delete(event.data.participantId);
      }
      return { ...state, present, seq };
    }
    case "rosterChanged": {
      const entry = event.data.entry;
      const index = state.roster.findIndex((e) => e.participantId === entry.participantId);
      const roster = index >= 0 ? state.roster.map((e, i) => (i === index ? entry : e)) : [...state.roster, entry];
      const you = entry.participantId === state.you.participantId ? entry : state.you;
      return { ...state, roster, you, seq };
    }
    case "meetingUpdated":
      return { ...state, details: event.data.details, seq };
  }
}

export function presentCount(state: MeetingState): number {
  return state.roster.filter((e) => state.present.has(e.participantId)).length;
}
