using System.IO.Compression;
using System.Text.Json;
using CommunityPlanning.Common;
using CommunityPlanning.Intentions;
using CommunityPlanning.Meetings;
using CommunityPlanning.Plans;
using CommunityPlanning.Voting;
using CommunityPlanning.WorkingGroups;
using static CommunityPlanning.Tests.Infrastructure.TestActors;

namespace CommunityPlanning.Tests.Intentions;

/// <summary>
/// A call as a town runs one: a working group with its plan and a meeting, the steering group's meeting, the call
/// (deadline in ten days by the silos' clock) and helpers to fill, submit and vote on intentions.
/// </summary>
public sealed class IntentionSetup
{
    /// <summary>A real IČO (check digit right) and one with a wrong check digit.</summary>
    public const string ValidIco = "25596641";
    public const string WrongIco = "25596642";

    private IntentionSetup(IGrainFactory grains) => Grains = grains;

    public IGrainFactory Grains { get; }

    public Actor Admin { get; } = NewAdministrator();

    public Actor Manager { get; } = NewOrganizer("Manažerka skupiny");

    public Guid GroupId { get; private set; }

    public Guid OtherGroupId { get; private set; }

    public Guid GroupMeetingId { get; private set; }

    public Guid SteeringMeetingId { get; private set; }

    public ObjectiveLink Objective { get; private set; } = null!;

    public IIntentionCallGrain Call { get; private set; } = null!;

    public static async Task<IntentionSetup> CreateAsync(IGrainFactory grains, TimeProvider clock)
    {
        var setup = new IntentionSetup(grains);
        await setup.BuildAsync(clock);
        return setup;
    }

    private async Task BuildAsync(TimeProvider clock)
    {
        var group = Grains.GetGrain<IWorkingGroupGrain>(Guid.NewGuid());
        GroupId = (await group.Create(Manager, new WorkingGroupDraft("Pracovní skupina pro seniory", TargetGroup.Seniors, null))).Id;
        var plan = await group.CreatePlan(Manager, new PlanDraft("Komunitní plán", [new("A", "Senioři", null, [new("A 1", "Domácí péče", null, [new("O 1", "Rozvoj pečovatelské služby.", null)])])]));
        Objective = new ObjectiveLink(plan.Id, plan.TargetGroups[0].Goals[0].Objectives[0].Id);
        GroupMeetingId = (await group.CreateMeeting(Manager, new MeetingDraft("Únorové setkání", new DateTime(2027, 2, 10, 13, 0, 0), "Liberec", null, null))).Id;

        var other = Grains.GetGrain<IWorkingGroupGrain>(Guid.NewGuid());
        OtherGroupId = (await other.Create(Admin, new WorkingGroupDraft("Pracovní skupina pro děti a mládež", TargetGroup.ChildrenYouthFamilies, null))).Id;

        var steering = Grains.GetGrain<IWorkingGroupGrain>(Guid.NewGuid());
        await steering.Create(Admin, new WorkingGroupDraft("Řídicí pracovní skupina", TargetGroup.Steering, null));
        SteeringMeetingId = (await steering.CreateMeeting(Admin, new MeetingDraft("Řídicí skupina", new DateTime(2027, 3, 8, 14, 0, 0), "Magistrát", null, null))).Id;

        Call = Grains.GetGrain<IIntentionCallGrain>(Guid.NewGuid());
        await Call.Open(Admin, new IntentionCallDraft(2027, "Rozvojové záměry na rok 2027", PragueNow(clock).AddDays(10), [GroupId, OtherGroupId], SteeringMeetingId));
    }

    public static DateTime PragueNow(TimeProvider clock) => TimeZoneInfo.ConvertTime(clock.GetUtcNow(), PragueTime.Zone).DateTime;

    /// <summary>A new intention of the call: its grain and its link's hash.</summary>
    public async Task<(IIntentionGrain Intention, string Hash, string Token)> AddAsync()
    {
        var link = await Call.AddIntention(Admin);
        return (Grains.GetGrain<IIntentionGrain>(link.IntentionId), InviteTokens.Hash(link.Token), link.Token);
    }

    public IntentionForm Form(string provider = "Domov U Jezírka, o. p. s.", string ico = ValidIco) => new(
        new ProviderDetails(provider, ico, "Jablonecká 10, 460 01 Liberec", "Ing. Petr Dvořák, ředitel", "Jana Malá", "jana.mala@jezirko.example", "+420 485 123 456"),
        new ServiceDetails("Pečovatelská služba Jezírko", "1234567", SocialServiceType.HomeCare, ServiceForm.Field, "senioři", "Liberec (ORP Liberec)"),
        new CapacityChange(IntentionChangeKind.CapacityIncrease, 4.5m, 6m, CapacityUnit.DirectCareFte, new DateOnly(2027, 1, 1)),
        new IntentionFunding(1_200_000, [new FundingSource("Liberecký kraj", 800_000), new FundingSource("Město Liberec", 400_000)]),
        "Čekací lista 35 seniorů; zpráva o potřebách 2026.",
        GroupId,
        [Objective]);

    /// <summary>Submitted, complete and assigned to the group: waiting for the group's opinion.</summary>
    public async Task<(IIntentionGrain Intention, string Hash)> InWorkingGroupAsync(string provider = "Domov U Jezírka, o. p. s.")
    {
        var (intention, hash, _) = await AddAsync();
        await intention.Submit(hash, Form(provider));
        await intention.MarkComplete(Admin);
        await intention.AssignWorkingGroup(Admin, GroupId);
        return (intention, hash);
    }

    public static IntentionVote Vote(Guid meetingId, IReadOnlyList<Guid> intentions, VerdictOutcome outcome, bool quorum = true, params string[] recused) =>
        new(meetingId, Guid.NewGuid(), null, intentions, new PollVerdict(outcome, MajorityRule.VotesCast, 7, 2, 1, 5), recused, quorum, DateTimeOffset.UtcNow, 11, 6);

    public static string Json(object value) => JsonSerializer.Serialize(value);

    public static byte[] Pdf() => "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF"u8.ToArray();

    /// <summary>A ZIP holding the part that makes it a DOCX (word/document.xml) or an XLSX (xl/workbook.xml).</summary>
    public static byte[] OfficeFile(string mainPart)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry(mainPart).Open());
            writer.Write("<?xml version=\"1.0\"?><root/>");
        }

        return memory.ToArray();
    }
}
