using CommunityPlanning.Common;
using CommunityPlanning.Documents;
using CommunityPlanning.Documents.Text;
using CommunityPlanning.Meetings;
using CommunityPlanning.Voting;
using CommunityPlanning.WorkingGroups;

namespace CommunityPlanning.Tests.Storage;

/// <summary>
/// What a town would miss most if a backup or an upgrade lost it: a working group with a meeting, a vision section
/// with its typed text, and a closed poll with its ballots. Fixed keys, so a database made once (the upgrade fixture)
/// is checked the same way as one made in the test.
/// </summary>
public static class StoredWorld
{
    public const string ServiceId = "cp-stored-world";
    public const string Text = "Služby jsou dostupné všem, kdo je potřebují.";
    public static readonly Guid GroupId = new("6d7f1c1e-55a4-4a53-9c0e-3f7b0b2a1001");
    public static readonly Guid PollsId = new("6d7f1c1e-55a4-4a53-9c0e-3f7b0b2a1002");
    private static readonly Guid Jana = new("6d7f1c1e-55a4-4a53-9c0e-3f7b0b2a1003");
    private static readonly Guid Petr = new("6d7f1c1e-55a4-4a53-9c0e-3f7b0b2a1004");
    private static readonly Electorate Voters = new([new(Jana, "Jana Nováková", true), new(Petr, "Petr Svoboda", true)]);
    private static readonly RosterEntry Facilitator = new(Guid.NewGuid(), "Petra Hybnerová", MeetingRole.Facilitator, Guid.NewGuid(), DateTimeOffset.UnixEpoch);

    public static async Task SeedAsync(IGrainFactory grains)
    {
        var organizer = Actor.Organizer(Guid.NewGuid(), true, "Petra Hybnerová");
        var group = grains.GetGrain<IWorkingGroupGrain>(GroupId);
        await group.Create(organizer, new WorkingGroupDraft("Pracovní skupina pro seniory", TargetGroup.Seniors, null));
        await group.CreateMeeting(organizer, new MeetingDraft("Setkání k vizi", new DateTime(2026, 5, 26, 13, 0, 0), "Liberec", null, null));
        var document = await group.CreateVisionDocument(organizer, new VisionDocumentDraft("Vize", [new VisionSectionDraft("Dostupnost", "")]));
        await grains.GetGrain<IVisionDocumentGrain>(document.Id).Submit(new EditSubmission(
            document.Sections[0].Id, 0, TextOperation.Splice(0, 0, 0, Text), "op-1", Guid.NewGuid()));

        var box = grains.GetGrain<IMeetingPollsGrain>(PollsId);
        var created = await box.Apply(Facilitator, new CreatePoll(new PollDraft("Doporučit záměr?", PollKind.YesNoAbstain,
            ["doporučuji", "nedoporučuji", "zdržuji se"], Secret: false, LiveResults: false)), null, Voters);
        var pollId = ((PollChanged)created.Events.Single()).Poll.Id;
        await box.Apply(Facilitator, new OpenPoll(pollId), null, Voters);
        await box.Vote(Jana, pollId, [1, 0, 0], null, Voters);
        await box.Vote(Petr, pollId, [0, 1, 0], null, Voters);
        await box.Apply(Facilitator, new ClosePoll(pollId), null, Voters);
    }

    public static async Task AssertIntactAsync(IGrainFactory grains)
    {
        var group = await grains.GetGrain<IWorkingGroupGrain>(GroupId).Get();
        Assert.Equal("Pracovní skupina pro seniory", group.Name);

        var meeting = await grains.GetGrain<IMeetingGrain>(Assert.Single(group.MeetingIds)).GetDetails();
        Assert.Equal("Setkání k vizi", meeting.Title);

        var document = await grains.GetGrain<IVisionDocumentGrain>(Assert.Single(group.VisionDocumentIds)).Open();
        var section = Assert.Single(document.Sections);
        Assert.Equal((Text, 1L), (section.Text, section.Revision));

        var poll = Assert.Single(await grains.GetGrain<IMeetingPollsGrain>(PollsId).Get(Voters));
        Assert.Equal(PollPhase.Closed, poll.Phase);
        Assert.Equal([Jana, Petr], poll.VoterIds.Order());
        Assert.Equal([1L, 1L, 0L], poll.Result!.Options.Select(o => o.Count));
    }
}
