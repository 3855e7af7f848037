using Microsoft.Playwright;
using static CommunityPlanning.Browser.Tests.Steps;
using static Microsoft.Playwright.Assertions;

namespace CommunityPlanning.Browser.Tests;

/// <summary>
/// The facilitator and a participant write into the same section of the vision at the same moment and end
/// with the same text; each sees the other's caret; undo takes back only one's own typing; the facilitator
/// locks the section, comments are added, answered and marked incorporated, and the history shows the change.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class CoEditingTests(AppFixture app)
{
    private const string MeetingTitle = "Společné psaní vize";
    private const string Section = "Uživatelé služeb v sociální oblasti";
    private const string ParticipantName = "Věra Šťastná";
    private const string FacilitatorWords = " Společně hledáme řešení.";
    private const string ParticipantWords = "Žijeme důstojně doma – ";

    [Fact]
    public async Task Two_people_type_into_one_section_at_once_and_end_with_the_same_text()
    {
        await using var facilitatorContext = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "cs-CZ" });
        var facilitator = await facilitatorContext.NewPageAsync();
        await SignInAsync(facilitator);
        await CreateMeetingAsync(facilitator, MeetingTitle);

        var inviteUrl = await CreateInviteAsync(facilitator, "Účastník");

        await using var participantContext = await app.Browser.NewContextAsync(new() { Locale = "cs-CZ" });
        var participant = await participantContext.NewPageAsync();
        await participant.GotoAsync(inviteUrl);
        await participant.GetByLabel("Vaše jméno").FillAsync(ParticipantName);
        await participant.GetByRole(AriaRole.Button, new() { Name = "Připojit se" }).ClickAsync();
        await Expect(participant.GetByText("Živě připojeno")).ToBeVisibleAsync();
        await OpenAreaAsync(facilitator, "Vize");
        await OpenAreaAsync(participant, "Vize");

        var facilitatorEditor = Editor(facilitator);
        var participantEditor = Editor(participant);
        await Expect(facilitatorEditor).ToHaveAttributeAsync("aria-readonly", "false");
        await Expect(participantEditor).ToHaveAttributeAsync("aria-readonly", "false");
        var before = await facilitatorEditor.InnerTextAsync();
        await Expect(participantEditor).ToHaveTextAsync(before);
        await CheckAsync(participant, "co-editing (participant)");

        // Both type at the same moment: the facilitator at the end, the participant at the start.
        await facilitatorEditor.ClickAsync();
        await facilitator.Keyboard.PressAsync("Control+End");
        await participantEditor.ClickAsync();
        await participant.Keyboard.PressAsync("Control+Home");
        await Task.WhenAll(
            facilitator.Keyboard.TypeAsync(FacilitatorWords, new() { Delay = 15 }),
            participant.Keyboard.TypeAsync(ParticipantWords, new() { Delay = 15 }));

        var expected = ParticipantWords + before + FacilitatorWords;
        await Expect(facilitatorEditor).ToHaveTextAsync(expected);
        await Expect(participantEditor).ToHaveTextAsync(expected);

        // Each sees the other's caret with their name, and who is writing in the section.
        await Expect(facilitator.Locator($".remote-caret[data-name='{ParticipantName}']")).ToBeVisibleAsync();
        await Expect(participant.Locator(".remote-caret[data-name='Petra Hybnerová']")).ToBeVisibleAsync();
        await Expect(SectionOf(facilitator).Locator(".writers")).ToContainTextAsync(ParticipantName);
        await CheckAsync(facilitator, "co-editing (facilitator, remote caret)");
        await Shot(facilitator, "co-editing-facilitator-cs");

        // Undo takes back the participant's own typing only, for everyone. The editor groups keystrokes with
        // pauses under half a second into one undo step; a loaded machine can split the typing into a few.
        async Task<string> ParticipantText() => (await participantEditor.InnerTextAsync()).TrimEnd('\n');
        for (var step = 0; step < 10 && await ParticipantText() != before + FacilitatorWords; step++)
        {
            Assert.EndsWith(FacilitatorWords, await ParticipantText());
            await participant.Keyboard.PressAsync("Control+z");
        }

        await Expect(participantEditor).ToHaveTextAsync(before + FacilitatorWords);
        await Expect(facilitatorEditor).ToHaveTextAsync(before + FacilitatorWords);

        // The text survives a reload: it is the server's.
        await participant.ReloadAsync();
        await Expect(Editor(participant)).ToHaveTextAsync(before + FacilitatorWords);

        // A comment on the facilitator's sentence, answered and marked incorporated.
        participantEditor = Editor(participant);
        await participantEditor.ClickAsync();
        await participant.Keyboard.PressAsync("Control+End");
        for (var i = 0; i < "řešení.".Length; i++)
        {
            await participant.Keyboard.PressAsync("Shift+ArrowLeft");
        }

        var participantSection = SectionOf(participant);
        await participantSection.GetByLabel("Nová připomínka k označenému textu").FillAsync("Jakého řešení?");
        await participantSection.GetByRole(AriaRole.Button, new() { Name = "Přidat připomínku" }).ClickAsync();
        var comment = SectionOf(facilitator).Locator(".comment").Filter(new() { HasText = "Jakého řešení?" });
        await Expect(comment.Locator("blockquote")).ToHaveTextAsync("řešení.");
        await Expect(comment).ToContainTextAsync(ParticipantName);
        await Expect(Editor(facilitator).Locator(".comment-range")).ToHaveTextAsync("řešení.");
        await comment.GetByLabel("Odpověď").FillAsync("Doplníme konkrétní služby.");
        await comment.GetByRole(AriaRole.Button, new() { Name = "Odpovědět" }).ClickAsync();
        await comment.GetByRole(AriaRole.Button, new() { Name = "Označit jako zapracovanou" }).ClickAsync();
        var seen = participantSection.Locator(".comment").Filter(new() { HasText = "Jakého řešení?" });
        await Expect(seen.Locator(".comment-status")).ToHaveTextAsync("zapracovaná");
        await Expect(seen.Locator(".replies")).ToContainTextAsync("Doplníme konkrétní služby.");
        await Expect(Editor(participant).Locator(".comment-range")).ToHaveCountAsync(0);
        await CheckAsync(participant, "co-editing with a comment");

        // Locked: the participant can no longer type; unlocked again afterwards.
        await SectionOf(facilitator).GetByRole(AriaRole.Button, new() { Name = "Uzamknout oddíl" }).ClickAsync();
        await Expect(participantEditor).ToHaveAttributeAsync("aria-readonly", "true");
        await Expect(participantSection.Locator(".lock-state")).ToHaveTextAsync("Oddíl je uzamčen, nelze jej upravovat.");
        await participantEditor.PressAsync("X");
        await Expect(participantEditor).ToHaveTextAsync(before + FacilitatorWords);
        await SectionOf(facilitator).GetByRole(AriaRole.Button, new() { Name = "Odemknout oddíl" }).ClickAsync();
        await Expect(participantEditor).ToHaveAttributeAsync("aria-readonly", "false");

        // History: the facilitator sees what the writing changed.
        var history = SectionOf(facilitator).Locator(".history-panel");
        await history.Locator("summary").ClickAsync();
        await history.Locator(".history > li").Filter(new() { HasText = "Petra Hybnerová" }).First.GetByRole(AriaRole.Button, new() { Name = "Zobrazit změny" }).ClickAsync();
        await Expect(history.Locator(".diff ins")).ToContainTextAsync("hledáme");
        await CheckAsync(facilitator, "co-editing history");
        await Shot(facilitator, "co-editing-history-cs");

        // The facilitator adopts the final wording; everyone sees it listed with its text.
        facilitator.Dialog += (_, dialog) => dialog.AcceptAsync();
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Schválit výsledné znění" }).ClickAsync();
        var adopted = participant.Locator(".adopted-panel");
        await Expect(adopted.Locator("summary")).ToHaveTextAsync("Schválená výsledná znění (1)");
        await adopted.Locator("summary").ClickAsync();
        await Expect(adopted).ToContainTextAsync("schválil(a) Petra Hybnerová");
        await Expect(adopted).ToContainTextAsync(FacilitatorWords.Trim());
    }

    [Fact]
    public async Task History_restores_the_original_wording_and_each_person_is_offered_only_what_they_may_do()
    {
        await using var facilitatorContext = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "cs-CZ" });
        var facilitator = await facilitatorContext.NewPageAsync();
        facilitator.Dialog += (_, dialog) => dialog.AcceptAsync();
        await SignInAsync(facilitator);
        await CreateMeetingAsync(facilitator, "Historie a role");
        var participant = await JoinByInviteAsync(app.Browser, facilitator, "Účastník", "Karel Novák");
        var observer = await JoinByInviteAsync(app.Browser, facilitator, "Pozorovatel", "Veřejnost");

        // The meeting runs; an agenda item is discussed and shown to everyone.
        await facilitator.GetByLabel("Název bodu").FillAsync("Vize");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Přidat bod" }).ClickAsync();
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Zahájit setkání" }).ClickAsync();
        var agendaPanel = facilitator.Locator(".agenda-panel");
        await agendaPanel.GetByRole(AriaRole.Button, new() { Name = "Projednávat nyní" }).ClickAsync();
        await agendaPanel.GetByRole(AriaRole.Button, new() { Name = "Ukázat všem" }).ClickAsync();
        await Expect(observer.Locator(".agenda li.current")).ToContainTextAsync("právě projednáváme");
        await Expect(observer.Locator(".live-shown .live-shown-name")).ToHaveTextAsync("Vize");

        // The observer watches: no downloads of the minutes (the server refuses them), no editing, no co-writing hint.
        await OpenAreaAsync(participant, "Zápis");
        await OpenAreaAsync(observer, "Zápis");
        await Expect(participant.Locator(".minutes-versions .downloads")).ToBeVisibleAsync();
        await Expect(observer.Locator(".minutes-versions")).ToContainTextAsync("Schválené verze");
        await Expect(observer.Locator(".minutes .downloads")).ToHaveCountAsync(0);
        foreach (var page in new[] { facilitator, participant, observer })
        {
            await OpenAreaAsync(page, "Vize");
        }

        await Expect(Editor(observer)).ToHaveAttributeAsync("aria-readonly", "true");
        await Expect(SectionOf(observer).Locator(".lock-state")).ToHaveTextAsync("Text sledujete, upravovat jej nemůžete.");
        await Expect(SectionOf(observer)).Not.ToContainTextAsync("Píšete společně");
        await Expect(SectionOf(participant)).ToContainTextAsync("Píšete společně");
        await CheckAsync(observer, "observer (live, something shown)");

        // The participant writes; the others see who writes, and a few seconds after the last edit no longer.
        var participantEditor = Editor(participant);
        await participantEditor.ClickAsync();
        await participant.Keyboard.PressAsync("Control+End");
        await participant.Keyboard.TypeAsync(" Doplněno.", new() { Delay = 10 });
        var writers = SectionOf(facilitator).Locator(".writers");
        await Expect(writers).ToContainTextAsync("Píše: Karel Novák");
        // The public sees the writer as what he chose to show (nothing: what kind of attendee he is), never his name.
        await Expect(SectionOf(observer).Locator(".writers")).ToContainTextAsync("člen(ka) skupiny");
        await Expect(SectionOf(observer).Locator(".writers")).Not.ToContainTextAsync("Karel Novák");
        await Expect(writers).ToBeEmptyAsync(new() { Timeout = 20_000 });
        await Expect(facilitator.Locator(".remote-caret[data-name='Karel Novák']")).ToHaveCountAsync(0);
        await Expect(SectionOf(observer).Locator(".writers")).ToBeEmptyAsync(new() { Timeout = 20_000 });

        // The history offers the section's original wording; restoring it asks once and brings it back for everyone.
        var dialogs = new List<string>();
        participant.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            dialog.AcceptAsync();
        };
        var history = SectionOf(participant).Locator(".history-panel");
        await history.Locator("summary").ClickAsync();
        await Expect(history.Locator(".history > li").First).ToContainTextAsync("Karel Novák");
        var original = history.Locator(".history > li.original");
        await Expect(original).ToContainTextAsync("Původní znění");
        await original.GetByRole(AriaRole.Button, new() { Name = "Zobrazit" }).ClickAsync();
        await Expect(history.Locator(".version h5")).ToHaveTextAsync("Původní znění");
        var originalText = await history.Locator(".version-text").InnerTextAsync();
        Assert.DoesNotContain("Doplněno.", originalText);
        await CheckAsync(participant, "history with the original wording");
        await history.ScreenshotAsync(new() { Path = "/tmp/ui-history-panel-cs.png" });

        await original.GetByRole(AriaRole.Button, new() { Name = "Obnovit tuto verzi" }).ClickAsync();
        await Expect(Editor(facilitator)).ToHaveTextAsync(originalText);
        await Expect(participantEditor).ToHaveTextAsync(originalText);
        Assert.Equal(["Obnovit původní znění oddílu? Obnovení bude nová úprava, kterou uvidí všichni."], dialogs);
        await Expect(history.Locator(".history > li").First).ToContainTextAsync("Karel Novák");

        // Locked: restoring is refused at once, without asking first; the co-writing hint goes.
        await SectionOf(facilitator).GetByRole(AriaRole.Button, new() { Name = "Uzamknout oddíl" }).ClickAsync();
        await Expect(participantEditor).ToHaveAttributeAsync("aria-readonly", "true");
        await Expect(SectionOf(participant)).Not.ToContainTextAsync("Píšete společně");
        await history.Locator(".history > li.original").GetByRole(AriaRole.Button, new() { Name = "Obnovit tuto verzi" }).ClickAsync();
        await Expect(history.Locator(".alert")).ToHaveTextAsync("Oddíl je uzamčen, verzi teď obnovit nelze.");
        Assert.Single(dialogs);
        await CheckAsync(participant, "history, a locked section's restore refused");
        await history.ScreenshotAsync(new() { Path = "/tmp/ui-history-panel-locked-cs.png" });
        await SectionOf(facilitator).GetByRole(AriaRole.Button, new() { Name = "Odemknout oddíl" }).ClickAsync();
        await Expect(participantEditor).ToHaveAttributeAsync("aria-readonly", "false");

        // Ended: nothing is being discussed or shown to everyone any more.
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Ukončit setkání" }).ClickAsync();
        await Expect(observer.Locator(".agenda-ended")).ToHaveTextAsync("Jednání skončilo, program je uzavřen.");
        await Expect(observer.Locator(".agenda")).Not.ToContainTextAsync("právě projednáváme");
        await Expect(observer.Locator(".live-shown")).ToHaveCountAsync(0);
        await Expect(observer.Locator(".badge.presented:visible")).ToHaveCountAsync(0);
        await Expect(facilitator.GetByRole(AriaRole.Button, new() { Name = "Ukázat všem" })).ToHaveCountAsync(0);
        await CheckAsync(observer, "observer (ended)");
        await Shot(observer, "meeting-ended-observer-cs");
    }

    private static ILocator SectionOf(IPage page) =>
        page.Locator(".live-section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Level = 3, Name = Section }) });

    private static ILocator Editor(IPage page) => SectionOf(page).GetByRole(AriaRole.Textbox, new() { Name = Section });

    private Task CheckAsync(IPage page, string where) => Accessibility.CheckAsync(page, app.AxeSource, where);
}
