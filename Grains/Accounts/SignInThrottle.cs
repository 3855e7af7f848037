namespace CommunityPlanning.Accounts;

/// <summary>
/// A growing delay per account instead of a lockout: after a few wrong passwords each further attempt must wait
/// longer, up to a cap, so guessing is slow but no one can lock the owner out for long. Unknown addresses are
/// throttled the same way, so the answers do not tell which addresses have accounts.
/// </summary>
public sealed class SignInThrottle
{
    public const int FreeAttempts = 3;
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);

    private int _failures;
    private DateTimeOffset _nextAttempt;

    /// <summary>How long the caller must still wait, or zero.</summary>
    public TimeSpan Wait(DateTimeOffset now) => _nextAttempt > now ? _nextAttempt - now : TimeSpan.Zero;

    public void Failed(DateTimeOffset now)
    {
        _failures++;
        if (_failures >= FreeAttempts)
        {
            var seconds = Math.Pow(2, Math.Min(_failures - FreeAttempts, 10));
            _nextAttempt = now + TimeSpan.FromSeconds(Math.Min(seconds, MaxDelay.TotalSeconds));
        }
    }

    public void Succeeded()
    {
        _failures = 0;
        _nextAttempt = default;
    }
}
