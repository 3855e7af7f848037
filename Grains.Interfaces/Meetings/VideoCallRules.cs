using CommunityPlanning.Common;

namespace CommunityPlanning.Meetings;

/// <summary>What a meeting's video-call link may be: one absolute https address with a host, without spaces or a user
/// name and password (which would travel to everyone who sees the link), at most <see cref="MaxLength"/> characters.</summary>
public static class VideoCallRules
{
    public const int MaxLength = 500;

    /// <summary>Null or white space is no link; anything else is checked and returned trimmed.</summary>
    public static string? Validate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var url = value.Trim();
        if (url.Length > MaxLength)
        {
            throw new DomainException(ErrorCodes.TooLong, $"at most {MaxLength} characters");
        }

        if (url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c))
            || !Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || uri.Scheme != Uri.UriSchemeHttps || uri.Host.Length == 0 || uri.UserInfo.Length > 0)
        {
            throw new DomainException(ErrorCodes.VideoCallInvalid);
        }

        return url;
    }
}
