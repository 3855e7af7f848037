using Microsoft.Extensions.Configuration;

namespace CommunityPlanning.Voting;

/// <summary>Bound from the <c>Voting</c> configuration section; the meeting grain reads it as <c>IOptions&lt;VotingSettings&gt;</c>.</summary>
public sealed class VotingSettings
{
    public const string Section = "Voting";

    /// <summary>Checked at start, so a wrong value stops the silo instead of turning the rule off.</summary>
    public static VotingSettings From(IConfiguration configuration)
    {
        var settings = configuration.GetSection(Section).Get<VotingSettings>() ?? new VotingSettings();
        return settings.SecretMinimumTurnout >= 1
            ? settings
            : throw new InvalidOperationException($"{Section}:{nameof(SecretMinimumTurnout)} must be at least 1, not {settings.SecretMinimumTurnout}.");
    }

    /// <summary>
    /// The fewest ballots of a secret poll whose result is published as usual (see <see cref="SecretTurnout"/>).
    /// With one ballot the result is that ballot, and two voters split 1:1 each learn the other's choice.
    /// </summary>
    public int SecretMinimumTurnout { get; set; } = 3;
}
