using CommunityPlanning.Text.Tests.Support;

namespace CommunityPlanning.Text.Tests;

/// <summary>Replays real keystroke traces (shared/traces, CC BY 4.0) through TextOperation + TextBuffer.</summary>
public sealed class TraceReplayTests
{
    [Theory]
    [InlineData("automerge-paper", 259_778)]
    [InlineData("seph-blog1", 137_993)]
    public void Replay_reaches_end_content(string name, int patches)
    {
        var trace = EditingTrace.Load(name);
        Assert.Equal(patches, trace.Patches.Length);
        var buffer = TraceReplayer.Replay(trace);
        Assert.Equal(trace.EndContent.Length, buffer.Length);
        Assert.Equal(trace.EndContent, buffer.ToString());
    }

    [Fact]
    public void Replay_through_string_apply_matches_on_a_prefix()
    {
        // The immutable string path agrees with the buffer (checked on a prefix; it is quadratic).
        var trace = EditingTrace.Load("automerge-paper");
        var text = trace.StartContent;
        var buffer = new Documents.Text.TextBuffer(text);
        foreach (var patch in trace.Patches.AsSpan(0, 20_000))
        {
            var op = Documents.Text.TextOperation.Splice(text.Length, patch.Position, patch.DeleteCount, patch.Insert);
            text = op.Apply(text);
            buffer.Apply(op);
        }

        Assert.Equal(text, buffer.ToString());
    }
}
