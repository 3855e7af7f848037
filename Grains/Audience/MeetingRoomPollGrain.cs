using CommunityPlanning.Common;
using CommunityPlanning.Hosting;
using CommunityPlanning.Meetings;

namespace CommunityPlanning.Audience;

/// <summary>
/// A meeting's quick polls of the room (<see cref="IMeetingRoomPollGrain"/>): the word cloud, stored (rules in
/// <see cref="WordCloudRules"/>), and the reactions, counted in memory (<see cref="ReactionTally"/>). Answers and
/// reactions go out together, at most once a second (<see cref="BroadcastThrottle"/>).
/// </summary>
public sealed class MeetingRoomPollGrain(
    [PersistentState("roompoll", GrainStorage.Name)] IPersistentState<RoomPollState> state,
    TimeProvider time) : Grain, IMeetingRoomPollGrain
{
    public const int ReactionsPerPersonPerMinute = 30;
    public const int ReactionsPerMeetingPerMinute = 1200;
    public const int WordsPerMeetingPerMinute = 300;

    private readonly AudienceRateLimit _reactionRate = new(ReactionsPerPersonPerMinute, ReactionsPerMeetingPerMinute, ErrorCodes.ReactionRateLimited, ErrorCodes.ReactionsBusy);

    // A person's answers are bounded by the cloud (WordCloudRules.AnswersPerPerson); the meeting's by the minute.
    private readonly AudienceRateLimit _wordRate = new(int.MaxValue, WordsPerMeetingPerMinute, ErrorCodes.WordLimit, ErrorCodes.WordsBusy);
    private readonly ReactionTally _reactions = new();
    private BroadcastThrottle? _throttle;
    private bool _cloudChanged;

    private Guid Id => this.GetPrimaryKey();

    private RoomPollState Cloud => state.State;

    private IMeetingRosterGrain Roster => GrainFactory.GetGrain<IMeetingRosterGrain>(Id);

    private BroadcastThrottle Throttle => _throttle ??= new BroadcastThrottle(this, time, Send);

    public async Task<WordCloudView> GetWordCloud(Actor actor) =>
        WordCloudRules.View(Cloud, await Roster.Authorize(actor, MeetingRole.Observer));

    public async Task<WordCloudView> SubmitWord(Actor actor, string text)
    {
        // Not after the end, not when muted; observers only when allowed.
        var by = await Roster.AuthorizeContribution(actor, MeetingRole.Observer);
        WordCloudRules.RequireAnswer(Cloud, by);
        var now = time.GetUtcNow();
        _wordRate.Check(null, now);
        WordCloudRules.Submit(Cloud, by, text);
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // Memory never runs ahead of what was stored.
            Cloud.Answers.RemoveAt(Cloud.Answers.Count - 1);
            throw;
        }

        _wordRate.Count(null, now);
        _cloudChanged = true;
        Throttle.Request();
        return WordCloudRules.View(Cloud, by);
    }

    public async Task React(Actor actor, Reaction reaction)
    {
        var by = await Roster.AuthorizeContribution(actor, MeetingRole.Observer);
        WordCloudRules.RequireReaction(Cloud, by);
        TextRules.Defined(reaction);
        var now = time.GetUtcNow();
        _reactionRate.Check(by.ParticipantId, now);
        _reactionRate.Count(by.ParticipantId, now);
        _reactions.Add(reaction, now);
        Throttle.Request();
    }

    public async Task<IReadOnlyList<MeetingEvent>> Apply(RosterEntry by, MeetingCommand command)
    {
        switch (command)
        {
            case OpenWordCloud open:
                WordCloudRules.Open(Cloud, open.Prompt);
                break;
            case CloseWordCloud:
                Cloud.Open = Cloud.Prompt is not null ? false : throw new DomainException(ErrorCodes.NotFound, "word cloud");
                break;
            case SetWordHidden hide:
                WordCloudRules.SetHidden(Cloud, hide.Word, hide.Hidden);
                break;
            case SetAudienceInput audience:
                // Reactions stored before their own switch followed this one: they keep what they were.
                Cloud.AudienceMayReact = Cloud.AudienceReacts;
                Cloud.AudienceMay = audience.Allowed;
                break;
            case SetAudienceReactions reactions:
                Cloud.AudienceMayReact = reactions.Allowed;
                break;
            case SetWordCloudInMinutes minutes:
                Cloud.InMinutes = minutes.Include;
                break;
            default:
                throw new ArgumentException($"not a room poll command: {command.GetType().Name}", nameof(command));
        }

        await state.WriteStateAsync();
        _cloudChanged = false; // the event below carries it
        return [CloudChanged()];
    }

    public Task<bool> HasWordCloud() => Task.FromResult(Cloud.Prompt is not null);

    public Task<WordCloudMinutes?> ForMinutes() => Task.FromResult(WordCloudRules.ForMinutes(Cloud));

    /// <summary>What gathered since the last send: the cloud as everyone sees it if it changed, and the reactions.</summary>
    private async Task Send()
    {
        var events = new List<MeetingEvent>();
        if (_cloudChanged)
        {
            _cloudChanged = false;
            events.Add(CloudChanged());
        }

        if (_reactions.HasPending)
        {
            var (counts, minute) = _reactions.TakeBurst(time.GetUtcNow());
            events.Add(new ReactionsBurst(Id, 0, counts, minute));
        }

        if (events.Count > 0)
        {
            await GrainFactory.GetGrain<IMeetingFeedGrain>(Id).Publish(events);
        }
    }

    private WordCloudChanged CloudChanged() => new(Id, 0, WordCloudRules.View(Cloud, viewer: null));
}
