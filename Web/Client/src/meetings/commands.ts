import { Hub, type HubMethod, type HubMethods } from "../contract.generated";
import type { MeetingHubAccess } from "../live/meetingChannel";
import type { ObjectiveLink } from "../plans/types";
import type { ActionItemDraft, ActionItemStatus, AgendaItemDraft, Attendance, AttendeeKind, FocusKind, IntentionPollKind, JoinCardCodes, LowTurnoutChoice, MinutesFooter, PollDraft } from "../types";

type AfterMeetingId<A> = A extends [string, ...infer Rest] ? Rest : never;

/** The facilitation commands of the meeting hub (docs/protocol.md, "Facilitation"); each answers with a seq. */
export class MeetingCommands {
  constructor(
    private readonly hub: MeetingHubAccess,
    private readonly meetingId: string,
  ) {}

  addAgendaItem = (item: AgendaItemDraft, position: number | null = null) => this.run(Hub.AddAgendaItem, { item, position });
  updateAgendaItem = (itemId: string, item: AgendaItemDraft) => this.run(Hub.UpdateAgendaItem, { itemId, item });
  removeAgendaItem = (itemId: string) => this.run(Hub.RemoveAgendaItem, { itemId });
  moveAgendaItem = (itemId: string, position: number) => this.run(Hub.MoveAgendaItem, { itemId, position });
  setCurrentAgendaItem = (itemId: string | null) => this.run(Hub.SetCurrentAgendaItem, { itemId });
  startTimer = (seconds: number, label: string | null) => this.run(Hub.StartTimer, { seconds, label });
  pauseTimer = () => this.run(Hub.PauseTimer);
  resumeTimer = () => this.run(Hub.ResumeTimer);
  extendTimer = (seconds: number) => this.run(Hub.ExtendTimer, { seconds });
  resetTimer = () => this.run(Hub.ResetTimer);
  clearTimer = () => this.run(Hub.ClearTimer);
  raiseHand = () => this.run(Hub.RaiseHand);
  lowerHand = (participantId: string | null) => this.run(Hub.LowerHand, { participantId });
  reorderSpeakers = (order: string[]) => this.run(Hub.ReorderSpeakers, { order });
  giveFloor = (participantId: string) => this.run(Hub.GiveFloor, { participantId });
  endFloor = () => this.run(Hub.EndFloor);
  setSpeakingLimit = (seconds: number | null) => this.run(Hub.SetSpeakingLimit, { seconds });
  setFocus = (kind: FocusKind, targetId: string | null, codes: JoinCardCodes = "None") => this.run(Hub.SetFocus, { kind, targetId, codes });
  blankRoomScreen = (blanked: boolean) => this.run(Hub.BlankRoomScreen, { blanked });
  muteParticipant = (participantId: string, muted: boolean) => this.run(Hub.MuteParticipant, { participantId, muted });
  removeParticipant = (participantId: string, revokeInvite: boolean) => this.run(Hub.RemoveParticipant, { participantId, revokeInvite });
  readmitParticipant = (participantId: string) => this.run(Hub.ReadmitParticipant, { participantId });
  /** The merged seat goes; the kept one takes over what it did (docs/protocol.md, "MergeSeats"). */
  mergeSeats = (keptId: string, mergedId: string) => this.run(Hub.MergeSeats, { keptId, mergedId });
  setArrivalsClosed = (closed: boolean) => this.run(Hub.SetArrivalsClosed, { closed });
  handOverLead = (participantId: string) => this.run(Hub.HandOverLead, { participantId });
  markAttendance = (participantId: string, attendance: Attendance) => this.run(Hub.MarkAttendance, { participantId, attendance });
  setAttendeeKind = (participantId: string, kind: AttendeeKind) => this.run(Hub.SetAttendeeKind, { participantId, kind });
  addRoomAttendee = (name: string, kind: AttendeeKind) => this.run(Hub.AddRoomAttendee, { name, kind });
  createPoll = (poll: PollDraft) => this.run(Hub.CreatePoll, { poll });
  openPoll = (pollId: string) => this.run(Hub.OpenPoll, { pollId });
  /** belowMinimum: how a secret poll below the minimum turnout closes; without it the server refuses (poll.turnout_too_low). */
  closePoll = (pollId: string, belowMinimum: LowTurnoutChoice | null = null) => this.run(Hub.ClosePoll, { pollId, belowMinimum });
  recuseVoter = (pollId: string, participantId: string, recused: boolean) => this.run(Hub.RecuseVoter, { pollId, participantId, recused });
  setVotingRight = (participantId: string, canVote: boolean) => this.run(Hub.SetVotingRight, { participantId, canVote });
  addIntentionItem = (intentionIds: string[], plannedMinutes: number) => this.run(Hub.AddIntentionItem, { intentionIds, plannedMinutes });
  createIntentionPoll = (agendaItemId: string, intentionIds: string[], kind: IntentionPollKind) =>
    this.run(Hub.CreateIntentionPoll, { agendaItemId, intentionIds, kind });
  recuseMember = (pollId: string, memberId: string, recused: boolean) => this.run(Hub.RecuseMember, { pollId, memberId, recused });
  setSeatMember = (participantId: string, memberId: string | null) => this.run(Hub.SetSeatMember, { participantId, memberId });
  castVote = (pollId: string, values: number[], receipt: string | null) =>
    this.run(Hub.CastVote, { pollId, values, receipt });
  getBallot = (pollId: string, receipt: string | null) => this.run(Hub.GetBallot, { pollId, receipt });
  getBoard = () => this.run(Hub.GetBoard);
  addProposal = (areaId: string | null, text: string) => this.run(Hub.AddProposal, { areaId, text });
  editProposal = (proposalId: string, text: string) => this.run(Hub.EditProposal, { proposalId, text });
  moveProposal = (proposalId: string, areaId: string | null) => this.run(Hub.MoveProposal, { proposalId, areaId });
  mergeProposals = (targetId: string, sourceId: string) => this.run(Hub.MergeProposals, { targetId, sourceId });
  removeProposal = (proposalId: string) => this.run(Hub.RemoveProposal, { proposalId });
  setBrainstorm = (hidden: boolean) => this.run(Hub.SetBrainstorm, { hidden });
  revealProposals = () => this.run(Hub.RevealProposals);
  /** showTotals: participants see the totals during the round (otherwise only when it closes). */
  startPrioritisation = (dotsPerVoter: number, showTotals = false) => this.run(Hub.StartPrioritisation, { dotsPerVoter, showTotals });
  placeDots = (placements: { proposalId: string; dots: number }[]) => this.run(Hub.PlaceDots, { placements });
  closePrioritisation = () => this.run(Hub.ClosePrioritisation);
  addActionItem = (item: ActionItemDraft) => this.run(Hub.AddActionItem, { item });
  updateActionItem = (itemId: string, item: ActionItemDraft) => this.run(Hub.UpdateActionItem, { itemId, item });
  setActionItemStatus = (itemId: string, status: ActionItemStatus) => this.run(Hub.SetActionItemStatus, { itemId, status });
  removeActionItem = (itemId: string) => this.run(Hub.RemoveActionItem, { itemId });
  carryOverActionItems = () => this.run(Hub.CarryOverActionItems);
  setMinutesFooter = (footer: MinutesFooter) => this.run(Hub.SetMinutesFooter, { footer });
  approveMinutes = () => this.run(Hub.ApproveMinutes);
  getPlans = () => this.run(Hub.GetPlans);
  getAudience = () => this.run(Hub.GetAudience);
  linkProposal = (proposalId: string, objective: ObjectiveLink | null) => this.run(Hub.LinkProposal, { proposalId, objective });

  /** A method of this meeting: the meeting's id goes first. */
  private run<M extends HubMethod>(method: M, ...args: AfterMeetingId<HubMethods[M]["args"]>): Promise<HubMethods[M]["result"]> {
    return this.hub.invoke(method, ...([this.meetingId, ...args] as unknown as HubMethods[M]["args"]));
  }
}
