using CommunityPlanning.Common;

namespace CommunityPlanning.Records;

/// <summary>
/// What the export calls a person the public sees without a name or role of their own (a participant who showed
/// neither, a name the meeting no longer knows): the kind of attendee ("člen(ka) skupiny", "host", "ORK (úřad)") or, for
/// the one leading the meeting, the facilitator's role. The web server passes them in the reader's language.
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.UnnamedLabels")]
public sealed record UnnamedLabels(
    [property: Id(0)] string Member,
    [property: Id(1)] string Guest,
    [property: Id(2)] string Staff,
    [property: Id(3)] string Facilitator);

/// <summary>
/// The public version of a meeting's approved minutes (same key as the meeting): for anyone with a place in the
/// meeting, observers included. People are relabelled by the meeting's current roster as the public sees them
/// (<see cref="Meetings.PublicView"/>). It calls the meeting (to authorize, which also activates it), the meeting's
/// record and its roster; nothing calls it but the web server, so no call comes back.
/// </summary>
[Alias("cp.IPublicMinutesGrain")]
public interface IPublicMinutesGrain : IGrainWithGuidKey
{
    /// <summary>
    /// Approved version <paramref name="version"/>, or the latest approved one: <c>minutes.not_approved</c> when there
    /// is none yet, <c>minutes.version_unknown</c> for a number that was never approved; <c>forbidden</c> … as the
    /// roster refuses.
    /// </summary>
    [Alias("Get")]
    Task<MinutesView> Get(Actor actor, int? version, UnnamedLabels unnamed);
}
