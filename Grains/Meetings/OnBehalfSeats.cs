namespace CommunityPlanning.Meetings;

/// <summary>
/// Two seats of one person become one (<see cref="SeatMerging"/>): a marker of input entered for the merged seat, or by
/// it, names the kept seat instead, wherever it is kept (ballots, results, proposals, dots, rankings, questions), so it
/// counts and reads as the surviving person's and the browser finds the person on the roster.
/// </summary>
public static class OnBehalfSeats
{
    public static OnBehalf? Moved(OnBehalf? marker, RosterEntry kept, Guid mergedId)
    {
        if (marker is null || (marker.ForId != mergedId && marker.ById != mergedId))
        {
            return marker;
        }

        var forKept = marker.ForId == mergedId;
        var byKept = marker.ById == mergedId;
        return marker with
        {
            ForId = forKept ? kept.ParticipantId : marker.ForId,
            ForName = forKept ? kept.DisplayName : marker.ForName,
            ById = byKept ? kept.ParticipantId : marker.ById,
            ByName = byKept ? kept.DisplayName : marker.ByName,
        };
    }

    /// <summary>The markers moved, each once (the two seats' markers may now be one).</summary>
    public static List<OnBehalf> Moved(IEnumerable<OnBehalf>? markers, RosterEntry kept, Guid mergedId) =>
        [.. (markers ?? []).Select(m => Moved(m, kept, mergedId)!).Distinct()];

    /// <summary>Whether any of the markers names the merged seat.</summary>
    public static bool Names(IEnumerable<OnBehalf?>? markers, Guid mergedId) =>
        (markers ?? []).Any(m => m is not null && (m.ForId == mergedId || m.ById == mergedId));
}
