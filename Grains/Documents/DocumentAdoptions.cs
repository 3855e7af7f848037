using CommunityPlanning.Common;

namespace CommunityPlanning.Documents;

/// <summary>Adopted wordings: the text of every section frozen together, numbered from 1.</summary>
public sealed class DocumentAdoptions(Func<List<AdoptedWording>> adoptions, TimeProvider time)
{
    public const int MaxAdoptions = 100;

    public IReadOnlyList<AdoptedWording> All => [.. adoptions()];

    public void EnsureRoom()
    {
        if (adoptions().Count >= MaxAdoptions)
        {
            throw new DomainException(ErrorCodes.TooLong, $"at most {MaxAdoptions} adopted wordings");
        }
    }

    public AdoptedWording Adopt(DocumentAuthor author, IReadOnlyList<SectionVersion> sections)
    {
        EnsureRoom();
        var wording = new AdoptedWording(adoptions().Count + 1, time.GetUtcNow(), author.ParticipantId, author.DisplayName, sections);
        adoptions().Add(wording);
        return wording;
    }
}
