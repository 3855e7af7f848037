using CommunityPlanning.Plans;

namespace CommunityPlanning.Web.Records;

/// <summary>
/// A plan laid out as the regions write it (and as the plan import reads it back): a heading per target group
/// ("A. …") and strategic goal ("A 1: …"), notes as paragraphs, objectives as a list ("O 1: …"); a note of an
/// objective follows it, so the list breaks there.
/// </summary>
public static class PlanRecordBuilder
{
    public static RecordDocument Build(PlanView plan)
    {
        var blocks = new List<RecordBlock>();
        foreach (var group in plan.TargetGroups)
        {
            blocks.Add(new RecordHeading(1, $"{group.Code}. {group.Text}"));
            Notes(blocks, group.Notes);
            foreach (var goal in group.Goals)
            {
                blocks.Add(new RecordHeading(2, $"{goal.Code}: {goal.Text}"));
                Notes(blocks, goal.Notes);
                var list = new List<string>();
                foreach (var objective in goal.Objectives)
                {
                    list.Add($"{objective.Code}: {objective.Text}");
                    if (objective.Notes is not null)
                    {
                        blocks.Add(new RecordList(list));
                        list = [];
                        Notes(blocks, objective.Notes);
                    }
                }

                if (list.Count > 0)
                {
                    blocks.Add(new RecordList(list));
                }
            }
        }

        return new RecordDocument(plan.Title, blocks);
    }

    private static void Notes(List<RecordBlock> blocks, string? notes) => blocks.AddRange(RecordText.Paragraphs(notes).Select(RecordParagraph.Plain));
}
