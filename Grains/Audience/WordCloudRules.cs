using System.Text;
using CommunityPlanning.Common;
using CommunityPlanning.Meetings;

namespace CommunityPlanning.Audience;

/// <summary>The word cloud's rules: what an answer may be, how words are counted, who sees what.</summary>
public static class WordCloudRules
{
    public const int WordMaxLength = 40;
    public const int MaxWords = 3;
    public const int AnswersPerPerson = 3;

    /// <summary>Answers a cloud keeps at most (three from each of a large audience).</summary>
    public const int MaxAnswers = 5000;

    /// <summary>The most given words a view lists (a cloud of more is unreadable).</summary>
    public const int MaxShown = 60;

    public const int PromptMaxLength = 200;

    /// <summary>
    /// An answer as shown (trimmed, inner spaces made one, surrounding punctuation gone) and its normalised form, which
    /// is what is counted: the same letters in any case and Unicode composition are one word.
    /// </summary>
    public static (string Text, string Key) Normalise(string? text)
    {
        var trimmed = TextRules.Name(text, WordMaxLength).Normalize(NormalizationForm.FormC);
        var words = trimmed.Trim(Surrounding(trimmed)).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            throw new DomainException(ErrorCodes.Required);
        }

        if (words.Length > MaxWords)
        {
            throw new DomainException(ErrorCodes.WordTooManyWords, $"at most {MaxWords} words");
        }

        var shown = string.Join(' ', words);
        return (shown, shown.ToLowerInvariant());
    }

    public static void Open(RoomPollState state, string prompt)
    {
        state.Prompt = TextRules.Name(prompt, PromptMaxLength);
        state.Open = true;
        state.CloudId = Guid.NewGuid();
        state.Answers.Clear();
        state.Hidden.Clear();
    }

    /// <summary>Takes an answer: the cloud open, at most <see cref="AnswersPerPerson"/> a person, each word once.</summary>
    public static void Submit(RoomPollState state, RosterEntry by, string? text)
    {
        if (!state.Open)
        {
            throw new DomainException(ErrorCodes.WordCloudClosed);
        }

        var (shown, key) = Normalise(text);
        var own = state.Answers.Where(a => a.PersonId == by.ParticipantId).ToList();
        if (own.Any(a => a.Key == key))
        {
            throw new DomainException(ErrorCodes.WordDuplicate);
        }

        if (own.Count >= AnswersPerPerson)
        {
            throw new DomainException(ErrorCodes.WordLimit, $"at most {AnswersPerPerson} answers");
        }

        if (state.Answers.Count >= MaxAnswers)
        {
            throw new DomainException(ErrorCodes.WordsFull);
        }

        state.Answers.Add(new StoredWord { PersonId = by.ParticipantId, Key = key, Text = shown });
    }

    public static void SetHidden(RoomPollState state, string word, bool hidden)
    {
        var key = Normalise(word).Key;
        state.Hidden.Remove(key);
        if (hidden)
        {
            state.Hidden.Add(key);
        }
    }

    /// <summary>What <paramref name="viewer"/> sees; null: what everyone sees (the broadcast).</summary>
    public static WordCloudView View(RoomPollState state, RosterEntry? viewer)
    {
        var words = Counted(state).Take(MaxShown);
        var facilitator = viewer?.Role == MeetingRole.Facilitator;
        return new WordCloudView(
            state.Prompt,
            state.Open,
            state.AudienceMay,
            [.. words],
            state.Answers.Count,
            facilitator ? [.. state.Hidden] : [],
            viewer is null ? [] : [.. state.Answers.Where(a => a.PersonId == viewer.ParticipantId).Select(a => a.Text)],
            state.CloudId,
            AnswersPerPerson,
            state.AudienceReacts,
            state.InMinutes);
    }

    /// <summary>What the minutes list: null when not chosen or no cloud was opened, else its prompt and all its words not hidden.</summary>
    public static WordCloudMinutes? ForMinutes(RoomPollState state) =>
        state.InMinutes && state.Prompt is { } prompt ? new WordCloudMinutes(prompt, [.. Counted(state)]) : null;

    /// <summary>The words not hidden with how many gave them, most given first.</summary>
    private static IEnumerable<WordCount> Counted(RoomPollState state)
    {
        var hidden = state.Hidden.ToHashSet(StringComparer.Ordinal);
        return state.Answers
            .Where(a => !hidden.Contains(a.Key))
            .GroupBy(a => a.Key, StringComparer.Ordinal)
            .Select(g => new WordCount(MostGiven(g), g.Count()))
            .OrderByDescending(w => w.Count).ThenBy(w => w.Word, StringComparer.Ordinal);
    }

    /// <summary>Whether the person may answer: participants and facilitators always, observers when allowed.</summary>
    public static void RequireAnswer(RoomPollState state, RosterEntry by) => RequireAudience(by, state.AudienceMay, "the audience may not answer now");

    /// <summary>Whether the person may react: participants and facilitators always, observers when allowed (a switch of its own).</summary>
    public static void RequireReaction(RoomPollState state, RosterEntry by) => RequireAudience(by, state.AudienceReacts, "the audience may not react now");

    private static void RequireAudience(RosterEntry by, bool allowed, string why)
    {
        if (by.Role == MeetingRole.Observer && !allowed)
        {
            throw new DomainException(ErrorCodes.Forbidden, why);
        }
    }

    private static string MostGiven(IEnumerable<StoredWord> answers) =>
        answers.GroupBy(a => a.Text, StringComparer.Ordinal).OrderByDescending(g => g.Count()).First().Key;

    private static char[] Surrounding(string text) => [.. text.Where(c => char.IsPunctuation(c) || char.IsWhiteSpace(c)).Distinct()];
}
