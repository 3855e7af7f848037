import type { MeetingDetails, MeetingSnapshot, RosterEntry } from "../../src/types";

// A meeting's snapshot and roster entries as the hub sends them, for the tests of the live meeting.

export const meetingId = "m1";

export const details = (phase: MeetingDetails["phase"] = "Scheduled"): MeetingDetails => ({
  id: meetingId,
  workingGroupId: "g1",
  title: "Setkání",
  startsAt: "2026-05-26T11:00:00+00:00",
  place: null,
  videoCall: false,
  room: null,
  facilitatorAccountId: "a1",
  facilitatorName: "Petra",
  phase,
  visionDocumentId: null,
  publicWatchEnabled: false,
  arrivalsClosed: false,
  leadParticipantId: null,
  timeUnknown: false,
});

export const entry = (id: string, name = id): RosterEntry => ({
  participantId: id,
  displayName: name,
  role: "Participant",
  accountId: null,
  addedAt: "2026-05-26T11:00:00+00:00",
  muted: false,
  removed: false,
  attendance: "Unmarked",
  kind: "Member",
  inviteId: null,
  noVotingRight: false,
  accessEnded: false,
  memberId: null,
  showName: false,
  publicRole: null,
  proxy: false,
});

export const snapshot = (seq: number, present: string[] = ["f"], roster: RosterEntry[] = [entry("f")]): MeetingSnapshot => ({
  details: details(),
  roster,
  present,
  seq,
  you: roster[0],
  agenda: { items: [], currentItemId: null, currentSince: null },
  timer: null,
  speakers: { queue: [], floor: null, limitSeconds: null, turns: [] },
  focus: { kind: "None", targetId: null, since: "0001-01-01T00:00:00+00:00", codes: "None" },
  moderation: [],
  serverTime: "2026-05-26T11:00:00+00:00",
  polls: [],
  board: { brainstorm: false, proposals: [], roundDots: null, yourDots: {}, rankings: [], totalsHidden: false, totalsPublic: false },
  actionItems: [],
  minutes: { documentId: null, footer: { recordedBy: null, signedAt: null, writtenOn: null }, versions: [], continuingItems: [] },
  watching: 0,
  roomScreen: { blanked: false, since: "0001-01-01T00:00:00+00:00" },
});
