
namespace CommunityPlanning.Documents.Text;

public sealed partial class TextOperation
{
    /// <summary>
    /// The operation that undoes this one: <c>Invert(s).Apply(Apply(s)) == s</c>. <paramref name="text"/>
    /// is the text this operation applies to (needed to restore what it deletes).
    /// </summary>
    public TextOperation Invert(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        EnsureApplicable(text.AsSpan());
        var result = new TextOperationBuilder(_components.Length);
        var position = 0;
        foreach (var c in _components)
        {
            switch (c.Kind)
            {
                case TextComponentKind.Retain:
                    result.Retain(c.Length);
                    position += c.Length;
                    break;
                case TextComponentKind.Insert:
                    result.Delete(c.Length);
                    break;
                default:
                    result.Insert(text.Substring(position, c.Length));
                    position += c.Length;
                    break;
            }
        }

        return result.Build();
    }
}
