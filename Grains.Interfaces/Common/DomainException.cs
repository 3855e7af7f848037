namespace CommunityPlanning.Common;

/// <summary>
/// A refusal with a stable, documented error code (see docs/protocol.md). Thrown by grains and
/// validators; the web layer turns it into a hub error or an HTTP problem without changing any state.
/// </summary>
[GenerateSerializer, Alias("cp.DomainException")]
public sealed class DomainException : Exception
{
    public DomainException(string code, string? detail = null) : base(detail is null ? code : $"{code}: {detail}")
    {
        Code = code;
    }

    [Id(0)]
    public string Code { get; }
}
