using CommunityPlanning.Documents.Text;

namespace CommunityPlanning.Text.Tests;

public sealed class PositionMappingTests
{
    [Theory]
    [InlineData("[3,\"xy\",2]", 3, true, 5)]
    [InlineData("[3,\"xy\",2]", 3, false, 3)]
    [InlineData("[3,\"xy\",2]", 4, false, 6)]
    [InlineData("[3,\"xy\",2]", 1, true, 1)]
    [InlineData("[1,-3,1]", 2, true, 1)]
    [InlineData("[1,-3,1]", 4, true, 1)]
    [InlineData("[1,-3,1]", 5, true, 2)]
    [InlineData("[5,\"!\"]", 5, true, 6)]
    [InlineData("[5,\"!\"]", 5, false, 5)]
    public void Positions_move_with_inserts_and_deletes(string operation, int position, bool stickToEnd, int expected) =>
        Assert.Equal(expected, TextOperation.FromJson(operation).MapPosition(position, stickToEnd));

    [Fact]
    public void A_mapped_position_points_at_the_same_character_after_random_edits()
    {
        var random = new Random(7);
        for (var i = 0; i < 2_000; i++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(1, 30)).Select(_ => (char)('a' + random.Next(26)))]);
            var position = random.Next(text.Length);
            var marked = text[..position] + "\u2603" + text[position..];
            var start = random.Next(text.Length + 1);
            var deleteCount = random.Next(text.Length - start + 1);
            if (start <= position && position < start + deleteCount)
            {
                continue; // the character itself is deleted
            }

            var edit = TextOperation.Splice(text.Length, start, deleteCount, "QQ");
            var markedEdit = TextOperation.Splice(marked.Length, start <= position ? start : start + 1, deleteCount, "QQ");
            var after = markedEdit.Apply(marked);

            Assert.Equal(after.IndexOf('\u2603'), edit.MapPosition(position, stickToEnd: true));
        }
    }
}
