using System.Text;
using CommunityPlanning.Documents.Text;

namespace CommunityPlanning.Text.Tests.Support;

/// <summary>Seeded generator of Czech-ish text (with emoji surrogate pairs) and of valid operations over it.</summary>
public sealed class RandomText(int seed)
{
    private static readonly string[] Pieces =
    [
        "a", "á", "b", "c", "č", "d", "ď", "e", "é", "ě", "i", "í", "k", "l", "n", "ň", "o", "ó", "r", "ř",
        "s", "š", "t", "ť", "u", "ú", "ů", "y", "ý", "z", "ž", "P", "Ž", " ", " ", " ", "\n", ",", ".",
        "👍", "🎉", "😀", "🇨🇿",
    ];

    public Random Random { get; } = new(seed);

    public string Text(int maxPieces)
    {
        var count = Random.Next(maxPieces + 1);
        var sb = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            sb.Append(Pieces[Random.Next(Pieces.Length)]);
        }

        return sb.ToString();
    }

    /// <summary>A random valid operation over <paramref name="text"/>: boundaries never fall inside a surrogate pair.</summary>
    public TextOperation Operation(string text, int maxInsertPieces = 6)
    {
        var builder = TextOperation.Create();
        var position = 0;
        while (position < text.Length || Random.Next(4) == 0)
        {
            var roll = Random.Next(10);
            if (roll < 3)
            {
                builder.Insert(Text(maxInsertPieces));
                if (position >= text.Length)
                {
                    break;
                }

                continue;
            }

            if (position >= text.Length)
            {
                continue;
            }

            var end = Boundary(text, position + 1 + Random.Next(Math.Min(8, text.Length - position)));
            if (roll < 7)
            {
                builder.Retain(end - position);
            }
            else
            {
                builder.Delete(end - position);
            }

            position = end;
        }

        return builder.Build();
    }

    /// <summary>Moves a position forward out of a surrogate pair.</summary>
    private static int Boundary(string text, int position) =>
        position < text.Length && char.IsLowSurrogate(text[position]) ? position + 1 : position;
}
