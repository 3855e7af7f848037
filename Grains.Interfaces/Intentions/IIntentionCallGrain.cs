using CommunityPlanning.Common;
using Orleans.Concurrency;

namespace CommunityPlanning.Intentions;

/// <summary>
/// A call for development intentions ("výzva") of one year. Administrators (the KPSS coordinator) open and close it
/// and add intentions, each with its provider's submission link. It calls its intentions and the directory, never the
/// other way round; intentions stay on record after it closes.
/// </summary>
[Alias("cp.IIntentionCallGrain")]
public interface IIntentionCallGrain : IGrainWithGuidKey
{
    /// <summary>Opens the call (administrators); its working groups and steering meeting must exist.</summary>
    [Alias("Open")]
    Task<IntentionCallView> Open(Actor actor, IntentionCallDraft draft);

    /// <summary>The call, or <c>not_found</c>.</summary>
    [Alias("Get"), ReadOnly]
    Task<IntentionCallView> Get();

    /// <summary>Closes the call (administrators): links stop working, nothing more is submitted; idempotent.</summary>
    [Alias("Close")]
    Task<IntentionCallView> Close(Actor actor);

    /// <summary>A new intention with its first submission link (administrators, open calls only); the token is shown once.</summary>
    [Alias("AddIntention")]
    Task<IssuedSubmissionLink> AddIntention(Actor actor);
}

/// <summary>Every call, newest first; kept by the calls themselves.</summary>
[Alias("cp.IIntentionCallDirectoryGrain")]
public interface IIntentionCallDirectoryGrain : IGrainWithIntegerKey
{
    [Alias("Put")]
    Task Put(IntentionCallView call);

    [Alias("List"), ReadOnly]
    Task<IReadOnlyList<IntentionCallView>> List();
}

/// <summary>
/// A provider's submission link, keyed by the SHA-256 of its token (the token is never stored): maps it to its
/// intention, which decides whether it is still the intention's current link and the call still open.
/// </summary>
[Alias("cp.ISubmissionLinkGrain")]
public interface ISubmissionLinkGrain : IGrainWithStringKey
{
    [Alias("Register")]
    Task Register(Guid intentionId);

    /// <summary>The intention, or <c>submission_link.invalid</c>.</summary>
    [Alias("Resolve"), ReadOnly]
    Task<Guid> Resolve();
}

/// <summary>One attachment's bytes, apart from the intention so that reading an intention does not read its files.</summary>
[Alias("cp.IIntentionAttachmentGrain")]
public interface IIntentionAttachmentGrain : IGrainWithGuidKey
{
    [Alias("Store")]
    Task Store(byte[] content);

    /// <summary>The bytes, or <c>not_found</c>.</summary>
    [Alias("Read"), ReadOnly]
    Task<byte[]> Read();

    [Alias("Delete")]
    Task Delete();
}
