using CommunityPlanning.Common;
using CommunityPlanning.Documents;
using CommunityPlanning.Documents.Text;
using CommunityPlanning.Meetings;
using CommunityPlanning.WorkingGroups;

namespace CommunityPlanning.Tests.Documents;

/// <summary>A vision document with one section, created through its working group.</summary>
public sealed record DocumentWorld(IVisionDocumentGrain Grain, Guid SectionId, string InitialText)
{
    public static readonly Guid Author = Guid.NewGuid();

    public static async Task<DocumentWorld> CreateAsync(IGrainFactory grains, string text = "Služby jsou dostupné.")
    {
        var organizer = Actor.Organizer(Guid.NewGuid(), false, "Petra");
        var group = grains.GetGrain<IWorkingGroupGrain>(Guid.NewGuid());
        await group.Create(organizer, new WorkingGroupDraft("Skupina", TargetGroup.Seniors, null));
        var document = await group.CreateVisionDocument(organizer, new VisionDocumentDraft("Vize",
            [new VisionSectionDraft("Uživatelé služeb v sociální oblasti", text), new VisionSectionDraft("Řízení služeb", "")]));
        return new DocumentWorld(grains.GetGrain<IVisionDocumentGrain>(document.Id), document.Sections[0].Id, text);
    }

    public Task<EditAck> Insert(long baseRevision, int baseLength, int position, string text, string clientOpId) =>
        Grain.Submit(new EditSubmission(SectionId, baseRevision, TextOperation.Splice(baseLength, position, 0, text), clientOpId, Author));

    /// <summary>Someone in a meeting as the meeting's authorization answers for them.</summary>
    public static RosterEntry Entry(MeetingRole role) => new(Guid.NewGuid(), "Petra", role, null, DateTimeOffset.UnixEpoch);

    public async Task<SectionSnapshot> Section() => (await Grain.Open()).Sections.Single(s => s.SectionId == SectionId);
}
