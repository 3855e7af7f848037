namespace CommunityPlanning.Common;

/// <summary>
/// Validation shared by the web layer and the grains, so both refuse the same input with the same code.
/// </summary>
public static class TextRules
{
    public const int NameMaxLength = 200;
    public const int PlaceMaxLength = 300;
    public const int TitleMaxLength = 300;
    public const int SectionTextMaxLength = 50_000;
    public const int EmailMaxLength = 254;

    /// <summary>A single-line name: trimmed, not empty, no control characters, bounded length.</summary>
    public static string Name(string? value, int maxLength = NameMaxLength)
    {
        var trimmed = (value ?? string.Empty).Trim();
        if (trimmed.Length == 0)
        {
            throw new DomainException(ErrorCodes.Required);
        }

        if (trimmed.Length > maxLength)
        {
            throw new DomainException(ErrorCodes.TooLong, $"at most {maxLength} characters");
        }

        if (trimmed.Any(char.IsControl))
        {
            throw new DomainException(ErrorCodes.ControlCharacters);
        }

        return trimmed;
    }

    /// <summary>An optional single-line value: null or white space becomes null, otherwise as <see cref="Name"/>.</summary>
    public static string? OptionalName(string? value, int maxLength = NameMaxLength) =>
        string.IsNullOrWhiteSpace(value) ? null : Name(value, maxLength);

    /// <summary>Multi-line text: line breaks and tabs allowed, other control characters refused.</summary>
    public static string MultilineText(string? value, int maxLength)
    {
        var text = (value ?? string.Empty).Replace("\r\n", "\n");
        if (text.Length > maxLength)
        {
            throw new DomainException(ErrorCodes.TooLong, $"at most {maxLength} characters");
        }

        if (text.Any(c => char.IsControl(c) && c is not '\n' and not '\t'))
        {
            throw new DomainException(ErrorCodes.ControlCharacters);
        }

        return text;
    }

    public static string Email(string? value)
    {
        var email = Name(value, EmailMaxLength).ToLowerInvariant();
        var at = email.IndexOf('@');
        if (at <= 0 || at != email.LastIndexOf('@') || at == email.Length - 1 || email.Contains(' '))
        {
            throw new DomainException(ErrorCodes.InvalidValue, "e-mail");
        }

        return email;
    }

    public static T Defined<T>(T value) where T : struct, Enum =>
        Enum.IsDefined(value) ? value : throw new DomainException(ErrorCodes.InvalidValue, typeof(T).Name);
}
