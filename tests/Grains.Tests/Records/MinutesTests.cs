using CommunityPlanning.Common;
using CommunityPlanning.Documents;
using CommunityPlanning.Documents.Text;
using CommunityPlanning.Meetings;
using CommunityPlanning.Records;
using CommunityPlanning.Tests.Infrastructure;
using CommunityPlanning.Voting;
using static CommunityPlanning.Tests.Infrastructure.TestActors;

namespace CommunityPlanning.Tests.Records;

/// <summary>Notes per agenda item, decisions under their item, approval into frozen versions.</summary>
public sealed class MinutesTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private static AgendaItemDraft Item(string title) => new(title, null, 15, AgendaItemKind.Discussion);

    private static async Task<long> Write(IVisionDocumentGrain document, Guid sectionId, string text, Guid author)
    {
        var section = (await document.Open()).Sections.Single(s => s.SectionId == sectionId);
        var ack = await document.Submit(new EditSubmission(sectionId, section.Revision,
            TextOperation.Splice(section.Text.Length, section.Text.Length, 0, text), Guid.NewGuid().ToString("N"), author));
        return ack.Revision;
    }

    [Fact]
    public async Task Notes_are_co_edited_per_agenda_item_and_approved_versions_stay_frozen()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        var (g, f) = (world.Grain, world.Facilitator);
        await g.Execute(f, new AddAgendaItem(Item("Představení zástupce APOSS"), null));
        await g.Execute(f, new AddAgendaItem(Item("Různé"), null));
        var items = (await g.GetSnapshot(f)).Agenda.Items;

        var document = fixture.Client.GetGrain<IVisionDocumentGrain>(await g.OpenMinutes(f));
        var sections = (await document.Open()).Sections;
        Assert.Equal(items.Select(i => (i.Id, i.Title)), sections.Select(s => (s.SectionId, s.Heading)));
        Assert.Equal(document.GetPrimaryKey(), (await g.GetSnapshot(f)).Minutes.DocumentId);

        // An item added later has its section before anyone hears of it; a rename follows.
        await g.Execute(f, new AddAgendaItem(Item("Realizace fokusních skupin"), 1));
        await g.Execute(f, new UpdateAgendaItem(items[1].Id, Item("Různé a závěr")));
        var headings = (await document.Open()).Sections.ToDictionary(s => s.SectionId, s => s.Heading);
        Assert.Equal(document.GetPrimaryKey(), await g.OpenMinutes(f));
        Assert.Equal(3, headings.Count);
        Assert.Equal("Různé a závěr", headings[items[1].Id]);

        var (participant, entry) = await world.AdmitAsync(MeetingRole.Participant);
        Assert.Equal(entry.ParticipantId, (await world.Roster.AuthorizeMinutesEdit(participant)).ParticipantId);
        await Write(document, items[0].Id, "- proběhlo mapování potřeb", entry.ParticipantId);
        await g.Execute(f, new SetMinutesFooter(new MinutesFooter("Lucie Hrubá", "V Liberci")));
        await g.ChangePhase(f, MeetingPhase.Ended);
        await g.Execute(f, new ApproveMinutes());

        // After the end only facilitators correct the notes; the correction is the next version.
        await AssertRefused(ErrorCodes.MeetingEnded, () => world.Roster.AuthorizeMinutesEdit(participant));
        await world.Roster.AuthorizeMinutesEdit(f);
        await Write(document, items[0].Id, "\n- oprava: přehled cílových skupin", f.AccountId!.Value);
        await g.Execute(f, new ApproveMinutes());

        var snapshot = await g.GetSnapshot(f);
        Assert.Equal([1, 2], snapshot.Minutes.Versions.Select(v => v.Number));
        // Without a date of its own the minutes were written the day of their first approval; the correction keeps it.
        var approvedOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(snapshot.Minutes.Versions[0].ApprovedAt, PragueTime.Zone).DateTime);
        Assert.Equal(new MinutesFooter("Lucie Hrubá", "V Liberci", approvedOn), snapshot.Minutes.Footer);
        var first = (await g.GetMinutes(f, 1)).Content;
        var second = (await g.GetMinutes(f, 2)).Content;
        Assert.Equal("- proběhlo mapování potřeb", first.Items[0].Notes);
        Assert.Equal("- proběhlo mapování potřeb\n- oprava: přehled cílových skupin", second.Items[0].Notes);
        Assert.Equal(["Představení zástupce APOSS", "Realizace fokusních skupin", "Různé a závěr"], second.Items.Select(i => i.Title));
        Assert.Equal("Pracovní skupina pro seniory", second.GroupName);
        Assert.Equal("Lucie Hrubá", second.Footer.RecordedBy);
        Assert.Equal((approvedOn, approvedOn), (first.Footer.WrittenOn, second.Footer.WrittenOn));
        await AssertRefused(ErrorCodes.MinutesVersionUnknown, () => g.GetMinutes(f, 3));
    }

    [Fact]
    public async Task Decisions_land_under_the_item_that_was_current_when_they_closed()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        var (g, f) = (world.Grain, world.Facilitator);
        await g.Execute(f, new AddAgendaItem(Item("Rozvojové záměry"), null));
        var itemId = (await g.GetSnapshot(f)).Agenda.Items[0].Id;
        await g.ChangePhase(f, MeetingPhase.Live);
        await g.Connect(f, "web-a", "connection-1"); // voters are those present

        var opinion = new PollDraft("Záměr: odlehčovací služba", PollKind.YesNoAbstain, ["doporučuji", "nedoporučuji", "zdržuji se"], false, true);
        await g.Execute(f, new CreatePoll(opinion));
        await g.Execute(f, new CreatePoll(opinion with { Question = "Termín příštího jednání" }));
        var polls = (await g.GetSnapshot(f)).Polls;
        await g.Execute(f, new SetCurrentAgendaItem(itemId));
        await g.Execute(f, new OpenPoll(polls[0].Id));
        await g.CastVote(f, polls[0].Id, [1, 0, 0], null);
        await g.Execute(f, new ClosePoll(polls[0].Id));
        await g.Execute(f, new SetCurrentAgendaItem(null));
        await g.Execute(f, new OpenPoll(polls[1].Id));
        await g.Execute(f, new ClosePoll(polls[1].Id));

        var minutes = (await g.GetMinutes(f, null)).Content;
        Assert.Equal([polls[0].Id], minutes.Items[0].Polls.Select(p => p.Id));
        Assert.Equal(1, minutes.Items[0].Polls[0].Result!.Options[0].Count);
        Assert.Equal([polls[1].Id], minutes.OtherPolls.Select(p => p.Id));
    }

    [Fact]
    public async Task Only_members_read_the_minutes_and_only_facilitators_approve()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        var (g, f) = (world.Grain, world.Facilitator);
        var (participant, _) = await world.AdmitAsync(MeetingRole.Participant);
        var (observer, _) = await world.AdmitAsync(MeetingRole.Observer, "Veřejnost");
        await g.GetMinutes(participant, null);
        await AssertRefused(ErrorCodes.Forbidden, () => g.GetMinutes(observer, null));
        await AssertRefused(ErrorCodes.Forbidden, () => world.Roster.AuthorizeMinutesEdit(observer));
        await AssertRefused(ErrorCodes.Forbidden, () => g.Execute(participant, new ApproveMinutes()));
        await AssertRefused(ErrorCodes.Forbidden, () => g.Execute(participant, new SetMinutesFooter(new MinutesFooter("X", null))));
        await AssertRefused(ErrorCodes.ControlCharacters, () => g.Execute(f, new SetMinutesFooter(new MinutesFooter("a\u0001", null))));
        Assert.Empty((await g.GetSnapshot(f)).Minutes.Versions);
        Assert.Equal(MinutesFooter.Empty, (await g.GetSnapshot(f)).Minutes.Footer);
    }
}
