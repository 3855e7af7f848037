namespace CommunityPlanning.Common;

/// <summary>
/// Who asks. Built only by the web layer from a verified cookie or participant ticket, never from
/// client input; grains decide what this actor may do.
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.Actor")]
public sealed record Actor(
    [property: Id(0)] Guid? AccountId,
    [property: Id(1)] bool IsAdministrator,
    [property: Id(2)] Guid? ParticipantId,
    [property: Id(3)] string DisplayName)
{
    public static Actor Organizer(Guid accountId, bool isAdministrator, string displayName) =>
        new(accountId, isAdministrator, null, displayName);

    public static Actor Participant(Guid participantId, string displayName) =>
        new(null, false, participantId, displayName);
}
