using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.Playwright;
using static CommunityPlanning.Browser.Tests.Steps;
using static Microsoft.Playwright.Assertions;

namespace CommunityPlanning.Browser.Tests;

/// <summary>
/// Minutes written during the meeting by a participant and the facilitator, a task with its responsible person,
/// the footer; the meeting ends, the facilitator approves the minutes and they download as a valid DOCX; an observer
/// downloads the public version, where the participant (who chose no name to show) is a member of the group.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class MinutesTests(AppFixture app)
{
    private const string MeetingTitle = "Jednání se zápisem";
    private const string NoteText = "proběhlo mapování potřeb";

    [Fact]
    public async Task A_meeting_ends_and_its_approved_minutes_download_as_docx()
    {
        await using var facilitatorContext = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "cs-CZ", AcceptDownloads = true });
        var facilitator = await facilitatorContext.NewPageAsync();
        facilitator.Dialog += (_, dialog) => dialog.AcceptAsync();
        await SignInAsync(facilitator);
        await CreateMeetingAsync(facilitator, MeetingTitle);
        var participant = await JoinByInviteAsync(app.Browser, facilitator, "Účastník", "Marie Malá");
        var observer = await JoinByInviteAsync(app.Browser, facilitator, "Pozorovatel", "Soused Pozorný");
        await OpenAreaAsync(observer, "Zápis");

        foreach (var title in new[] { "Shrnutí první skupiny", "Různé" })
        {
            await facilitator.GetByLabel("Název bodu").FillAsync(title);
            await facilitator.GetByRole(AriaRole.Button, new() { Name = "Přidat bod" }).ClickAsync();
        }

        // The participant writes the notes of the first item; the facilitator sees them as they are typed.
        await OpenAreaAsync(facilitator, "Zápis");
        await OpenAreaAsync(participant, "Zápis");
        var participantNotes = Notes(participant, "Ad 1) Shrnutí první skupiny");
        await Expect(participantNotes).ToHaveAttributeAsync("aria-readonly", "false");
        await participantNotes.ClickAsync();
        await participant.Keyboard.TypeAsync("- " + NoteText, new() { Delay = 10 });
        await Expect(Notes(facilitator, "Ad 1) Shrnutí první skupiny")).ToHaveTextAsync("- " + NoteText);

        // A task under the item, seen by the participant.
        var item = facilitator.Locator(".minutes-item").Filter(new() { HasText = "Ad 1) Shrnutí první skupiny" });
        await item.GetByText("Nový úkol").ClickAsync();
        await item.GetByRole(AriaRole.Textbox, new() { Name = "Úkol", Exact = true }).FillAsync("Oslovit zástupce pečujících");
        await item.GetByLabel("Zodpovídá").FillAsync("Kateřina Marcinková");
        await item.GetByLabel("Termín").FillAsync("2026-12-15");
        await item.GetByRole(AriaRole.Button, new() { Name = "Přidat úkol" }).ClickAsync();
        await Expect(participant.Locator(".minutes-item .task")).ToContainTextAsync("Oslovit zástupce pečujících – Z: Kateřina Marcinková, T: 15. 12. 2026");
        await Expect(participant.Locator(".minutes-item").First.GetByLabel("Stav úkolu")).ToHaveCountAsync(0);

        await facilitator.GetByLabel("Zapsal(a)").FillAsync("Lucie Hrubá");
        await facilitator.GetByLabel("Místo podpisu").FillAsync("V Liberci");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Uložit závěr" }).ClickAsync();
        await Expect(participant.GetByText("Zapsal(a): Lucie Hrubá")).ToBeVisibleAsync();
        await Shot(facilitator, "minutes-live");
        await CheckAsync(facilitator, "minutes (facilitator, live)");
        await CheckAsync(participant, "minutes (participant, live)");

        // The meeting runs and ends: the participant can no longer write; the facilitator approves.
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Zahájit setkání" }).ClickAsync();
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Ukončit setkání" }).ClickAsync();
        await Expect(Notes(participant, "Ad 1) Shrnutí první skupiny")).ToHaveAttributeAsync("aria-readonly", "true");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Schválit zápis" }).ClickAsync();
        var version = facilitator.Locator(".versions li[data-version='1']");
        await Expect(version).ToContainTextAsync("Verze 1, schválena");
        await Expect(participant.Locator(".versions li[data-version='1']")).ToBeVisibleAsync();
        await CheckAsync(facilitator, "minutes (approved)");

        var download = await facilitator.RunAndWaitForDownloadAsync(() => version.GetByRole(AriaRole.Link, new() { Name = "Word (DOCX)" }).ClickAsync());
        Assert.EndsWith("-verze-1.docx", download.SuggestedFilename);
        var path = await download.PathAsync();
        using var word = WordprocessingDocument.Open(path, false);
        Assert.Empty(new OpenXmlValidator().Validate(word));
        var text = word.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("Ad 1) Shrnutí první skupiny", text);
        Assert.Contains(NoteText, text);
        Assert.Contains("Z: K. Marcinková, T: 15. 12. 2026", text);
        Assert.Contains("V Liberci dne", text);
        Assert.Contains("Lucie Hrubá", text);

        // The participant downloads it too, with the ticket their browser holds.
        var participantDownload = await participant.RunAndWaitForDownloadAsync(() =>
            participant.Locator(".versions li[data-version='1']").GetByRole(AriaRole.Button, new() { Name = "Word (DOCX)" }).ClickAsync());
        Assert.EndsWith("-verze-1.docx", participantDownload.SuggestedFilename);

        // The observer is offered the public version once the minutes are approved, and downloads it with their ticket.
        var publicVersion = observer.GetByRole(AriaRole.Region, new() { Name = "Zápis (veřejná verze)" });
        await Expect(publicVersion).ToBeVisibleAsync();
        await Expect(observer.Locator(".versions li[data-version='1'] .downloads")).ToHaveCountAsync(0);
        await Shot(observer, "minutes-public-observer");
        await CheckAsync(observer, "minutes (observer, public version)");
        var publicDownload = await observer.RunAndWaitForDownloadAsync(() => publicVersion.GetByRole(AriaRole.Button, new() { Name = "Markdown" }).ClickAsync());
        Assert.EndsWith("-verze-1-verejna.md", publicDownload.SuggestedFilename);
        var publicText = await File.ReadAllTextAsync(await publicDownload.PathAsync());
        Assert.Contains("Přítomni:** Facilitátor, člen(ka) skupiny", publicText);
        Assert.Contains(NoteText, publicText);
        Assert.DoesNotContain("Marie Malá", publicText);
        Assert.DoesNotContain("Soused Pozorný", publicText);

        // The group's page lists the task by status, and its manager plans the next meeting in the schedule.
        await facilitator.GetByRole(AriaRole.Link, new() { Name = "Zpět na pracovní skupinu" }).ClickAsync();
        var open = facilitator.Locator("table[data-status='Open']");
        await Expect(open.GetByRole(AriaRole.Row).Filter(new() { HasText = "Oslovit zástupce pečujících" })).ToContainTextAsync(MeetingTitle);
        var schedule = facilitator.GetByRole(AriaRole.Form, new() { Name = "Přidat termín do harmonogramu" });
        await schedule.GetByLabel("Datum").FillAsync("2027-02-15");
        await schedule.GetByLabel("Čas").FillAsync("13:00");
        await schedule.GetByRole(AriaRole.Button, new() { Name = "Přidat termín" }).ClickAsync();
        await Expect(facilitator.Locator("ul.schedule")).ToContainTextAsync("15. 2. 2027 13:00");
        await CheckAsync(facilitator, "group (tasks, schedule)");
    }

    private static ILocator Notes(IPage page, string heading) =>
        page.Locator(".minutes-item").Filter(new() { HasText = heading }).GetByRole(AriaRole.Textbox, new() { Name = heading });

    private Task CheckAsync(IPage page, string where) => Accessibility.CheckAsync(page, app.AxeSource, where);
}
