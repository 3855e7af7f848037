namespace CommunityPlanning.Meetings;

/// <summary>
/// Input entered for a person who takes part by phone or on paper: for whom (it counts as theirs) and by whom (the
/// facilitator, or a participant they allowed with <see cref="AllowProxy"/>). Shown with the input wherever it appears;
/// never kept with a secret ballot (docs/architecture.md, "Input on someone's behalf").
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.OnBehalf")]
public sealed record OnBehalf(
    [property: Id(0)] Guid ForId,
    [property: Id(1)] string ForName,
    [property: Id(2)] Guid ById,
    [property: Id(3)] string ByName);

/// <summary>Lets a participant enter input on others' behalf, or no longer (facilitators always may; observers never).</summary>
[GenerateSerializer, Immutable, Alias("cp.AllowProxy")]
public sealed record AllowProxy([property: Id(0)] Guid ParticipantId, [property: Id(1)] bool Allowed) : MeetingCommand;
