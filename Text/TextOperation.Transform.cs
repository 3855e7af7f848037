
namespace CommunityPlanning.Documents.Text;

public sealed partial class TextOperation
{
    /// <summary>
    /// Transforms two concurrent operations on the same text so that both orders converge:
    /// <c>b'.Apply(a.Apply(s)) == a'.Apply(b.Apply(s))</c>. Requires equal base lengths
    /// (otherwise <c>text.length_mismatch</c>).
    /// <para>
    /// Tie-break: when both insert at the same position, the text of <paramref name="a"/> ends up first.
    /// The server passes the operation it accepted first (the one already in its history) as <paramref name="a"/>
    /// and the incoming one as <paramref name="b"/>; a client passes the server's operation as <paramref name="a"/>
    /// and its own pending operation as <paramref name="b"/>, so every replica orders the inserts alike.
    /// </para>
    /// </summary>
    public static (TextOperation APrime, TextOperation BPrime) Transform(TextOperation a, TextOperation b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a._baseLength != b._baseLength)
        {
            throw new TextException(TextErrors.LengthMismatch, $"transform: base lengths {a._baseLength} and {b._baseLength} differ");
        }

        if (a.IsIdentity)
        {
            return (Identity(b._targetLength), b);
        }

        if (b.IsIdentity)
        {
            return (a, Identity(a._targetLength));
        }

        var aPrime = new TextOperationBuilder(a._components.Length + b._components.Length);
        var bPrime = new TextOperationBuilder(a._components.Length + b._components.Length);
        var ca = new ComponentCursor(a._components);
        var cb = new ComponentCursor(b._components);
        while (ca.HasCurrent || cb.HasCurrent)
        {
            // a's insert wins the tie: it is placed before an insert of b at the same position.
            if (ca.HasCurrent && ca.Kind == TextComponentKind.Insert)
            {
                var n = ca.Remaining;
                aPrime.InsertTrusted(ca.InsertText(n));
                bPrime.Retain(n);
                ca.Advance(n);
                continue;
            }

            if (cb.HasCurrent && cb.Kind == TextComponentKind.Insert)
            {
                var n = cb.Remaining;
                aPrime.Retain(n);
                bPrime.InsertTrusted(cb.InsertText(n));
                cb.Advance(n);
                continue;
            }

            // Equal base lengths: both have a retain or delete here.
            var m = Math.Min(ca.Remaining, cb.Remaining);
            var aRetains = ca.Kind == TextComponentKind.Retain;
            var bRetains = cb.Kind == TextComponentKind.Retain;
            if (aRetains && bRetains)
            {
                aPrime.Retain(m);
                bPrime.Retain(m);
            }
            else if (aRetains)
            {
                // b deleted what a keeps: a' has nothing to keep, b' still deletes it.
                bPrime.Delete(m);
            }
            else if (bRetains)
            {
                aPrime.Delete(m);
            }

            // Both deleted the same characters: neither needs to delete them again.
            ca.Advance(m);
            cb.Advance(m);
        }

        return (aPrime.Build(), bPrime.Build());
    }
}
