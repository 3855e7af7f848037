import type { MeetingHubAccess } from "../live/meetingChannel";
import type { ObjectiveLink, PlanView } from "../plans/types";
import type { ActionItemDraft, ActionItemStatus, AgendaItemDraft, Attendance, AttendeeKind, AudienceMember, BoardView, FocusKind, JoinCardCodes, LowTurnoutChoice, MinutesFooter, PollDraft, VoteReceipt } from "../types";

/** The facilitation commands of the meeting hub (docs/protocol.md, "Facilitation"); each answers with a seq. */
export class MeetingCommands {
  constructor(
    private readonly hub: MeetingHubAccess,
    private readonly meetingId: string,
  ) {}

  addAgendaItem = (item: AgendaItemDraft, position: number | null = null) => this.run("AddAgendaItem", { item, position });
  updateAgendaItem = (itemId: string, item: AgendaItemDraft) => this.run("UpdateAgendaItem", { itemId, item });
  removeAgendaItem = (itemId: string) => this.run("RemoveAgendaItem", { itemId });
  moveAgendaItem = (itemId: string, position: number) => this.run("MoveAgendaItem", { itemId, position });
  setCurrentAgendaItem = (itemId: string | null) => this.run("SetCurrentAgendaItem", { itemId });
  startTimer = (seconds: number, label: string | null) => this.run("StartTimer", { seconds, label });
  pauseTimer = () => this.run("PauseTimer");
  resumeTimer = () => this.run("ResumeTimer");
  extendTimer = (seconds: number) => this.run("ExtendTimer", { seconds });
  resetTimer = () => this.run("ResetTimer");
  clearTimer = () => this.run("ClearTimer");
  raiseHand = () => this.run("RaiseHand");
  lowerHand = (participantId: string | null) => this.run("LowerHand", { participantId });
  reorderSpeakers = (order: string[]) => this.run("ReorderSpeakers", { order });
  giveFloor = (participantId: string) => this.run("GiveFloor", { participantId });
  endFloor = () => this.run("EndFloor");
  setSpeakingLimit = (seconds: number | null) => this.run("SetSpeakingLimit", { seconds });
  setFocus = (kind: FocusKind, targetId: string | null, codes: JoinCardCodes = "None") => this.run("SetFocus", { kind, targetId, codes });
  blankRoomScreen = (blanked: boolean) => this.run("BlankRoomScreen", { blanked });
  muteParticipant = (participantId: string, muted: boolean) => this.run("MuteParticipant", { participantId, muted });
  removeParticipant = (participantId: string, revokeInvite: boolean) => this.run("RemoveParticipant", { participantId, revokeInvite });
  readmitParticipant = (participantId: string) => this.run("ReadmitParticipant", { participantId });
  /** The merged seat goes; the kept one takes over what it did (docs/protocol.md, "MergeSeats"). */
  mergeSeats = (keptId: string, mergedId: string) => this.run("MergeSeats", { keptId, mergedId });
  setArrivalsClosed = (closed: boolean) => this.run("SetArrivalsClosed", { closed });
  handOverLead = (participantId: string) => this.run("HandOverLead", { participantId });
  markAttendance = (participantId: string, attendance: Attendance) => this.run("MarkAttendance", { participantId, attendance });
  setAttendeeKind = (participantId: string, kind: AttendeeKind) => this.run("SetAttendeeKind", { participantId, kind });
  addRoomAttendee = (name: string, kind: AttendeeKind) => this.run("AddRoomAttendee", { name, kind });
  createPoll = (poll: PollDraft) => this.run("CreatePoll", { poll });
  openPoll = (pollId: string) => this.run("OpenPoll", { pollId });
  /** belowMinimum: how a secret poll below the minimum turnout closes; without it the server refuses (poll.turnout_too_low). */
  closePoll = (pollId: string, belowMinimum: LowTurnoutChoice | null = null) => this.run("ClosePoll", { pollId, belowMinimum });
  recuseVoter = (pollId: string, participantId: string, recused: boolean) => this.run("RecuseVoter", { pollId, participantId, recused });
  setVotingRight = (participantId: string, canVote: boolean) => this.run("SetVotingRight", { participantId, canVote });
  castVote = (pollId: string, values: number[], receipt: string | null) =>
    this.hub.invoke<VoteReceipt>("CastVote", this.meetingId, { pollId, values, receipt });
  getBallot = (pollId: string, receipt: string | null) => this.hub.invoke<number[] | null>("GetBallot", this.meetingId, { pollId, receipt });
  getBoard = () => this.hub.invoke<BoardView>("GetBoard", this.meetingId);
  addProposal = (areaId: string | null, text: string) => this.run("AddProposal", { areaId, text });
  editProposal = (proposalId: string, text: string) => this.run("EditProposal", { proposalId, text });
  moveProposal = (proposalId: string, areaId: string | null) => this.run("MoveProposal", { proposalId, areaId });
  mergeProposals = (targetId: string, sourceId: string) => this.run("MergeProposals", { targetId, sourceId });
  removeProposal = (proposalId: string) => this.run("RemoveProposal", { proposalId });
  setBrainstorm = (hidden: boolean) => this.run("SetBrainstorm", { hidden });
  revealProposals = () => this.run("RevealProposals");
  /** showTotals: participants see the totals during the round (otherwise only when it closes). */
  startPrioritisation = (dotsPerVoter: number, showTotals = false) => this.run("StartPrioritisation", { dotsPerVoter, showTotals });
  placeDots = (placements: { proposalId: string; dots: number }[]) => this.run("PlaceDots", { placements });
  closePrioritisation = () => this.run("ClosePrioritisation");
  addActionItem = (item: ActionItemDraft) => this.run("AddActionItem", { item });
  updateActionItem = (itemId: string, item: ActionItemDraft) => this.run("UpdateActionItem", { itemId, item });
  setActionItemStatus = (itemId: string, status: ActionItemStatus) => this.run("SetActionItemStatus", { itemId, status });
  removeActionItem = (itemId: string) => this.run("RemoveActionItem", { itemId });
  carryOverActionItems = () => this.run("CarryOverActionItems");
  setMinutesFooter = (footer: MinutesFooter) => this.run("SetMinutesFooter", { footer });
  approveMinutes = () => this.run("ApproveMinutes");
  getPlans = () => this.hub.invoke<PlanView[]>("GetPlans", this.meetingId);
  getAudience = () => this.hub.invoke<AudienceMember[]>("GetAudience", this.meetingId);
  linkProposal = (proposalId: string, objective: ObjectiveLink | null) => this.run("LinkProposal", { proposalId, objective });

  private run(method: string, argument?: unknown): Promise<number> {
    return argument === undefined
      ? this.hub.invoke<number>(method, this.meetingId)
      : this.hub.invoke<number>(method, this.meetingId, argument);
  }
}
