using CommunityPlanning.Intentions;
using CommunityPlanning.Meetings;

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
        var token = http.Request.Headers[Header].FirstOrDefault();
        if (!InviteTokens.IsWellFormed(token))
        {
            throw new CommunityPlanning.Common.DomainException(IntentionErrorCodes.LinkInvalid);
        }

        var hash = InviteTokens.Hash(token!);
        var id = await grains.GetGrain<ISubmissionLinkGrain>(hash).Resolve();
        return (grains.GetGrain<IIntentionGrain>(id), hash);
    }

    /// <summary>The link as the provider opens it.</summary>
    public static SubmissionLinkView Link(HttpContext http, IssuedSubmissionLink link) =>
        new(link.IntentionId, $"{http.Request.Scheme}://{http.Request.Host}/submission#{link.Token}");
}
