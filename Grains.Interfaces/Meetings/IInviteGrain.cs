namespace CommunityPlanning.Meetings;

/// <summary>
/// Maps one invite token to its meeting. Keyed by the token's SHA-256 hash (hex), so the token itself is
/// never stored; expiry and revocation are decided by the meeting's roster grain.
/// </summary>
[Alias("cp.IInviteGrain")]
public interface IInviteGrain : IGrainWithStringKey
{
    [Alias("Register")]
    Task Register(InviteTarget target);

    /// <summary>
    /// Admits a person under the given display name, or refuses with an <c>invite.*</c> code. <paramref name="held"/>
    /// are the seats the browser's tickets prove (any meeting's); the one of this invite's meeting is passed on.
    /// <paramref name="confirmSeat"/>: the person confirmed that the seat of this name is theirs (see
    /// <see cref="IMeetingRosterGrain.AdmitByInvite"/>).
    /// </summary>
    [Alias("Redeem"), Orleans.Concurrency.ReadOnly]
    Task<Admission> Redeem(string displayName, IReadOnlyList<HeldSeat>? held = null, bool confirmSeat = false);

    /// <summary>What the invite admits to (<see cref="IMeetingRosterGrain.PreviewAdmission"/>), or an <c>invite.*</c> refusal.</summary>
    [Alias("Describe"), Orleans.Concurrency.ReadOnly]
    Task<JoinPreview> Describe();
}
