namespace CommunityPlanning.Meetings;

/// <summary>
/// Maps one short join code to its invite or public link. Keyed by the code's hash (JoinCodes.Hash), so
/// the code itself is never stored; whether it still admits is decided by the meeting (with its invite, or while public
/// watching is on with this code). Every refusal for the code itself is <c>join_code.invalid</c>, whatever the reason.
/// </summary>
[Alias("cp.IJoinCodeGrain")]
public interface IJoinCodeGrain : IGrainWithStringKey
{
    /// <summary>Claims the code; <c>already_exists</c> when it was ever issued (a code is never reused).</summary>
    [Alias("Register")]
    Task Register(JoinCodeTarget target);

    [Alias("Describe"), Orleans.Concurrency.ReadOnly]
    Task<JoinPreview> Describe();

    /// <summary>Admits a person as the invite grain does (<see cref="IInviteGrain.Redeem"/>).</summary>
    [Alias("Redeem"), Orleans.Concurrency.ReadOnly]
    Task<Admission> Redeem(string displayName, IReadOnlyList<HeldSeat>? held = null, bool confirmSeat = false);
}
