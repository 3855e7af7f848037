using CommunityPlanning.Common;

namespace CommunityPlanning.Audience;

/// <summary>How fast questions may come (<see cref="AudienceRateLimit"/>).</summary>
public sealed class QuestionRateLimit()
    : AudienceRateLimit(PerPersonPerMinute, PerMeetingPerMinute, ErrorCodes.QuestionRateLimited, ErrorCodes.QuestionsBusy)
{
    public const int PerPersonPerMinute = 3;
    public const int PerMeetingPerMinute = 30;
}
