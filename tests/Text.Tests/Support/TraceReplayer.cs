using CommunityPlanning.Documents.Text;

namespace CommunityPlanning.Text.Tests.Support;

/// <summary>Replays a trace the way the document grain will: each patch becomes a TextOperation over the current length.</summary>
public static class TraceReplayer
{
    public static TextBuffer Replay(EditingTrace trace)
    {
        var buffer = new TextBuffer(trace.StartContent, capacity: 1 << 17);
        foreach (var patch in trace.Patches)
        {
            buffer.Apply(TextOperation.Splice(buffer.Length, patch.Position, patch.DeleteCount, patch.Insert));
        }

        return buffer;
    }
}
