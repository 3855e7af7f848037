namespace CommunityPlanning.Documents.Text;

/// <summary>
/// The text engine's refusal of an operation or a text, with a stable error code (<see cref="TextErrors"/>, listed in
/// docs/protocol.md). The engine knows nothing of grains or the web: the document grain turns it into the system's
/// <c>DomainException</c> with the same code, and the hub answers a malformed operation with the code directly.
/// </summary>
public sealed class TextException(string code, string detail) : Exception($"{code}: {detail}")
{
    public string Code { get; } = code;
}
