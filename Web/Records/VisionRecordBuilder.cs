using CommunityPlanning.Documents;
using CommunityPlanning.Meetings;
using CommunityPlanning.Voting;
using CommunityPlanning.Web.Common;

namespace CommunityPlanning.Web.Records;

/// <summary>
/// A meeting's vision with its proposals, laid out as the workshop records are (and as the vision import reads
/// them back): the header, "VIZE" with each area and its text, "NÁVRHY AKTIVIT" with the proposals under each
/// area, ranked by the last prioritisation round when there was one (numbered, best first).
/// </summary>
public static class VisionRecordBuilder
{
    public static RecordDocument Build(MeetingDetails meeting, VisionDocumentDetails? document, BoardView board, IReadOnlyDictionary<string, string> texts, string language)
    {
        string T(string key) => texts.TryGetValue(key, out var text) ? text : key;
        var blocks = new List<RecordBlock>
        {
            RecordParagraph.Field(T(meeting.TimeUnknown ? "record.whenDay" : "record.when"), CzechFormat.Start(meeting.StartsAt, meeting.TimeUnknown)),
            RecordParagraph.Field(T("meeting.facilitator"), meeting.FacilitatorName),
            new RecordHeading(1, T("record.visionPart")),
        };
        var sections = document?.Sections ?? [];
        foreach (var section in sections)
        {
            blocks.Add(new RecordHeading(2, section.Heading));
            blocks.AddRange(RecordText.Paragraphs(section.Text).Select(RecordParagraph.Plain));
        }

        var ranked = board.Rankings.Count > 0;
        var proposals = Ranked(board).Where(p => !p.Hidden && p.Text is not null).ToList();
        var groups = sections.Select(s => (s.Heading, Items: proposals.Where(p => p.AreaId == s.Id).ToList()))
            .Append((Heading: T("board.unplaced"), Items: proposals.Where(p => sections.All(s => s.Id != p.AreaId)).ToList()))
            .Where(g => g.Items.Count > 0)
            .ToList();
        if (groups.Count > 0)
        {
            blocks.Add(new RecordHeading(1, T("record.proposalsPart")));
        }

        foreach (var (heading, items) in groups)
        {
            blocks.Add(new RecordHeading(2, heading));
            blocks.Add(new RecordList([.. items.Select(p => p.Text!)], Numbered: ranked));
        }

        return new RecordDocument(document?.Title ?? meeting.Title, blocks, language);
    }

    /// <summary>The proposals in the last ranking's order (those added since after it), else as they were added.</summary>
    private static IEnumerable<ProposalView> Ranked(BoardView board)
    {
        var ranks = board.Rankings.LastOrDefault()?.Entries.ToDictionary(e => e.ProposalId, e => e.RankOverall) ?? [];
        return board.Proposals.Select((p, i) => (p, i)).OrderBy(x => ranks.GetValueOrDefault(x.p.Id, int.MaxValue)).ThenBy(x => x.i).Select(x => x.p);
    }
}
