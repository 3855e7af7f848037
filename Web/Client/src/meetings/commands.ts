import { Hub, type HubMethod, type HubMethods, type MeetingCommand } from "../contract.generated";
import type { MeetingHubAccess } from "../live/meetingChannel";
import type { ObjectiveLink } from "../plans/types";
import type { ActionItemDraft, ActionItemStatus, AgendaItemDraft, Attendance, AttendeeKind, FocusKind, IntentionPollKind, JoinCardCodes, LowTurnoutChoice, MinutesFooter, PollDraft, Reaction } from "../types";

type AfterMeetingId<A> = A extends [string, ...infer Rest] ? Rest : never;

/**
 * The meeting's commands (docs/protocol.md, "Commands") and the few reads that go with them. Every command is one
 * `MeetingCommand` sent through the hub's `Execute`, its kind in `type`; each answers with a seq. A new command needs
 * no method here: a panel may call `execute({ type: "…", … })`, checked against the generated union.
 */
export class MeetingCommands {
  constructor(
    private readonly hub: MeetingHubAccess,
    private readonly meetingId: string,
  ) {}

  addAgendaItem = (item: AgendaItemDraft, position: number | null = null) => this.execute({ type: "addAgendaItem", item, position });
  updateAgendaItem = (itemId: string, item: AgendaItemDraft) => this.execute({ type: "updateAgendaItem", itemId, item });
  removeAgendaItem = (itemId: string) => this.execute({ type: "removeAgendaItem", itemId });
  moveAgendaItem = (itemId: string, position: number) => this.execute({ type: "moveAgendaItem", itemId, position });
  setCurrentAgendaItem = (itemId: string | null) => this.execute({ type: "setCurrentAgendaItem", itemId });
  startTimer = (seconds: number, label: string | null) => this.execute({ type: "startTimer", seconds, label });
  pauseTimer = () => this.execute({ type: "pauseTimer" });
  resumeTimer = () => this.execute({ type: "resumeTimer" });
  extendTimer = (seconds: number) => this.execute({ type: "extendTimer", seconds });
  resetTimer = () => this.execute({ type: "resetTimer" });
  clearTimer = () => this.execute({ type: "clearTimer" });
  raiseHand = () => this.execute({ type: "raiseHand" });
  lowerHand = (participantId: string | null) => this.execute({ type: "lowerHand", participantId });
  reorderSpeakers = (order: string[]) => this.execute({ type: "reorderSpeakers", order });
  giveFloor = (participantId: string) => this.execute({ type: "giveFloor", participantId });
  endFloor = () => this.execute({ type: "endFloor" });
  setSpeakingLimit = (seconds: number | null) => this.execute({ type: "setSpeakingLimit", seconds });
  setFocus = (kind: FocusKind, targetId: string | null, codes: JoinCardCodes = "None") => this.execute({ type: "setFocus", kind, targetId, codes });
  blankRoomScreen = (blanked: boolean) => this.execute({ type: "blankRoomScreen", blanked });
  muteParticipant = (participantId: string, muted: boolean) => this.execute({ type: "muteParticipant", participantId, muted });
  removeParticipant = (participantId: string, revokeInvite: boolean) => this.execute({ type: "removeParticipant", participantId, revokeInvite });
  readmitParticipant = (participantId: string) => this.execute({ type: "readmitParticipant", participantId });
  /** The merged seat goes; the kept one takes over what it did (docs/protocol.md, "Merging seats"). */
  mergeSeats = (keptId: string, mergedId: string) => this.execute({ type: "mergeSeats", keptId, mergedId });
  setArrivalsClosed = (closed: boolean) => this.execute({ type: "setArrivalsClosed", closed });
  handOverLead = (participantId: string) => this.execute({ type: "handOverLead", participantId });
  markAttendance = (participantId: string, attendance: Attendance) => this.execute({ type: "markAttendance", participantId, attendance });
  setAttendeeKind = (participantId: string, kind: AttendeeKind) => this.execute({ type: "setAttendeeKind", participantId, kind });
  addRoomAttendee = (name: string, kind: AttendeeKind) => this.execute({ type: "addRoomAttendee", name, kind });
  createPoll = (poll: PollDraft) => this.execute({ type: "createPoll", poll });
  openPoll = (pollId: string) => this.execute({ type: "openPoll", pollId });
  /** belowMinimum: how a secret poll below the minimum turnout closes; without it the server refuses (poll.turnout_too_low). */
  closePoll = (pollId: string, belowMinimum: LowTurnoutChoice | null = null) => this.execute({ type: "closePoll", pollId, belowMinimum });
  recuseVoter = (pollId: string, participantId: string, recused: boolean) => this.execute({ type: "recuseVoter", pollId, participantId, recused });
  setVotingRight = (participantId: string, canVote: boolean) => this.execute({ type: "setVotingRight", participantId, canVote });
  addIntentionItem = (intentionIds: string[], plannedMinutes: number) => this.execute({ type: "addIntentionItem", intentionIds, plannedMinutes });
  createIntentionPoll = (agendaItemId: string, intentionIds: string[], kind: IntentionPollKind) =>
    this.execute({ type: "createIntentionPoll", agendaItemId, intentionIds, kind });
  recuseMember = (pollId: string, memberId: string, recused: boolean) => this.execute({ type: "recuseMember", pollId, memberId, recused });
  setSeatMember = (participantId: string, memberId: string | null) => this.execute({ type: "setSeatMember", participantId, memberId });
  /** onBehalfOf: the person a facilitator or an allowed proxy enters the vote for (no receipt comes back then). */
  castVote = (pollId: string, values: number[], receipt: string | null, onBehalfOf: string | null = null) =>
    this.run(Hub.CastVote, { pollId, values, receipt, onBehalfOf });
  allowProxy = (participantId: string, allowed: boolean) => this.execute({ type: "allowProxy", participantId, allowed });
  getBallot = (pollId: string, receipt: string | null) => this.run(Hub.GetBallot, { pollId, receipt });
  getBoard = () => this.run(Hub.GetBoard);
  getQuestions = () => this.run(Hub.GetQuestions);
  /** onBehalfOf: the person a facilitator or an allowed proxy asks the question for. */
  askQuestion = (text: string, named: boolean, onBehalfOf: string | null = null) => this.run(Hub.AskQuestion, { text, named, onBehalfOf });
  upvoteQuestion = (questionId: string) => this.run(Hub.UpvoteQuestion, questionId);
  getWordCloud = () => this.run(Hub.GetWordCloud);
  submitWord = (text: string) => this.run(Hub.SubmitWord, text);
  react = (reaction: Reaction) => this.run(Hub.React, reaction);
  /** onBehalfOf: the person a facilitator or an allowed proxy enters the proposal for (its author then). */
  addProposal = (areaId: string | null, text: string, onBehalfOf: string | null = null) =>
    this.execute({ type: "addProposal", areaId, text, onBehalfOf });
  editProposal = (proposalId: string, text: string) => this.execute({ type: "editProposal", proposalId, text });
  moveProposal = (proposalId: string, areaId: string | null) => this.execute({ type: "moveProposal", proposalId, areaId });
  mergeProposals = (targetId: string, sourceId: string) => this.execute({ type: "mergeProposals", targetId, sourceId });
  removeProposal = (proposalId: string) => this.execute({ type: "removeProposal", proposalId });
  setBrainstorm = (hidden: boolean) => this.execute({ type: "setBrainstorm", hidden });
  revealProposals = () => this.execute({ type: "revealProposals" });
  /** showTotals: participants see the totals during the round (otherwise only when it closes). */
  startPrioritisation = (dotsPerVoter: number, showTotals = false) => this.execute({ type: "startPrioritisation", dotsPerVoter, showTotals });
  /** onBehalfOf: the person whose dots a facilitator or an allowed proxy enters. */
  placeDots = (placements: { proposalId: string; dots: number }[], onBehalfOf: string | null = null) =>
    this.execute({ type: "placeDots", placements, onBehalfOf });
  closePrioritisation = () => this.execute({ type: "closePrioritisation" });
  addActionItem = (item: ActionItemDraft) => this.execute({ type: "addActionItem", item });
  updateActionItem = (itemId: string, item: ActionItemDraft) => this.execute({ type: "updateActionItem", itemId, item });
  setActionItemStatus = (itemId: string, status: ActionItemStatus) => this.execute({ type: "setActionItemStatus", itemId, status });
  removeActionItem = (itemId: string) => this.execute({ type: "removeActionItem", itemId });
  carryOverActionItems = () => this.execute({ type: "carryOverActionItems" });
  setMinutesFooter = (footer: MinutesFooter) => this.execute({ type: "setMinutesFooter", footer });
  approveMinutes = () => this.execute({ type: "approveMinutes" });
  getPlans = () => this.run(Hub.GetPlans);
  getAudience = () => this.run(Hub.GetAudience);
  /** The video-call link: participants and facilitators only (meetings/videoCall.ts). */
  getVideoCall = () => this.run(Hub.GetVideoCall);
  /** The group's date poll as this person sees it (counts; their own answers; whether they may answer). */
  getDatePoll = () => this.run(Hub.GetDatePoll);
  linkProposal = (proposalId: string, objective: ObjectiveLink | null) => this.execute({ type: "linkProposal", proposalId, objective });

  execute = (command: MeetingCommand) => this.run(Hub.Execute, command);

  /** A method of this meeting: the meeting's id goes first. */
  private run<M extends HubMethod>(method: M, ...args: AfterMeetingId<HubMethods[M]["args"]>): Promise<HubMethods[M]["result"]> {
    return this.hub.invoke(method, ...([this.meetingId, ...args] as unknown as HubMethods[M]["args"]));
  }
}
