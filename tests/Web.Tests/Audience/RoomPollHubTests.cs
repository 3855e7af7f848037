using System.Diagnostics;
using CommunityPlanning.Audience;
using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using CommunityPlanning.Records;
using CommunityPlanning.Voting;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommunityPlanning.Web.Tests.Audience;

/// <summary>The word cloud and reactions through the real hub: who may, what everyone hears (throttled), never a decision.</summary>
public sealed class RoomPollHubTests(EmbeddedAppFixture app) : IClassFixture<EmbeddedAppFixture>
{
    private Task<LiveMeeting> CreateAsync() => LiveMeeting.CreateAsync(app);

    private static async Task<LiveClient> JoinAsync(LiveMeeting meeting, MeetingRole role, string name) =>
        (await meeting.JoinAsync(role, name)).Client;

    private static Task<WordCloudView> SubmitAsync(LiveClient client, Guid meetingId, string text) =>
        client.Connection.InvokeAsync<WordCloudView>(nameof(MeetingHub.SubmitWord), meetingId, text);

    private static Task ReactAsync(LiveClient client, Guid meetingId, Reaction reaction) =>
        client.Connection.InvokeAsync(nameof(MeetingHub.React), meetingId, reaction);

    private static Task<WordCloudView> GetAsync(LiveClient client, Guid meetingId) =>
        client.Connection.InvokeAsync<WordCloudView>(nameof(MeetingHub.GetWordCloud), meetingId);

    [Fact]
    public async Task An_observer_answers_only_once_allowed_everyone_hears_the_word_and_a_hidden_word_leaves_everyone_s_cloud()
    {
        await using var meeting = await CreateAsync();
        await using var observer = await JoinAsync(meeting, MeetingRole.Observer, "Občanka");
        await using var other = await JoinAsync(meeting, MeetingRole.Observer, "Soused");
        await HubAssert.Refused(ErrorCodes.NotFound, () => meeting.Facilitator.ExecuteAsync(meeting.Id, new SetFocus(FocusKind.WordCloud, null)));
        await meeting.Facilitator.ExecuteAsync(meeting.Id, new OpenWordCloud("Jedním slovem: co tu chybí?"));
        await HubAssert.Refused(ErrorCodes.Forbidden, () => SubmitAsync(observer, meeting.Id, "lavičky"));
        await HubAssert.Refused(ErrorCodes.Forbidden, () => ReactAsync(observer, meeting.Id, Reaction.Heart));

        await meeting.Facilitator.ExecuteAsync(meeting.Id, new SetAudienceInput(true));
        var mine = await SubmitAsync(observer, meeting.Id, "Lavičky!");
        Assert.Equal(["Lavičky"], mine.Mine);
        await SubmitAsync(observer, meeting.Id, "hnusné slovo");
        var heard = await other.WaitForAsync<WordCloudChanged>(e => e.Cloud.Answers == 2);
        Assert.Equal(2, heard.Cloud.Words.Count);
        Assert.Empty(heard.Cloud.Mine); // nobody's own answers in a broadcast

        await meeting.Facilitator.ExecuteAsync(meeting.Id, new SetWordHidden("Hnusné slovo", true));
        var hidden = await other.WaitForAsync<WordCloudChanged>(e => e.Cloud.Words.Count == 1);
        Assert.Equal([new WordCount("Lavičky", 1)], hidden.Cloud.Words);
        Assert.Empty(hidden.Cloud.Hidden); // not even which word was hidden
        Assert.Equal([new WordCount("Lavičky", 1)], (await GetAsync(other, meeting.Id)).Words);
        Assert.Equal(["hnusné slovo"], (await GetAsync(meeting.Facilitator, meeting.Id)).Hidden);

        await meeting.Facilitator.ExecuteAsync(meeting.Id, new SetFocus(FocusKind.WordCloud, null));
        Assert.Equal(FocusKind.WordCloud, (await other.WaitForAsync<FocusChanged>(_ => true)).Focus.Kind);
    }

    [Fact]
    public async Task Reactions_reach_everyone_aggregated_at_most_once_a_second_and_a_person_s_flood_is_refused()
    {
        await using var meeting = await CreateAsync();
        await using var observer = await JoinAsync(meeting, MeetingRole.Observer, "Občan");
        await using var participant = await JoinAsync(meeting, MeetingRole.Participant, "Členka");
        await meeting.Facilitator.ExecuteAsync(meeting.Id, new SetAudienceReactions(true));

        var clock = Stopwatch.StartNew();
        for (var i = 0; i < MeetingRoomPollGrain.ReactionsPerPersonPerMinute; i++)
        {
            await ReactAsync(observer, meeting.Id, Reaction.Clap);
            await ReactAsync(participant, meeting.Id, i % 2 == 0 ? Reaction.Heart : Reaction.Clap);
        }

        var sent = 2 * MeetingRoomPollGrain.ReactionsPerPersonPerMinute;
        await HubAssert.Refused(ErrorCodes.ReactionRateLimited, () => ReactAsync(observer, meeting.Id, Reaction.Clap));
        var total = 0;
        var bursts = new List<ReactionsBurst>();
        while (total < sent)
        {
            var burst = await meeting.Facilitator.WaitForAsync<ReactionsBurst>(_ => true);
            bursts.Add(burst);
            total += burst.Counts.Sum(c => c.Count);
        }

        Assert.Equal(sent, total);
        // One event a second at most, however many came: far fewer events than reactions.
        Assert.True(bursts.Count <= clock.Elapsed.TotalSeconds / BroadcastThrottle.Every.TotalSeconds + 1, $"{bursts.Count} bursts in {clock.Elapsed}");
        Assert.Equal(
            [new ReactionCount(Reaction.Heart, MeetingRoomPollGrain.ReactionsPerPersonPerMinute / 2), new ReactionCount(Reaction.Clap, sent - (MeetingRoomPollGrain.ReactionsPerPersonPerMinute / 2))],
            bursts[^1].LastMinute);
    }

    [Fact]
    public async Task Observers_reactions_have_a_switch_of_their_own_apart_from_the_word_cloud()
    {
        await using var meeting = await CreateAsync();
        await using var observer = await JoinAsync(meeting, MeetingRole.Observer, "Občanka");
        await meeting.Facilitator.ExecuteAsync(meeting.Id, new OpenWordCloud("Jedním slovem?"));

        // Reactions without the word cloud.
        await meeting.Facilitator.ExecuteAsync(meeting.Id, new SetAudienceReactions(true));
        var reacting = await observer.WaitForAsync<WordCloudChanged>(e => e.Cloud.AudienceMayReact);
        Assert.False(reacting.Cloud.AudienceMay);
        await ReactAsync(observer, meeting.Id, Reaction.Clap);
        await meeting.Facilitator.WaitForAsync<ReactionsBurst>(e => e.Counts.Contains(new ReactionCount(Reaction.Clap, 1)));
        await HubAssert.Refused(ErrorCodes.Forbidden, () => SubmitAsync(observer, meeting.Id, "lavičky"));

        // The word cloud without reactions; switching one leaves the other as it was.
        await meeting.Facilitator.ExecuteAsync(meeting.Id, new SetAudienceInput(true));
        await meeting.Facilitator.ExecuteAsync(meeting.Id, new SetAudienceReactions(false));
        var answering = await observer.WaitForAsync<WordCloudChanged>(e => e.Cloud.AudienceMay && !e.Cloud.AudienceMayReact);
        Assert.Equal((true, false), (answering.Cloud.AudienceMay, answering.Cloud.AudienceMayReact));
        await HubAssert.Refused(ErrorCodes.Forbidden, () => ReactAsync(observer, meeting.Id, Reaction.Heart));
        Assert.Equal(["lavičky"], (await SubmitAsync(observer, meeting.Id, "lavičky")).Mine);
        Assert.Equal((true, false), ((await GetAsync(observer, meeting.Id)).AudienceMay, (await GetAsync(observer, meeting.Id)).AudienceMayReact));
    }

    [Fact]
    public async Task The_word_cloud_and_reactions_decide_nothing_no_poll_no_result_no_record()
    {
        await using var meeting = await CreateAsync();
        await using var participant = await JoinAsync(meeting, MeetingRole.Participant, "Členka");
        var before = await meeting.Facilitator.Connection.InvokeAsync<MeetingSnapshot>(nameof(MeetingHub.GetSnapshot), meeting.Id);
        await meeting.Facilitator.ExecuteAsync(meeting.Id, new OpenWordCloud("Nálada?"));
        await SubmitAsync(participant, meeting.Id, "dobrá");
        await ReactAsync(participant, meeting.Id, Reaction.ThumbsUp);
        await meeting.Facilitator.WaitForAsync<ReactionsBurst>(_ => true);

        var after = await meeting.Facilitator.Connection.InvokeAsync<MeetingSnapshot>(nameof(MeetingHub.GetSnapshot), meeting.Id);
        Assert.Equal(before.Polls.Count, after.Polls.Count);
        Assert.Empty(after.Polls);
        Assert.Equal(before.Moderation.Count, after.Moderation.Count);
        Assert.DoesNotContain(meeting.Facilitator.Received, e => e is PollChanged or BoardChanged or MinutesChanged or ModerationRecorded);
    }
}
