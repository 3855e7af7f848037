using Microsoft.Playwright;
using static CommunityPlanning.Browser.Tests.Steps;
using static CommunityPlanning.Browser.Tests.VotingSteps;
using static Microsoft.Playwright.Assertions;

namespace CommunityPlanning.Browser.Tests;

/// <summary>
/// Input on someone's behalf beyond votes: the facilitator places the dots of someone taking part by phone and asks a
/// question for her; the ranking and the question are marked (for whom, by whom; on a participant's 360 px phone
/// the question with public names, as its broadcast carries).
/// axe-core checks the new controls on a desktop and on a phone (every impact).
/// </summary>
[Collection(AppCollection.Name)]
public sealed class OnBehalfTests(AppFixture app)
{
    private const string Proposal = "Svoz obědů do Kunratic";

    private const string Question = "Kdy pojede autobus k domovu?";

    [Fact]
    public async Task The_facilitator_places_dots_and_asks_a_question_for_someone_on_the_phone_and_both_are_marked()
    {
        await using var facilitatorContext = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "cs-CZ", ViewportSize = new() { Width = 1280, Height = 800 } });
        var facilitator = await facilitatorContext.NewPageAsync();
        await SignInAsync(facilitator);
        await CreateMeetingAsync(facilitator, "Za koho po telefonu");
        var jana = await JoinByInviteAsync(app.Browser, facilitator, "Účastník", "Jana Dvořáková");
        await jana.SetViewportSizeAsync(360, 740);

        // Marie takes part by phone: the facilitator writes her onto the roster.
        await OpenAreaAsync(facilitator, "Lidé");
        var roomForm = facilitator.Locator(".room-form");
        await roomForm.GetByLabel("Jméno").FillAsync("Marie Telefonní");
        await roomForm.GetByRole(AriaRole.Button, new() { Name = "Zapsat přítomného" }).ClickAsync();
        await Expect(facilitator.Locator(".roster li").Filter(new() { HasText = "Marie Telefonní" })).ToHaveCountAsync(1);

        // Her dots, by keyboard, from her budget; the facilitator's own steppers stay as they were.
        await OpenAreaAsync("Návrhy", facilitator, jana);
        await Propose(jana, "Uživatelé služeb v sociální oblasti", Proposal);
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Zahájit prioritizaci" }).ClickAsync();
        var forSomeone = facilitator.Locator(".proposals-panel details.on-behalf");
        await forSomeone.Locator("summary").ClickAsync();
        await forSomeone.GetByLabel("Za koho (po telefonu nebo na papíře)").SelectOptionAsync(new SelectOptionValue { Label = "Marie Telefonní" });
        await Expect(forSomeone.Locator("legend")).ToHaveTextAsync("Body za: Marie Telefonní");
        await forSomeone.GetByRole(AriaRole.Button, new() { Name = $"Přidat bod: {Proposal}" }).FocusAsync();
        await facilitator.Keyboard.PressAsync("Enter");
        await facilitator.Keyboard.PressAsync("Enter");
        await Expect(forSomeone.Locator(".dots-left")).ToHaveTextAsync("Zbývá 1 bod z 3.");
        await Expect(ProposalOf(facilitator, Proposal).Locator(".dot-count")).ToHaveTextAsync("0 bodů");
        await forSomeone.GetByRole(AriaRole.Button, new() { Name = "Uložit body za: Marie Telefonní" }).ClickAsync();
        await Expect(forSomeone.GetByRole(AriaRole.Status)).ToHaveTextAsync("Body jsou zadány a započítány za: Marie Telefonní.");
        await Expect(ProposalOf(facilitator, Proposal)).ToContainTextAsync("2 body od 1");
        await Accessibility.CheckAsync(facilitator, app.AxeSource, "dots entered for someone (desktop)");
        await forSomeone.ScreenshotAsync(new() { Path = "/tmp/ui-on-behalf-dots-desktop.png" });

        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Ukončit prioritizaci a zapsat pořadí" }).ClickAsync();
        foreach (var page in new[] { facilitator, jana })
        {
            await Expect(page.Locator(".board-ranking .on-behalf-note")).ToContainTextAsync("Body zadané za jiné osoby: 2 – Marie Telefonní (zadal/a ");
        }

        // Her question, named with her name, marked as entered by the facilitator for everyone who sees it.
        await OpenAreaAsync("Otázky", facilitator, jana);
        var ask = facilitator.Locator(".ask-question");
        await ask.GetByLabel("Vaše otázka (nejvýše 300 znaků)").FillAsync(Question);
        await ask.GetByLabel("Za koho (po telefonu nebo na papíře)").SelectOptionAsync(new SelectOptionValue { Label = "Marie Telefonní" });
        await ask.GetByLabel("Zobrazit u otázky jméno dané osoby").CheckAsync();
        await ask.GetByRole(AriaRole.Button, new() { Name = "Odeslat otázku" }).ClickAsync();
        var waiting = QuestionIn(facilitator);
        await Expect(waiting).ToContainTextAsync("Marie Telefonní");
        await Expect(waiting.Locator(".on-behalf-note")).ToContainTextAsync("zadáno za Marie Telefonní (zadal/a ");
        await waiting.GetByRole(AriaRole.Button, new() { Name = "Zveřejnit" }).ClickAsync();
        // A participant's list follows the broadcast, which carries public names: neither shows theirs to the public.
        await Expect(QuestionIn(jana).Locator(".on-behalf-note")).ToHaveTextAsync("zadáno za tazatele");
        await Accessibility.CheckAsync(jana, app.AxeSource, "a question entered for someone on a 360 px phone");
        await Shot(jana, "on-behalf-question-jana-360");
        await Accessibility.CheckAsync(facilitator, app.AxeSource, "the question form with the on-behalf picker (desktop)");
        await facilitator.Locator(".questions-panel").ScreenshotAsync(new() { Path = "/tmp/ui-on-behalf-question-desktop.png" });

        // The facilitator's picker on a 360 px phone.
        await facilitator.SetViewportSizeAsync(360, 740);
        await Accessibility.CheckAsync(facilitator, app.AxeSource, "the question form with the on-behalf picker on a 360 px phone");
        await facilitator.Locator(".ask-question").ScreenshotAsync(new() { Path = "/tmp/ui-on-behalf-question-form-360.png" });
        await OpenAreaAsync(facilitator, "Návrhy");
        await Shot(facilitator, "on-behalf-board-facilitator-360");
    }

    private static ILocator QuestionIn(IPage page) => page.Locator(".questions .question").Filter(new() { HasText = Question });
}
