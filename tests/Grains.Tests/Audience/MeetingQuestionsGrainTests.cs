using CommunityPlanning.Audience;
using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using CommunityPlanning.Tests.Infrastructure;

namespace CommunityPlanning.Tests.Audience;

/// <summary>The questions grain's rules: what reaches whom, moderation, merging, limits, the end of the meeting.</summary>
public sealed class MeetingQuestionsGrainTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private static async Task AssertRefused(string code, Func<Task> call) =>
        Assert.Equal(code, (await Assert.ThrowsAsync<DomainException>(call)).Code);

    private IMeetingQuestionsGrain Questions(MeetingWorld world) => fixture.Client.GetGrain<IMeetingQuestionsGrain>(world.Meeting.Id);

    [Fact]
    public async Task A_pending_question_is_kept_from_other_viewers_and_a_hidden_one_leaves_the_public_view()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        var (asker, _) = await world.AdmitAsync(MeetingRole.Observer, "Věra");
        var (other, _) = await world.AdmitAsync(MeetingRole.Observer, "Soused");
        var asked = await Questions(world).Ask(asker, new QuestionDraft("  Proč?  ", Named: true));
        Assert.Equal(("Proč?", "Věra"), (asked.Text, asked.AuthorName));
        Assert.Empty((await Questions(world).Get(other)).Questions);
        Assert.Single((await Questions(world).Get(asker)).Questions);

        await world.Grain.Execute(world.Facilitator, new SetQuestionState(asked.Id, QuestionState.Released));
        Assert.Single((await Questions(world).Get(other)).Questions);
        await world.Grain.Execute(world.Facilitator, new SetQuestionState(asked.Id, QuestionState.Hidden));
        Assert.Empty((await Questions(world).Get(other)).Questions);
        Assert.False(await Questions(world).IsPublic(asked.Id));
        await AssertRefused(ErrorCodes.InvalidValue, () => world.Grain.Execute(world.Facilitator, new SetQuestionState(asked.Id, QuestionState.Pending)));
    }

    [Fact]
    public async Task A_merge_counts_each_person_once_and_a_moderator_ended_is_a_participant_again()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        var (a, _) = await world.AdmitAsync(MeetingRole.Observer, "A");
        var (b, _) = await world.AdmitAsync(MeetingRole.Observer, "B");
        var (moderator, seat) = await world.AdmitAsync(MeetingRole.Participant, "M");
        var target = await Questions(world).Ask(a, new QuestionDraft("Jedna", false));
        var source = await Questions(world).Ask(b, new QuestionDraft("Dvě", false));
        await world.Grain.Execute(world.Facilitator, new SetQuestionModerator(seat.ParticipantId, true));
        await world.Grain.Execute(moderator, new SetQuestionState(target.Id, QuestionState.Released));
        await world.Grain.Execute(moderator, new SetQuestionState(source.Id, QuestionState.Released));
        await Questions(world).Upvote(a, source.Id); // the target's author voted for the duplicate: not counted on their own
        await Questions(world).Upvote(moderator, source.Id);
        await Questions(world).Upvote(moderator, target.Id);

        await world.Grain.Execute(moderator, new MergeQuestions(target.Id, source.Id));
        var merged = (await Questions(world).Get(b)).Questions.Single();
        Assert.Equal((target.Id, 2), (merged.Id, merged.Votes)); // the moderator once, B (the duplicate's author) once
        await AssertRefused(ErrorCodes.NotFound, () => world.Grain.Execute(moderator, new MergeQuestions(target.Id, source.Id)));

        await world.Grain.Execute(world.Facilitator, new SetQuestionModerator(seat.ParticipantId, false));
        await AssertRefused(ErrorCodes.Forbidden, () => world.Grain.Execute(moderator, new SetQuestionState(target.Id, QuestionState.Answered)));
    }

    [Fact]
    public async Task After_the_end_nobody_asks_or_upvotes_and_the_meeting_s_flood_limit_holds()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        var people = new List<Actor>();
        for (var i = 0; i <= QuestionRateLimit.PerMeetingPerMinute / QuestionRateLimit.PerPersonPerMinute; i++)
        {
            people.Add((await world.AdmitAsync(MeetingRole.Observer, $"Občan {i}")).Actor);
        }

        var asked = 0;
        foreach (var person in people.Take(QuestionRateLimit.PerMeetingPerMinute / QuestionRateLimit.PerPersonPerMinute))
        {
            for (var i = 0; i < QuestionRateLimit.PerPersonPerMinute; i++, asked++)
            {
                await Questions(world).Ask(person, new QuestionDraft($"Otázka {asked}", false));
            }
        }

        await AssertRefused(ErrorCodes.QuestionsBusy, () => Questions(world).Ask(people[^1], new QuestionDraft("Ještě", false)));
        await world.Grain.ChangePhase(world.Facilitator, MeetingPhase.Live);
        await world.Grain.ChangePhase(world.Facilitator, MeetingPhase.Ended);
        await AssertRefused(ErrorCodes.MeetingEnded, () => Questions(world).Ask(people[^1], new QuestionDraft("Po konci", false)));
        Assert.Equal(QuestionRateLimit.PerMeetingPerMinute, (await Questions(world).Get(world.Facilitator)).Questions.Count);
    }
}
