using CommunityPlanning.Intentions;
using CommunityPlanning.Web.Common;

namespace CommunityPlanning.Web.Intentions;

/// <summary>
/// The provider's way in: the submission link's token travels in the <c>X-Submission-Link</c> header (the page has it
/// in its fragment, so it never appears in an address a server logs); only its hash is looked up.
/// </summary>
public static class SubmissionAccess
{
    public const string Header = "X-Submission-Link";

    public static async Task<(IIntentionGrain Intention, string Hash)> ResolveAsync(HttpContext http, IGrainFactory grains)
    {
        var hash = LinkHeader.Hash(http, Header, IntentionErrorCodes.LinkInvalid);
        var id = await grains.GetGrain<ISubmissionLinkGrain>(hash).Resolve();
        return (grains.GetGrain<IIntentionGrain>(id), hash);
    }

    /// <summary>The link as the provider opens it.</summary>
    public static SubmissionLinkView Link(HttpContext http, IssuedSubmissionLink link) =>
        new(link.IntentionId, $"{PublicOrigin.Of(http)}/submission#{link.Token}");
}
