using CommunityPlanning.Voting;

namespace CommunityPlanning.Meetings;

/// <summary>
/// What the roster must know of its meeting to admit and authorize on its own: the details (phase, arrivals, public
/// watching, the vision document), the current public code's hash and the minutes document. The meeting tells it
/// whenever one of them changes, and on each activation.
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.RosterContext")]
public sealed record RosterContext(
    [property: Id(0)] MeetingDetails Details,
    [property: Id(1)] string? PublicCodeHash,
    [property: Id(2)] Guid? MinutesDocumentId);

/// <summary>
/// The people as a snapshot shows them: the entries (without observers unless everyone was asked for), who of them is
/// connected, how many observers watch, and who may vote now.
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.RosterView")]
public sealed record RosterView(
    [property: Id(0)] IReadOnlyList<RosterEntry> Entries,
    [property: Id(1)] IReadOnlyList<Guid> Present,
    [property: Id(2)] int Watching,
    [property: Id(3)] Electorate Electorate);

/// <summary>
/// What a facilitator's roster command changed (already stored and told): the entry, and the moderation action the
/// meeting records for it (none when nothing changed or the command is not one the log keeps).
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.RosterChange")]
public sealed record RosterChange(
    [property: Id(0)] RosterEntry Entry,
    [property: Id(1)] ModerationAction? Action);

/// <summary>Two seats merged (already stored and told): the kept seat as it is now, and the merged one's id and name.</summary>
[GenerateSerializer, Immutable, Alias("cp.SeatMerge")]
public sealed record SeatMerge(
    [property: Id(0)] RosterEntry Kept,
    [property: Id(1)] Guid MergedId,
    [property: Id(2)] string MergedName);
