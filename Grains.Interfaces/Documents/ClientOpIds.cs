using CommunityPlanning.Common;

namespace CommunityPlanning.Documents;

/// <summary>
/// The id a client gives its edit (docs/protocol.md, "Co-editing"). It comes back unchanged in <c>textEdits</c>,
/// where the client recognises its own edit by it, and a repeated one returns its first answer: so it is taken
/// exactly as sent, never trimmed, or refused. Ids starting <see cref="AcceptedEdit.ServerMadePrefix"/> are the
/// server's own (a restored version, which moves nobody's caret).
/// </summary>
public static class ClientOpIds
{
    public const int MaxLength = 64;

    public static string Validate(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new DomainException(ErrorCodes.Required, "clientOpId");
        }

        if (id.Length > MaxLength)
        {
            throw new DomainException(ErrorCodes.TooLong, $"clientOpId: at most {MaxLength} characters");
        }

        if (id.Any(char.IsControl))
        {
            throw new DomainException(ErrorCodes.ControlCharacters, "clientOpId");
        }

        if (char.IsWhiteSpace(id[0]) || char.IsWhiteSpace(id[^1]) || id.StartsWith(AcceptedEdit.ServerMadePrefix, StringComparison.Ordinal))
        {
            throw new DomainException(ErrorCodes.InvalidValue, "clientOpId");
        }

        return id;
    }
}
