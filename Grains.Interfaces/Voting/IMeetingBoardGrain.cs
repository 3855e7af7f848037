using CommunityPlanning.Meetings;

namespace CommunityPlanning.Voting;

/// <summary>
/// A meeting's proposals board (same key as the meeting): proposals, the prioritisation round's dots, rankings. Called
/// by its meeting grain, which has authorized the caller, checked areas and objectives, and decided who may place dots
/// (roster and presence are the meeting's); besides, a plan's trace reads it as nobody in particular (revealed
/// proposals only, <c>Get(null, false)</c>). It calls no grain. Every change is written before the call
/// returns; the meeting then numbers and sends the events it returns.
/// </summary>
[Alias("cp.IMeetingBoardGrain")]
public interface IMeetingBoardGrain : IGrainWithGuidKey
{
    /// <summary>The board as <paramref name="viewerId"/> sees it (hidden proposals: their authors and facilitators).</summary>
    [Alias("Get")]
    Task<BoardView> Get(Guid? viewerId, bool facilitator);

    /// <summary>The closed rounds' rankings (for the minutes).</summary>
    [Alias("GetRankings")]
    Task<IReadOnlyList<ProposalRanking>> GetRankings();

    /// <summary>
    /// A board command by <paramref name="by"/>; <paramref name="currentAgendaItemId"/> is where a closing round is
    /// recorded; <paramref name="onBehalf"/>: a proposal or dots entered for that person (checked by the meeting).
    /// </summary>
    [Alias("Apply")]
    Task<IReadOnlyList<MeetingEvent>> Apply(RosterEntry by, MeetingCommand command, Guid? currentAgendaItemId, OnBehalf? onBehalf = null);

    /// <summary>Refuses (changing nothing) if these imported proposals would not fit or are not valid.</summary>
    [Alias("CheckImport")]
    Task CheckImport(IReadOnlyList<string?> texts);

    /// <summary>Imported proposals, visible (they were gathered openly already).</summary>
    [Alias("Import")]
    Task<IReadOnlyList<MeetingEvent>> Import(IReadOnlyList<BoardImport> items, Guid byId);

    /// <summary>
    /// Two seats become one: authorship and the open round's dots go to the kept seat (never counted twice), and
    /// on-behalf markers naming the merged seat name the kept one (rankings keep their counts).
    /// </summary>
    [Alias("MergeSeats")]
    Task<IReadOnlyList<MeetingEvent>> MergeSeats(RosterEntry kept, Guid mergedId);

    /// <summary>Makes sure the board holds what a meeting stored before this grain existed kept itself (idempotent).</summary>
    [Alias("TakeOver")]
    Task TakeOver();
}

/// <summary>A proposal from an imported record, under the area its heading was found as (or none).</summary>
[GenerateSerializer, Immutable, Alias("cp.BoardImport")]
public sealed record BoardImport([property: Id(0)] Guid? AreaId, [property: Id(1)] string? Text);
