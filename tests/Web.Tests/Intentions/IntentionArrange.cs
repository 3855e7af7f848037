using CommunityPlanning.Common;
using CommunityPlanning.Intentions;
using CommunityPlanning.Meetings;
using CommunityPlanning.Plans;
using CommunityPlanning.Voting;

namespace CommunityPlanning.Web.Tests.Intentions;

/// <summary>
/// Intentions brought to a state of the procedure straight through the grains (as the coordinator and the meetings
/// would), for tests that exercise one step over HTTP.
/// </summary>
public sealed record IntentionArrange(IGrainFactory Grains, Actor Admin, Guid CallId, Guid GroupId, ObjectiveLink Objective, Guid MeetingId)
{
    public const string ValidIco = "25596641";

    /// <summary>A call of the group whose steering meeting is <paramref name="meetingId"/> too (one meeting serves both in these tests).</summary>
    public static async Task<IntentionArrange> OpenAsync(IGrainFactory grains, Actor admin, Guid groupId, ObjectiveLink objective, Guid meetingId)
    {
        var callId = Guid.NewGuid();
        await grains.GetGrain<IIntentionCallGrain>(callId).Open(admin, new IntentionCallDraft(
            2027, "Rozvojové záměry 2027", TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, PragueTime.Zone).DateTime.AddDays(30), [groupId], meetingId));
        return new IntentionArrange(grains, admin, callId, groupId, objective, meetingId);
    }

    public IntentionForm Form(string provider = "Domov U Jezírka, o. p. s.") => new(
        new ProviderDetails(provider, ValidIco, "Jablonecká 10, Liberec", "Ing. Petr Dvořák", "Jana Malá", "jana.mala@jezirko.example", "+420 485 123 456"),
        new ServiceDetails("Pečovatelská služba Jezírko", "1234567", SocialServiceType.HomeCare, ServiceForm.Field, "senioři", "Liberec (ORP Liberec)"),
        new CapacityChange(IntentionChangeKind.CapacityIncrease, 4.5m, 6m, CapacityUnit.DirectCareFte, new DateOnly(2027, 1, 1)),
        new IntentionFunding(1_200_000, [new FundingSource("Liberecký kraj", 800_000), new FundingSource("Město Liberec", 400_000)]),
        "Čekací lista 35 seniorů.",
        GroupId,
        [Objective]);

    /// <summary>A new intention brought to <paramref name="target"/>, with its link's token and a PDF attached.</summary>
    public async Task<(Guid Id, string Token)> InStateAsync(IntentionState target, string provider = "Domov U Jezírka, o. p. s.")
    {
        var link = await Grains.GetGrain<IIntentionCallGrain>(CallId).AddIntention(Admin);
        var intention = Grains.GetGrain<IIntentionGrain>(link.IntentionId);
        var hash = InviteTokens.Hash(link.Token);
        await intention.AddAttachment(hash, new AttachmentUpload("rozpočet.pdf", Pdf));
        IntentionState[] path = [IntentionState.Submitted, IntentionState.Complete, IntentionState.InWorkingGroup, IntentionState.OpinionGiven,
            IntentionState.Approved, IntentionState.RegionDecided];
        foreach (var step in path.Where(s => target != IntentionState.Draft && Array.IndexOf(path, s) <= Array.IndexOf(path, target)))
        {
            await (step switch
            {
                IntentionState.Submitted => (Task)intention.Submit(hash, Form(provider)),
                IntentionState.Complete => intention.MarkComplete(Admin),
                IntentionState.InWorkingGroup => intention.AssignWorkingGroup(Admin, GroupId),
                IntentionState.OpinionGiven => Task.WhenAll(
                    intention.RecordOpinion(Vote(link.IntentionId, VerdictOutcome.Adopted)),
                    intention.RecordStatement(Admin, new StatementDraft("Bez připomínek.", new DateOnly(2027, 2, 20)))),
                IntentionState.Approved => intention.RecordDecision(Vote(link.IntentionId, VerdictOutcome.Chosen), SteeringDecision.Approved),
                _ => intention.RecordOutcome(Admin, RegionOutcome.BasicNetwork),
            });
        }

        return (link.IntentionId, link.Token);
    }

    public IntentionVote Vote(Guid intentionId, VerdictOutcome outcome) =>
        new(MeetingId, Guid.NewGuid(), null, [intentionId], new PollVerdict(outcome, MajorityRule.VotesCast, 6, 1, 1, 4), [], true, DateTimeOffset.UtcNow, 9, 5);

    public static readonly byte[] Pdf = "%PDF-1.7\n%%EOF"u8.ToArray();
}
