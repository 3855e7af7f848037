using System.Net;
using CommunityPlanning.Audience;
using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommunityPlanning.Web.Tests.Audience;

/// <summary>
/// The word cloud as an optional section of the minutes (<see cref="SetWordCloudInMinutes"/>): its prompt and words with
/// their counts, hidden words left out, in every export format; switched off, no section.
/// </summary>
public sealed class WordCloudMinutesTests(EmbeddedAppFixture app) : IClassFixture<EmbeddedAppFixture>
{
    private const string Prompt = "Co vám ve čtvrti chybí?";

    [Fact]
    public async Task The_minutes_list_the_cloud_s_words_with_their_counts_without_hidden_ones_only_while_chosen()
    {
        await using var meeting = await LiveMeeting.CreateAsync(app);
        var (anna, _) = await meeting.JoinAsync(MeetingRole.Participant, "Anna");
        var (karel, _) = await meeting.JoinAsync(MeetingRole.Participant, "Karel");
        await using var a = anna;
        await using var k = karel;
        await meeting.Facilitator.ExecuteAsync(meeting.Id, new OpenWordCloud(Prompt));
        foreach (var (who, word) in new[] { (anna, "Lavičky!"), (karel, "lavičky"), (meeting.Facilitator, "Lavičky"), (anna, "stín"), (karel, "Stín"), (anna, "nadávka") })
        {
            await who.Connection.InvokeAsync<WordCloudView>(nameof(MeetingHub.SubmitWord), meeting.Id, word);
        }

        await meeting.Facilitator.ExecuteAsync(meeting.Id, new SetWordHidden("nadávka", true));

        // Not chosen: no section.
        var without = await TextAsync(meeting, "md");
        Assert.DoesNotContain("Mrak slov", without, StringComparison.Ordinal);
        Assert.DoesNotContain(Prompt, without, StringComparison.Ordinal);

        await HubAssert.Refused(ErrorCodes.Forbidden, () => anna.ExecuteAsync(meeting.Id, new SetWordCloudInMinutes(true)));
        await meeting.Facilitator.ExecuteAsync(meeting.Id, new SetWordCloudInMinutes(true));
        Assert.True((await anna.WaitForAsync<WordCloudChanged>(e => e.Cloud.InMinutes)).Cloud.InMinutes);

        var markdown = await TextAsync(meeting, "md");
        var section = markdown[markdown.IndexOf("Mrak slov", StringComparison.Ordinal)..];
        Assert.Contains($"Otázka pro mrak slov:** {Prompt}", section, StringComparison.Ordinal);
        Assert.Contains("- Lavičky (3)\n- stín (2)", section.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("nadávka", markdown, StringComparison.OrdinalIgnoreCase);

        var html = await TextAsync(meeting, "html");
        Assert.Contains("<li>Lavičky (3)</li>", html, StringComparison.Ordinal);
        Assert.Contains(Prompt, html, StringComparison.Ordinal);
        Assert.DoesNotContain("nadávka", html, StringComparison.OrdinalIgnoreCase);

        using var response = await meeting.Organizer.GetAsync($"/api/meetings/{meeting.Id}/minutes.docx?lang=cs");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using (var word = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(word));
            var paragraphs = word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList();
            var at = paragraphs.IndexOf("Mrak slov");
            Assert.True(at >= 0, string.Join("\n", paragraphs));
            Assert.Equal([$"Otázka pro mrak slov: {Prompt}", "Lavičky (3)", "stín (2)"], paragraphs.Skip(at + 1).Take(3));
            Assert.DoesNotContain(paragraphs, p => p.Contains("nadávka", StringComparison.OrdinalIgnoreCase));
        }

        // Switched off again: gone.
        await meeting.Facilitator.ExecuteAsync(meeting.Id, new SetWordCloudInMinutes(false));
        Assert.DoesNotContain("Mrak slov", await TextAsync(meeting, "md"), StringComparison.Ordinal);
    }

    private static async Task<string> TextAsync(LiveMeeting meeting, string format)
    {
        using var response = await meeting.Organizer.GetAsync($"/api/meetings/{meeting.Id}/minutes.{format}?lang=cs");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
