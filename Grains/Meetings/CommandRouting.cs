using CommunityPlanning.Audience;
using CommunityPlanning.Records;
using CommunityPlanning.Scheduling;
using CommunityPlanning.Voting;

namespace CommunityPlanning.Meetings;

/// <summary>
/// Which part of a meeting carries out a command, and the least role the command needs: the one place a new
/// kind of <see cref="MeetingCommand"/> is routed (docs/architecture.md, "Adding a live feature").
/// </summary>
public sealed class CommandRouting
{
    private readonly Facilitation _facilitation;
    private readonly HybridSettings _hybrid;

    public CommandRouting(Guid meetingId, MeetingFlow flow, MeetingParts parts, IIntentionVotesLocator intentionVotes)
    {
        _facilitation = new Facilitation(meetingId, flow, parts);
        _hybrid = new HybridSettings(flow);
        Moderation = new Moderation(flow, parts);
        Intentions = new IntentionCommands(flow, parts, intentionVotes);
        Content = new PartCommands(flow, parts, Intentions);
    }

    public Moderation Moderation { get; }

    public IntentionCommands Intentions { get; }

    /// <summary>The polls, board and record, and what they need of the meeting (the electorate, the minutes' inputs).</summary>
    public PartCommands Content { get; }

    /// <summary>The least role a command needs; some also check who the target is (own hand, own turn).</summary>
    public static MeetingRole RoleFor(MeetingCommand command) => command switch
    {
        RaiseHand or LowerHand { ParticipantId: null } or EndFloor or AddProposal or PlaceDots or LinkProposal => MeetingRole.Participant,
        // The questions grain checks that the participant moderates questions.
        SetQuestionState or MergeQuestions => MeetingRole.Participant,
        // Whoever writes the notes: it only reads them, as composing the minutes would.
        SyncNotedTasks => MeetingRole.Participant,
        // What the public sees of oneself (observers are never shown by name).
        SetPublicName => MeetingRole.Participant,
        // Finding the next date: members seated in the meeting answer (the date poll checks the seat is a member).
        AnswerDatePoll => MeetingRole.Participant,
        _ => MeetingRole.Facilitator,
    };

    public Task Apply(RosterEntry by, MeetingCommand command, DateTimeOffset now, MeetingChanges changes) => command switch
    {
        RecordCommand c => Content.ApplyRecord(by, c, changes),
        SetQuestionState or MergeQuestions or SetQuestionModerator or SetQuestionsInMinutes => Content.ApplyQuestions(by, command, changes),
        OpenWordCloud or CloseWordCloud or SetWordHidden or SetAudienceInput => Content.ApplyRoomPoll(by, command, changes),
        SetAudienceReactions or SetWordCloudInMinutes => Content.ApplyRoomPoll(by, command, changes),
        _ when PartCommands.IsPoll(command) => Content.ApplyPoll(by, command, changes),
        _ when PartCommands.IsBoard(command) => Content.ApplyBoard(by, command, now, changes),
        _ when IntentionCommands.Handles(command) => Intentions.Apply(by, command, changes),
        _ when Moderation.Handles(command) => Moderation.Apply(by, command, now, changes),
        // Hybrid meetings (issue 24): the video-call link and the place in the room.
        SetHybrid c => _hybrid.Apply(c, changes),
        // Finding the next date (issue 24): the group's date poll, which publishes its own change to the meeting.
        StartDatePoll or AnswerDatePoll or ChooseDate => Content.ApplyDatePoll(by, command),
        _ => _facilitation.Apply(by, command, now, changes),
    };
}
