using CommunityPlanning.Common;

namespace CommunityPlanning.Accounts;

public static class PasswordRules
{
    public const int MinLength = 10;
    public const int MaxLength = 256;

    public static void Validate(string? password)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinLength)
        {
            throw new DomainException(ErrorCodes.InvalidValue, $"password of at least {MinLength} characters");
        }

        if (password.Length > MaxLength)
        {
            throw new DomainException(ErrorCodes.TooLong, $"password of at most {MaxLength} characters");
        }
    }
}
