// JSON shapes of the server API (camelCase, enums as strings).

export type TargetGroup =
  | "Seniors"
  | "PeopleWithDisabilities"
  | "MentalHealth"
  | "ChildrenYouthFamilies"
  | "Addiction"
  | "SocialExclusion"
  | "Steering"
  | "Other";

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

export type MeetingPhase = "Scheduled" | "Live" | "Ended";
export type MeetingRole = "Observer" | "Participant" | "Facilitator";
export const MEETING_ROLES: readonly MeetingRole[] = ["Facilitator", "Participant", "Observer"];

export type AccountStatus = "Active" | "Invited" | "Deactivated";

export interface OrganizerAccount {
  id: string;
  email: string;
  displayName: string;
  isAdministrator: boolean;
  status: AccountStatus;
}

export type AccountLinkPurpose = "Invitation" | "PasswordReset";

/** A one-time link for an administrator to pass on; shown once. */
export interface AccountLinkView {
  account: OrganizerAccount;
  purpose: AccountLinkPurpose;
  url: string;
  expiresAt: string;
}

/** What the page behind a one-time link shows. */
export interface AccountLinkInfo {
  purpose: AccountLinkPurpose;
  email: string;
  displayName: string;
  expiresAt: string;
}

export interface WorkingGroupSummary {
  id: string;
  name: string;
  targetGroup: TargetGroup;
}

export interface GroupMember {
  name: string;
  organization: string | null;
}

export interface PlannedMeeting {
  date: string;
  time: string | null;
  place: string | null;
}

export interface GroupManager {
  accountId: string;
  displayName: string;
}

export interface WorkingGroupDetails {
  id: string;
  name: string;
  targetGroup: TargetGroup;
  description: string | null;
  managers: GroupManager[];
  members: GroupMember[];
  meetingIds: string[];
  visionDocumentIds: string[];
  schedule: PlannedMeeting[];
}

export interface DocumentSummary {
  id: string;
  title: string;
}

export interface WorkingGroupView {
  group: WorkingGroupDetails;
  meetings: MeetingDetails[];
  documents: DocumentSummary[];
}

export interface MeetingDetails {
  id: string;
  workingGroupId: string;
  title: string;
  startsAt: string;
  place: string | null;
  onlineUrl: string | null;
  facilitatorAccountId: string;
  facilitatorName: string;
  phase: MeetingPhase;
  visionDocumentId: string | null;
  publicWatchEnabled: boolean;
  arrivalsClosed: boolean;
  leadParticipantId: string | null;
}

export type Attendance = "Unmarked" | "Present" | "Excused" | "Absent";
export const ATTENDANCES: readonly Attendance[] = ["Unmarked", "Present", "Excused", "Absent"];
export type AttendeeKind = "Member" | "Guest" | "Staff";
export const ATTENDEE_KINDS: readonly AttendeeKind[] = ["Member", "Guest", "Staff"];

export interface RosterEntry {
  participantId: string;
  displayName: string;
  role: MeetingRole;
  accountId: string | null;
  addedAt: string;
  muted: boolean;
  removed: boolean;
  attendance: Attendance;
  kind: AttendeeKind;
  inviteId: string | null;
  noVotingRight: boolean;
  /** The invite they came by was revoked or expired: they can no longer act or connect. */
  accessEnded: boolean;
}

export type AgendaItemKind = "Report" | "Discussion" | "Brainstorm" | "Vote" | "Break" | "Other" | "TaskReview";
export const AGENDA_ITEM_KINDS: readonly AgendaItemKind[] = ["Report", "Discussion", "Brainstorm", "Vote", "Break", "Other", "TaskReview"];

export interface AgendaItemDraft {
  title: string;
  presenter: string | null;
  plannedMinutes: number;
  kind: AgendaItemKind;
}

export interface AgendaItem extends AgendaItemDraft {
  id: string;
  spentMs: number;
}

export interface Agenda {
  items: AgendaItem[];
  currentItemId: string | null;
  currentSince: string | null;
}

export interface MeetingTimer {
  label: string | null;
  speakerId: string | null;
  durationMs: number;
  remainingMs: number;
  endsAt: string | null;
  finished: boolean;
}

export interface RaisedHand {
  participantId: string;
  raisedAt: string;
}

export interface Floor {
  participantId: string;
  since: string;
  limitSeconds: number | null;
}

export interface SpeakingTurn {
  participantId: string;
  startedAt: string;
  durationMs: number;
}

export interface Speakers {
  queue: RaisedHand[];
  floor: Floor | null;
  limitSeconds: number | null;
  turns: SpeakingTurn[];
}

export type FocusKind = "None" | "AgendaItem" | "Section" | "Poll" | "Ranking" | "JoinCard";

/** Which codes a join card shows (a participants' code only by the facilitator's explicit choice). */
export type JoinCardCodes = "None" | "Public" | "Participants" | "Both";

export interface Focus {
  kind: FocusKind;
  targetId: string | null;
  since: string;
  /** Set for a join card only. */
  codes?: JoinCardCodes;
}

/** The room screens' state beside the focus (docs/protocol.md, "Room screen"). */
export interface RoomScreen {
  blanked: boolean;
  /** Changes with every change, also when the join card's public code is replaced. */
  since: string;
}

/** The codes on the room screen's join card now (GetJoinCard); the participants' code reaches facilitators only. */
export interface JoinCard {
  publicCode: string | null;
  participantsCode: string | null;
}

export type ModerationAction =
  | "Muted"
  | "Unmuted"
  | "Removed"
  | "ArrivalsClosed"
  | "ArrivalsOpened"
  | "LeadHandedOver"
  | "Started"
  | "Ended"
  | "PollResultWithheld"
  | "PollResultPublishedBelowMinimum"
  | "Readmitted"
  | "SeatReclaimed"
  | "SeatsMerged";

export interface ModerationRecord {
  at: string;
  byParticipantId: string;
  byName: string;
  action: ModerationAction;
  targetId: string | null;
  targetName: string | null;
  /** SeatsMerged: the seat merged into the target. */
  mergedId?: string | null;
  mergedName?: string | null;
}

export interface MeetingSnapshot {
  details: MeetingDetails;
  roster: RosterEntry[];
  present: string[];
  seq: number;
  you: RosterEntry;
  agenda: Agenda;
  timer: MeetingTimer | null;
  speakers: Speakers;
  focus: Focus;
  moderation: ModerationRecord[];
  serverTime: string;
  polls: PollView[];
  board: BoardView;
  actionItems: ActionItem[];
  minutes: MinutesInfo;
  /** Observers connected; they are not in the roster. */
  watching: number;
  roomScreen: RoomScreen;
}

/** An observer as facilitators list them (GetAudience). */
export interface AudienceMember {
  entry: RosterEntry;
  watching: boolean;
}

// The meeting's record (docs/protocol.md, "Minutes").

export type ActionItemStatus = "Open" | "InProgress" | "Done" | "Cancelled";
export const ACTION_ITEM_STATUSES: readonly ActionItemStatus[] = ["Open", "InProgress", "Done", "Cancelled"];

export interface ActionItemDraft {
  text: string;
  responsible: string;
  /** "2026-06-30" or null. */
  due: string | null;
  agendaItemId: string | null;
}

export interface ActionItem extends ActionItemDraft {
  id: string;
  status: ActionItemStatus;
  originMeetingId: string;
  createdAt: string;
  changedAt: string;
}

export interface MinutesFooter {
  recordedBy: string | null;
  signedAt: string | null;
}

export interface MinutesVersionInfo {
  number: number;
  approvedAt: string;
  approvedByName: string;
}

export interface MinutesInfo {
  documentId: string | null;
  footer: MinutesFooter;
  versions: MinutesVersionInfo[];
}

// Polls (docs/protocol.md, "Polls").

export type PollKind = "YesNoAbstain" | "SingleChoice" | "MultipleChoice" | "DotVoting" | "Ranking" | "Score";
export const POLL_KINDS: readonly PollKind[] = ["YesNoAbstain", "SingleChoice", "MultipleChoice", "DotVoting", "Ranking", "Score"];
export type PollPhase = "Draft" | "Open" | "Closed";

export interface PollDraft {
  question: string;
  kind: PollKind;
  options: string[];
  secret: boolean;
  liveResults: boolean;
  maxChoices: number | null;
  dots: number | null;
  stackDots: boolean;
  scoreMin: number | null;
  scoreMax: number | null;
  quorum: number | null;
  /** The rule the verdict is reached by (opinions and single choice); the server's default is "VotesCast". */
  majority?: MajorityRule;
  /** The options are the standard doporučuji / nedoporučuji / zdržuji se: show them in the viewer's language. */
  standardOptions?: boolean;
}

export type MajorityRule = "VotesCast" | "Present" | "TwoThirds";
export const MAJORITY_RULES: readonly MajorityRule[] = ["VotesCast", "Present", "TwoThirds"];
export type VerdictOutcome = "Adopted" | "Rejected" | "Tie" | "Chosen" | "NoMajority" | "NoQuorum";

/** The outcome by the poll's majority rule (docs/protocol.md, "Verdict"). */
export interface PollVerdict {
  outcome: VerdictOutcome;
  rule: MajorityRule;
  for: number;
  against: number;
  abstained: number;
  needed: number;
  option: number | null;
}

export interface OptionResult {
  index: number;
  label: string;
  count: number;
  ballots: number;
  mean: number | null;
}

export interface NamedBallot {
  participantId: string;
  name: string;
  values: number[];
}

export interface PollResult {
  options: OptionResult[];
  eligible: number;
  voted: number;
  method: string;
  valid: boolean;
  at: string;
  final: boolean;
  named: NamedBallot[];
  /** Null for kinds that give an order, not a verdict (and for results counted before verdicts existed). */
  verdict?: PollVerdict | null;
}

export interface PollView {
  id: string;
  draft: PollDraft;
  phase: PollPhase;
  createdAt: string;
  openedAt: string | null;
  closedAt: string | null;
  voterIds: string[];
  recused: string[];
  result: PollResult | null;
  /** Secret polls: the fewest ballots whose result is published without the facilitator's choice. */
  minimumTurnout: number | null;
  /** The choice made at the close of a secret poll below the minimum turnout. */
  lowTurnout: LowTurnoutDecision | null;
}

/** How a secret poll below the minimum turnout closes (docs/protocol.md, "Minimum turnout of a secret poll"). */
export type LowTurnoutChoice = "Withhold" | "Publish";

export interface LowTurnoutDecision {
  choice: LowTurnoutChoice;
  ballots: number;
  minimum: number;
  byParticipantId: string;
  byName: string;
  at: string;
}

export interface VoteReceipt {
  pollId: string;
  receipt: string | null;
  seq: number;
}

export interface VisionSection {
  id: string;
  heading: string;
  text: string;
}

export interface VisionDocumentDetails {
  id: string;
  workingGroupId: string;
  title: string;
  sections: VisionSection[];
  createdAt: string;
}

export interface InviteInfo {
  inviteId: string;
  role: MeetingRole;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  uses: number;
}

export interface InviteLink {
  info: InviteInfo;
  token: string;
  url: string;
  /** The invite's join code ("ABC234") and the link that carries it in the fragment (for the QR code). */
  code: string | null;
  codeUrl: string | null;
}

/** The public observer link's join code. */
export interface JoinCodeLink {
  code: string;
  codeUrl: string;
}

/** What an invite or join code admits to: shown before asking for a name. */
export interface JoinDescription {
  title: string;
  groupName: string;
  startsAt: string;
  place: string | null;
  role: MeetingRole;
}

export interface JoinResult {
  meetingId: string;
  participantId: string;
  role: MeetingRole;
  displayName: string;
  ticket: string;
}

// Co-editing (docs/protocol.md, "Co-editing the vision document").

export interface SectionSnapshot {
  sectionId: string;
  heading: string;
  text: string;
  revision: number;
  locked: boolean;
}

export interface DocumentSnapshot {
  documentId: string;
  title: string;
  locked: boolean;
  sections: SectionSnapshot[];
}

export interface TextEditedMessage {
  documentId: string;
  sectionId: string;
  revision: number;
  operation: (number | string)[];
  authorId: string;
  clientOpId: string;
}

/** The textEdits event: edits that were ready together, in revision order. */
export interface TextEditsMessage {
  documentId: string;
  edits: TextEditedMessage[];
}

/** An item of the textChanges event: a section's edits fromRevision..toRevision composed into one operation. */
export interface TextChangeMessage {
  sectionId: string;
  fromRevision: number;
  toRevision: number;
  operation: (number | string)[];
  /** Where the authors of these edits stand at `toRevision`. */
  carets: AuthorCaret[];
}

export interface AuthorCaret {
  participantId: string;
  position: number;
}

/** The textChanges event (to read-only clients): per section, the composed edits of one relay round. */
export interface TextChangesMessage {
  documentId: string;
  changes: TextChangeMessage[];
}

export interface EditAck {
  sectionId: string;
  revision: number;
}

export interface CaretMovedMessage {
  documentId: string;
  sectionId: string;
  participantId: string;
  displayName: string;
  anchor: number;
  head: number;
  revision: number;
}

export interface LockChangedMessage {
  documentId: string;
  sectionId: string | null;
  locked: boolean;
}

export type CommentStatus = "Open" | "Resolved" | "Incorporated";

export interface CommentReply {
  id: string;
  authorId: string;
  authorName: string;
  text: string;
  at: string;
}

export interface Comment {
  id: string;
  sectionId: string;
  from: number;
  to: number;
  revision: number;
  quote: string;
  authorId: string;
  authorName: string;
  text: string;
  at: string;
  status: CommentStatus;
  replies: CommentReply[];
}

export interface CommentChangedMessage {
  documentId: string;
  comment: Comment;
}

export interface HistoryEntry {
  fromRevision: number;
  toRevision: number;
  authorIds: string[];
  startedAt: string;
  endedAt: string;
}

export interface SectionVersion {
  sectionId: string;
  revision: number;
  text: string;
}

export interface AdoptedSection {
  sectionId: string;
  revision: number;
  text: string;
}

export interface AdoptedWording {
  number: number;
  at: string;
  adoptedBy: string;
  adoptedByName: string;
  sections: AdoptedSection[];
}

export interface WordingAdoptedMessage {
  documentId: string;
  wording: AdoptedWording;
}

// The proposals board (docs/protocol.md, "Proposals").

export interface ProposalView {
  id: string;
  areaId: string | null;
  text: string | null;
  authorIds: string[];
  hidden: boolean;
  createdAt: string;
  mergedFrom: string[];
  dots: number;
  voters: number;
  objective?: { planId: string; objectiveId: string } | null;
}

export interface RankedProposal {
  proposalId: string;
  areaId: string | null;
  text: string;
  dots: number;
  voters: number;
  rankInArea: number;
  rankOverall: number;
}

export interface ProposalRanking {
  number: number;
  at: string;
  dotsPerVoter: number;
  votersCount: number;
  entries: RankedProposal[];
}

export interface BoardView {
  brainstorm: boolean;
  proposals: ProposalView[];
  roundDots: number | null;
  yourDots: Record<string, number>;
  rankings: ProposalRanking[];
  /** The open round's totals are kept from this viewer until it closes. */
  totalsHidden?: boolean;
  /** An open round's totals are shown to everyone (the room screen shows them only then). */
  totalsPublic?: boolean;
}
