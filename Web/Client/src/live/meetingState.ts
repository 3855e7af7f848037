import type { DatePollTallies, QuestionsView, ReactionsBurst, WordCloudView } from "../contract.generated";
import type { ActionItem, Agenda, BoardView, MinutesInfo, Focus, MeetingDetails, MeetingSnapshot, MeetingTimer, ModerationRecord, PollView, RoomScreen, RosterEntry, Speakers } from "../types";
import type { MeetingEvent } from "./events";

/** What the meeting page shows, kept up to date from a snapshot and the events after it. */
export interface MeetingState {
  details: MeetingDetails;
  roster: RosterEntry[];
  present: ReadonlySet<string>;
  seq: number;
  you: RosterEntry;
  agenda: Agenda;
  timer: MeetingTimer | null;
  speakers: Speakers;
  focus: Focus;
  moderation: ModerationRecord[];
  polls: PollView[];
  /** The board as everyone sees it (hidden proposals without text); the panel asks for its own view. */
  board: BoardView;
  actionItems: ActionItem[];
  minutes: MinutesInfo;
  /** Observers connected; they are counted, not listed. */
  watching: number;
  /** Blanked or not (the room screen's own state beside the focus). */
  roomScreen: RoomScreen;
  /** The questions from the audience as everyone sees them, once one changed (not in the snapshot: GetQuestions). */
  questions?: QuestionsView;
  /** The word cloud as everyone sees it, once it changed (not in the snapshot: GetWordCloud). */
  wordCloud?: WordCloudView;
  /** The group's date poll as everyone sees it, once it changed (not in the snapshot: GetDatePoll). */
  datePoll?: DatePollTallies;
  /** The last burst of reactions: a new value each burst, which the room screen floats (never stored). */
  reactions?: ReactionsBurst;
}

/** What is shown to everyone now: nothing once the meeting has ended, whatever was shown last. */
export function shownFocus(state: MeetingState): Focus {
  return state.details.phase === "Ended" ? { kind: "None", targetId: null, since: state.focus.since, codes: "None" } : state.focus;
}

export function fromSnapshot(snapshot: MeetingSnapshot): MeetingState {
  return {
    details: snapshot.details,
    roster: [...snapshot.roster],
    present: new Set(snapshot.present),
    seq: snapshot.seq,
    you: snapshot.you,
    agenda: snapshot.agenda,
    timer: snapshot.timer,
    speakers: snapshot.speakers,
    focus: snapshot.focus,
    moderation: [...snapshot.moderation],
    polls: [...snapshot.polls],
    board: snapshot.board,
    actionItems: snapshot.actionItems,
    minutes: snapshot.minutes,
    watching: snapshot.watching,
    roomScreen: snapshot.roomScreen,
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
    case "audienceChanged":
      return { ...state, watching: event.data.watching, seq };
    case "rosterChanged": {
      const entry = event.data.entry;
      // Observers are not listed; an observer's own entry still matters to them (removed, say).
      if (entry.role === "Observer") return { ...state, you: entry.participantId === state.you.participantId ? entry : state.you, seq };
      const index = state.roster.findIndex((e) => e.participantId === entry.participantId);
      const roster = index >= 0 ? state.roster.map((e, i) => (i === index ? entry : e)) : [...state.roster, entry];
      const you = entry.participantId === state.you.participantId ? entry : state.you;
      return { ...state, roster, you, seq };
    }
    case "seatsMerged": {
      const { kept, mergedId, keptPresent } = event.data;
      const present = new Set(state.present);
      present.delete(mergedId);
      if (keptPresent) present.add(kept.participantId);
      const others = state.roster.filter((e) => e.participantId !== mergedId);
      const roster = kept.role === "Observer" ? others : others.map((e) => (e.participantId === kept.participantId ? kept : e));
      // This connection was the merged seat's: it goes on as the kept one.
      const you = state.you.participantId === mergedId || state.you.participantId === kept.participantId ? kept : state.you;
      return { ...state, roster, present, you, seq };
    }
    case "meetingUpdated":
      return { ...state, details: event.data.details, seq };
    case "agendaChanged":
      return { ...state, agenda: event.data.agenda, seq };
    case "timerChanged":
      return { ...state, timer: event.data.timer, seq };
    case "speakersChanged":
      return { ...state, speakers: event.data.speakers, seq };
    case "focusChanged":
      return { ...state, focus: event.data.focus, seq };
    case "roomScreenChanged":
      return { ...state, roomScreen: event.data.screen, seq };
    case "moderationRecorded":
      return { ...state, moderation: [...state.moderation, event.data.record], seq };
    case "boardChanged":
      return { ...state, board: event.data.board, seq };
    case "questionsChanged":
      return { ...state, questions: event.data.questions, seq };
    case "wordCloudChanged":
      return { ...state, wordCloud: event.data.cloud, seq };
    case "reactionsBurst":
      return { ...state, reactions: event.data, seq };
    case "datePollChanged":
      return { ...state, datePoll: event.data.poll, seq };
    case "actionItemsChanged":
      return { ...state, actionItems: event.data.items, seq };
    case "minutesChanged":
      return { ...state, minutes: event.data.minutes, seq };
    case "pollChanged": {
      const poll = event.data.poll;
      const known = state.polls.some((p) => p.id === poll.id);
      return { ...state, polls: known ? state.polls.map((p) => (p.id === poll.id ? poll : p)) : [...state.polls, poll], seq };
    }
  }
}

/** Present: connected now, or marked present by the facilitator (in the room); never the removed. */
export function isPresent(state: MeetingState, entry: RosterEntry): boolean {
  return !entry.removed && (state.present.has(entry.participantId) || entry.attendance === "Present");
}

export function presentCount(state: MeetingState): number {
  return state.roster.filter((e) => isPresent(state, e)).length;
}

/** Present people as the records count them: members, and guests or staff apart ("9 (+1 ORK)"). */
export function attendanceCounts(state: MeetingState): { members: number; guests: number; staff: number } {
  const present = state.roster.filter((e) => e.role !== "Observer" && isPresent(state, e));
  return {
    members: present.filter((e) => e.kind === "Member").length,
    guests: present.filter((e) => e.kind === "Guest").length,
    staff: present.filter((e) => e.kind === "Staff").length,
  };
}
