using CommunityPlanning.Documents;
using CommunityPlanning.Documents.Text;
using CommunityPlanning.Text.Tests.Support;

namespace CommunityPlanning.Text.Tests;

/// <summary>
/// Replays the real keystroke traces through the document grain's sequencer: every patch is an
/// <see cref="EditSubmission"/> based on the current revision, accepted by <see cref="SectionEditor.Accept"/>.
/// </summary>
public sealed class SectionEditorTraceTests
{
    /// <summary>
    /// The sequencer refuses an operation inserting more than <see cref="TextLimits.MaxInsertedLength"/> characters,
    /// so a longer paste is sent as consecutive submissions of at most that many (seph-blog1 has two pastes of
    /// 13,540 and 13,966 characters: two extra revisions); every other patch is exactly one revision.
    /// </summary>
    [Theory]
    [InlineData("automerge-paper", 259_778, 0)]
    [InlineData("seph-blog1", 137_993, 2)]
    public void Every_patch_becomes_one_revision_and_the_text_reaches_end_content(string name, int patches, int splitPastes)
    {
        var trace = EditingTrace.Load(name);
        Assert.Equal(patches, trace.Patches.Length);
        var sectionId = Guid.NewGuid();
        var author = Guid.NewGuid();
        var editor = new SectionEditor(sectionId, trace.StartContent, 0);
        var at = DateTimeOffset.UnixEpoch;
        var submissions = 0;

        for (var i = 0; i < trace.Patches.Length; i++)
        {
            var patch = trace.Patches[i];
            var delete = patch.DeleteCount;
            var offset = 0;
            do
            {
                var slice = patch.Insert.Substring(offset, Math.Min(TextLimits.MaxInsertedLength, patch.Insert.Length - offset));
                var operation = TextOperation.Splice(editor.Length, patch.Position + offset, delete, slice);
                var (accepted, revision) = editor.Accept(new EditSubmission(sectionId, editor.Revision, operation, $"trace:{i}:{offset}", author), at);
                submissions++;
                if (accepted is null || revision != submissions || !ReferenceEquals(accepted.Operation, operation))
                {
                    Assert.Fail($"patch {i}: accepted {accepted is not null}, revision {revision}, expected {submissions}");
                }

                offset += slice.Length;
                delete = 0;
            }
            while (offset < patch.Insert.Length);
        }

        Assert.Equal(patches + splitPastes, submissions);
        Assert.Equal(submissions, editor.Revision);
        Assert.Equal(trace.EndContent.Length, editor.Length);
        Assert.Equal(trace.EndContent, editor.Text);

        // The recent history is still held for late clients, in order, and a resent id is recognized.
        var recent = editor.After(editor.Revision - 100);
        Assert.Equal(Enumerable.Range(submissions - 99, 100).Select(r => (long)r), recent.Select(e => e.Revision));
        var last = trace.Patches[^1];
        var again = editor.Accept(new EditSubmission(sectionId, editor.Revision, TextOperation.Identity(editor.Length),
            $"trace:{trace.Patches.Length - 1}:{(last.Insert.Length - 1) / TextLimits.MaxInsertedLength * TextLimits.MaxInsertedLength}", author), at);
        Assert.Equal((null, (long)submissions), again);
        Assert.Equal(trace.EndContent, editor.Text);
    }
}
