
namespace CommunityPlanning.Documents.Text;

public sealed partial class TextOperation
{
    /// <summary>
    /// The single operation with the effect of applying <paramref name="a"/> and then <paramref name="b"/>:
    /// <c>Compose(a, b).Apply(s) == b.Apply(a.Apply(s))</c>. Requires <c>a.TargetLength == b.BaseLength</c>
    /// (otherwise <c>text.length_mismatch</c>).
    /// </summary>
    public static TextOperation Compose(TextOperation a, TextOperation b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a._targetLength != b._baseLength)
        {
            throw new TextException(TextErrors.LengthMismatch, $"compose: first produces {a._targetLength}, second expects {b._baseLength}");
        }

        if (b.IsIdentity)
        {
            return a;
        }

        if (a.IsIdentity)
        {
            return b;
        }

        var result = new TextOperationBuilder(a._components.Length + b._components.Length);
        var ca = new ComponentCursor(a._components);
        var cb = new ComponentCursor(b._components);
        while (ca.HasCurrent || cb.HasCurrent)
        {
            // Inserts of b and deletes of a do not meet a component of the other operation.
            if (cb.HasCurrent && cb.Kind == TextComponentKind.Insert)
            {
                result.InsertTrusted(cb.InsertText(cb.Remaining));
                cb.Advance(cb.Remaining);
                continue;
            }

            if (ca.HasCurrent && ca.Kind == TextComponentKind.Delete)
            {
                result.Delete(ca.Remaining);
                ca.Advance(ca.Remaining);
                continue;
            }

            // Lengths agree, so both still have a component here: a retains or inserts, b retains or deletes.
            var n = Math.Min(ca.Remaining, cb.Remaining);
            if (ca.Kind == TextComponentKind.Retain)
            {
                if (cb.Kind == TextComponentKind.Retain)
                {
                    result.Retain(n);
                }
                else
                {
                    result.Delete(n);
                }
            }
            else if (cb.Kind == TextComponentKind.Retain)
            {
                result.InsertTrusted(ca.InsertText(n));
            }

            // a inserts and b deletes the same characters: nothing remains.
            ca.Advance(n);
            cb.Advance(n);
        }

        return result.Build();
    }
}
