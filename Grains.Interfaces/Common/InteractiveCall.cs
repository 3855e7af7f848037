namespace CommunityPlanning.Common;

/// <summary>
/// The response timeout of the calls a person waits for while typing or voting (Orleans' default is 30 s). A call to
/// a silo that has just died then fails within this time with <c>cluster.unavailable</c>, and the client sends it
/// again (an edit with the same operation id, which the document accepts once) instead of hanging.
/// </summary>
public static class InteractiveCall
{
    public const string Timeout = "00:00:03";
}
