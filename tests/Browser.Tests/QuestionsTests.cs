using Microsoft.Playwright;
using static CommunityPlanning.Browser.Tests.Steps;
using static Microsoft.Playwright.Assertions;

namespace CommunityPlanning.Browser.Tests;

/// <summary>
/// Questions from the audience end to end: an observer on a phone (360 px) asks, the facilitator releases, a
/// participant upvotes, the facilitator shows the question on the room screen, which shows it. axe-core checks the
/// observer's phone view and the room screen (every impact).
/// </summary>
[Collection(AppCollection.Name)]
public sealed class QuestionsTests(AppFixture app)
{
    private const string Text = "Bude odlehčovací služba i o víkendech?";

    [Fact]
    public async Task An_observer_on_a_phone_asks_a_participant_upvotes_and_the_released_question_is_shown_on_the_room_screen()
    {
        await using var facilitatorContext = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "cs-CZ", ViewportSize = new() { Width = 1280, Height = 800 } });
        var facilitator = await facilitatorContext.NewPageAsync();
        await SignInAsync(facilitator);
        await CreateMeetingAsync(facilitator, "Otázky z publika v sále");
        var participant = await JoinByInviteAsync(app.Browser, facilitator, "Účastník", "Jana Dvořáková");
        var inviteUrl = await CreateInviteAsync(facilitator, "Pozorovatel");
        await using var phoneContext = await app.Browser.NewContextAsync(new()
        {
            BaseURL = app.BaseUrl, Locale = "cs-CZ", ViewportSize = new() { Width = 360, Height = 740 }, IsMobile = true, HasTouch = true,
        });
        var observer = await phoneContext.NewPageAsync();
        await observer.GotoAsync(inviteUrl);
        await observer.GetByLabel("Vaše jméno").FillAsync("Soused z Ruprechtic");
        await observer.GetByRole(AriaRole.Button, new() { Name = "Připojit se" }).ClickAsync();
        await Expect(observer.GetByText("Živě připojeno")).ToBeVisibleAsync();
        var room = await facilitatorContext.NewPageAsync();
        await room.SetViewportSizeAsync(1920, 1080);
        await room.GotoAsync($"{app.BaseUrl}/meetings/{MeetingIdOf(facilitator)}/projector");

        // The observer asks on the phone; nobody else sees it before its release, the facilitator sees it waiting.
        await OpenAreaAsync("Otázky", facilitator, participant, observer);
        await observer.GetByLabel("Vaše otázka (nejvýše 300 znaků)").FillAsync(Text);
        await observer.GetByRole(AriaRole.Button, new() { Name = "Odeslat otázku" }).ClickAsync();
        await Expect(observer.GetByText("Odesláno. Ostatní ji uvidí, až ji moderátor zveřejní.")).ToBeVisibleAsync();
        var waiting = QuestionIn(facilitator);
        await Expect(waiting).ToContainTextAsync("čeká na zveřejnění");
        await Expect(QuestionIn(participant)).ToHaveCountAsync(0);
        await Accessibility.CheckAsync(observer, app.AxeSource, "the observer's questions on a 360 px phone");
        await Shot(observer, "questions-observer-360");

        await waiting.GetByRole(AriaRole.Button, new() { Name = "Zveřejnit" }).ClickAsync();
        await QuestionIn(participant).GetByRole(AriaRole.Button, new() { Name = "Taky mě zajímá" }).ClickAsync();
        await Expect(QuestionIn(participant).GetByRole(AriaRole.Button, new() { Name = "Taky mě zajímá" })).ToHaveAttributeAsync("aria-pressed", "true");
        // Everyone sees the vote, the observer too (from the broadcast, without reading again).
        await Expect(QuestionIn(observer)).ToContainTextAsync("1 hlas");
        await Expect(QuestionIn(facilitator)).ToContainTextAsync("1 hlas");

        await QuestionIn(facilitator).GetByRole(AriaRole.Button, new() { Name = "Ukázat na plátně" }).ClickAsync();
        await Expect(room.Locator(".room-stage")).ToContainTextAsync(Text);
        await Accessibility.CheckAsync(room, app.AxeSource, "the room screen showing a question");
        await Shot(room, "questions-room");
        await Accessibility.CheckAsync(observer, app.AxeSource, "the observer's released question on a 360 px phone");
        await Shot(observer, "questions-observer-360-released");
    }

    private static ILocator QuestionIn(IPage page) => page.Locator(".questions .question").Filter(new() { HasText = Text });
}
