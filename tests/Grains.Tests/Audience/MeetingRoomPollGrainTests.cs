using CommunityPlanning.Audience;
using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using CommunityPlanning.Tests.Infrastructure;

namespace CommunityPlanning.Tests.Audience;

/// <summary>The quick polls' rules: how words are counted, who may answer and react, hiding, the limits, the end.</summary>
public sealed class MeetingRoomPollGrainTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private static async Task AssertRefused(string code, Func<Task> call) =>
        Assert.Equal(code, (await Assert.ThrowsAsync<DomainException>(call)).Code);

    private IMeetingRoomPollGrain RoomPoll(MeetingWorld world) => fixture.Client.GetGrain<IMeetingRoomPollGrain>(world.Meeting.Id);

    private static async Task<MeetingWorld> WithCloudAsync(MeetingWorld world, bool audience = true)
    {
        await world.Grain.Execute(world.Facilitator, new OpenWordCloud("Co vám ve čtvrti chybí?"));
        await world.Grain.Execute(world.Facilitator, new SetAudienceInput(audience));
        await world.Grain.Execute(world.Facilitator, new SetAudienceReactions(audience));
        return world;
    }

    [Fact]
    public async Task Words_are_counted_by_their_normalised_form_and_shown_in_their_most_given_spelling()
    {
        var world = await WithCloudAsync(await MeetingWorld.CreateAsync(fixture.Client));
        var (a, _) = await world.AdmitAsync(MeetingRole.Observer, "A");
        var (b, _) = await world.AdmitAsync(MeetingRole.Observer, "B");
        var (c, _) = await world.AdmitAsync(MeetingRole.Participant, "C");
        await RoomPoll(world).SubmitWord(a, "  Lavičky! ");
        await RoomPoll(world).SubmitWord(b, "„lavičky“");
        await RoomPoll(world).SubmitWord(c, "LAVIČKY.");
        // The same letters composed differently (c + combining caron) are one word.
        await RoomPoll(world).SubmitWord(c, "Zele\u006E\u030C  a   stín");
        var mine = await RoomPoll(world).SubmitWord(a, "zeleň a stín");

        Assert.Equal(["Lavičky", "zeleň a stín"], mine.Mine);
        var cloud = await RoomPoll(world).GetWordCloud(b);
        Assert.Equal([new WordCount("Lavičky", 3), new WordCount("Zeleň a stín", 2)], cloud.Words);
        Assert.Equal((5, true, "Co vám ve čtvrti chybí?"), (cloud.Answers, cloud.Open, cloud.Prompt));
        Assert.Empty(cloud.Hidden);
    }

    [Fact]
    public async Task An_answer_is_refused_when_too_long_too_many_words_repeated_or_beyond_a_person_s_share_and_changes_nothing()
    {
        var world = await WithCloudAsync(await MeetingWorld.CreateAsync(fixture.Client));
        var (a, _) = await world.AdmitAsync(MeetingRole.Observer, "A");
        await AssertRefused(ErrorCodes.TooLong, () => RoomPoll(world).SubmitWord(a, new string('a', WordCloudRules.WordMaxLength + 1)));
        await AssertRefused(ErrorCodes.WordTooManyWords, () => RoomPoll(world).SubmitWord(a, "jedna dvě tři čtyři"));
        await AssertRefused(ErrorCodes.Required, () => RoomPoll(world).SubmitWord(a, " ?! "));
        await RoomPoll(world).SubmitWord(a, "chodník");
        await AssertRefused(ErrorCodes.WordDuplicate, () => RoomPoll(world).SubmitWord(a, "Chodník!"));
        await RoomPoll(world).SubmitWord(a, "světlo");
        await RoomPoll(world).SubmitWord(a, "klid");
        await AssertRefused(ErrorCodes.WordLimit, () => RoomPoll(world).SubmitWord(a, "voda"));
        Assert.Equal(WordCloudRules.AnswersPerPerson, (await RoomPoll(world).GetWordCloud(a)).Answers);

        await world.Grain.Execute(world.Facilitator, new CloseWordCloud());
        var (b, _) = await world.AdmitAsync(MeetingRole.Participant, "B");
        await AssertRefused(ErrorCodes.WordCloudClosed, () => RoomPoll(world).SubmitWord(b, "pozdě"));

        // A new cloud starts empty, and everyone has their answers again.
        await world.Grain.Execute(world.Facilitator, new OpenWordCloud("A teď?"));
        var fresh = await RoomPoll(world).SubmitWord(a, "voda");
        Assert.Equal(1, fresh.Answers);
        Assert.Equal(["voda"], fresh.Mine);
    }

    [Fact]
    public async Task Observers_answer_and_react_only_when_each_is_allowed_participants_always_and_nobody_after_the_end()
    {
        var world = await WithCloudAsync(await MeetingWorld.CreateAsync(fixture.Client), audience: false);
        var (observer, _) = await world.AdmitAsync(MeetingRole.Observer, "Host");
        var (participant, _) = await world.AdmitAsync(MeetingRole.Participant, "Členka");
        await AssertRefused(ErrorCodes.Forbidden, () => RoomPoll(world).SubmitWord(observer, "proč"));
        await AssertRefused(ErrorCodes.Forbidden, () => RoomPoll(world).React(observer, Reaction.Heart));
        Assert.Equal("Co vám ve čtvrti chybí?", (await RoomPoll(world).GetWordCloud(observer)).Prompt); // reading is open
        await RoomPoll(world).SubmitWord(participant, "park");
        await RoomPoll(world).React(participant, Reaction.Clap);

        // Two switches: the word cloud's answers, and reactions, each without the other.
        await world.Grain.Execute(world.Facilitator, new SetAudienceInput(true));
        await RoomPoll(world).SubmitWord(observer, "park");
        await AssertRefused(ErrorCodes.Forbidden, () => RoomPoll(world).React(observer, Reaction.Heart));
        await world.Grain.Execute(world.Facilitator, new SetAudienceReactions(true));
        await world.Grain.Execute(world.Facilitator, new SetAudienceInput(false));
        await RoomPoll(world).React(observer, Reaction.Heart);
        await AssertRefused(ErrorCodes.Forbidden, () => RoomPoll(world).SubmitWord(observer, "lavičky"));
        var view = await RoomPoll(world).GetWordCloud(observer);
        Assert.Equal((false, true), (view.AudienceMay, view.AudienceMayReact));
        await AssertRefused(ErrorCodes.InvalidValue, () => RoomPoll(world).React(observer, (Reaction)99));

        await world.Grain.ChangePhase(world.Facilitator, MeetingPhase.Live);
        await world.Grain.ChangePhase(world.Facilitator, MeetingPhase.Ended);
        await AssertRefused(ErrorCodes.MeetingEnded, () => RoomPoll(world).SubmitWord(participant, "konec"));
        await AssertRefused(ErrorCodes.MeetingEnded, () => RoomPoll(world).React(observer, Reaction.Clap));
        Assert.Equal([new WordCount("park", 2)], (await RoomPoll(world).GetWordCloud(participant)).Words);
    }

    [Fact]
    public async Task A_hidden_word_leaves_everyone_s_cloud_stays_hidden_for_later_answers_and_only_the_facilitator_sees_it()
    {
        var world = await WithCloudAsync(await MeetingWorld.CreateAsync(fixture.Client));
        var (a, _) = await world.AdmitAsync(MeetingRole.Observer, "A");
        var (b, _) = await world.AdmitAsync(MeetingRole.Participant, "B");
        await RoomPoll(world).SubmitWord(a, "Nadávka");
        await RoomPoll(world).SubmitWord(a, "hřiště");

        await world.Grain.Execute(world.Facilitator, new SetWordHidden(" NADÁVKA! ", true));
        await RoomPoll(world).SubmitWord(b, "nadávka");
        Assert.Equal([new WordCount("hřiště", 1)], (await RoomPoll(world).GetWordCloud(b)).Words);
        Assert.Empty((await RoomPoll(world).GetWordCloud(b)).Hidden);
        var facilitator = await RoomPoll(world).GetWordCloud(world.Facilitator);
        Assert.Equal(["nadávka"], facilitator.Hidden);
        Assert.Equal(3, facilitator.Answers);
        Assert.DoesNotContain(facilitator.Words, w => w.Word.Equals("nadávka", StringComparison.OrdinalIgnoreCase));

        await world.Grain.Execute(world.Facilitator, new SetWordHidden("nadávka", false));
        Assert.Contains(new WordCount("Nadávka", 2), (await RoomPoll(world).GetWordCloud(a)).Words);
    }

    [Fact]
    public async Task Reactions_are_limited_per_person_and_per_meeting_and_a_person_s_limit_is_their_own()
    {
        var world = await WithCloudAsync(await MeetingWorld.CreateAsync(fixture.Client));
        var people = new List<Actor>();
        for (var i = 0; i <= MeetingRoomPollGrain.ReactionsPerMeetingPerMinute / MeetingRoomPollGrain.ReactionsPerPersonPerMinute; i++)
        {
            people.Add((await world.AdmitAsync(MeetingRole.Observer, $"Občan {i}")).Actor);
        }

        for (var i = 0; i < MeetingRoomPollGrain.ReactionsPerPersonPerMinute; i++)
        {
            await RoomPoll(world).React(people[0], Reaction.ThumbsUp);
        }

        await AssertRefused(ErrorCodes.ReactionRateLimited, () => RoomPoll(world).React(people[0], Reaction.ThumbsUp));
        await RoomPoll(world).React(people[1], Reaction.ThumbsUp);

        var sent = MeetingRoomPollGrain.ReactionsPerPersonPerMinute + 1;
        foreach (var person in people.Skip(1).SkipLast(1))
        {
            for (var i = person == people[1] ? 1 : 0; i < MeetingRoomPollGrain.ReactionsPerPersonPerMinute; i++, sent++)
            {
                await RoomPoll(world).React(person, Reaction.Clap);
            }
        }

        Assert.Equal(MeetingRoomPollGrain.ReactionsPerMeetingPerMinute, sent);
        await AssertRefused(ErrorCodes.ReactionsBusy, () => RoomPoll(world).React(people[^1], Reaction.Heart));
    }
}
