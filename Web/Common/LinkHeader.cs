using CommunityPlanning.Common;
using CommunityPlanning.Meetings;

namespace CommunityPlanning.Web.Common;

/// <summary>
/// A secret link's token as a page without sign-in sends it: in a header (the page keeps it in its fragment, so it
/// never appears in an address a server logs). Only its hash goes further.
/// </summary>
public static class LinkHeader
{
    /// <summary>The hash of the header's token, or <paramref name="invalidCode"/> for a missing or malformed one.</summary>
    public static string Hash(HttpContext http, string header, string invalidCode)
    {
        var token = http.Request.Headers[header].FirstOrDefault();
        return InviteTokens.IsWellFormed(token) ? InviteTokens.Hash(token!) : throw new DomainException(invalidCode);
    }
}
