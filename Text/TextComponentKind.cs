namespace CommunityPlanning.Documents.Text;

/// <summary>What one component of a <see cref="TextOperation"/> does at the cursor.</summary>
public enum TextComponentKind
{
    /// <summary>Keep the next characters unchanged and move past them.</summary>
    Retain,

    /// <summary>Insert a string at the cursor.</summary>
    Insert,

    /// <summary>Remove the next characters.</summary>
    Delete,
}
