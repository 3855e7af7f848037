// The JSON shapes of the server API are generated from the C# records (src/contract.generated.ts, written by the
// Web build; docs/architecture.md, "The wire contract"). Here: the lists of enum values in the order the UI shows them.
import type { ActionItemStatus, AgendaItemKind, Attendance, AttendeeKind, MajorityRule, MeetingRole, PollKind, TargetGroup } from "./contract.generated";

export type * from "./contract.generated";

export const TARGET_GROUPS: readonly TargetGroup[] = [
  "Seniors",
  "PeopleWithDisabilities",
  "MentalHealth",
  "ChildrenYouthFamilies",
  "Addiction",
  "SocialExclusion",
  "Steering",
  "Other",
];

export const MEETING_ROLES: readonly MeetingRole[] = ["Facilitator", "Participant", "Observer"];

export const ATTENDANCES: readonly Attendance[] = ["Unmarked", "Present", "Excused", "Absent"];

export const ATTENDEE_KINDS: readonly AttendeeKind[] = ["Member", "Guest", "Staff"];

export const AGENDA_ITEM_KINDS: readonly AgendaItemKind[] = ["Report", "Discussion", "Brainstorm", "Vote", "Break", "Other", "TaskReview"];

export const ACTION_ITEM_STATUSES: readonly ActionItemStatus[] = ["Open", "InProgress", "Done", "Cancelled"];

export const POLL_KINDS: readonly PollKind[] = ["YesNoAbstain", "SingleChoice", "MultipleChoice", "DotVoting", "Ranking", "Score"];

export const MAJORITY_RULES: readonly MajorityRule[] = ["VotesCast", "Present", "TwoThirds"];
