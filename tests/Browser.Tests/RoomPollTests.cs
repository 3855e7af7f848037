using Microsoft.Playwright;
using static CommunityPlanning.Browser.Tests.Steps;
using static Microsoft.Playwright.Assertions;

namespace CommunityPlanning.Browser.Tests;

/// <summary>
/// Quick polls of the room: an observer on a 360 px phone answers the word cloud and sends a reaction once the
/// facilitator allows the audience; the room screen shows the word and floats the reaction (a second screen with
/// reduced motion only counts it); a hidden word leaves every cloud. axe-core on each screen.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class RoomPollTests(AppFixture app)
{
    [Fact]
    public async Task An_observer_on_a_phone_answers_the_word_cloud_and_reacts_and_the_room_screen_shows_both()
    {
        await using var facilitatorContext = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "cs-CZ", ViewportSize = new() { Width = 1280, Height = 800 } });
        var facilitator = await facilitatorContext.NewPageAsync();
        await SignInAsync(facilitator);
        await CreateMeetingAsync(facilitator, "Setkání s mrakem slov");
        var observer = await JoinByInviteAsync(app.Browser, facilitator, "Pozorovatel", "Veřejnost", p => p.SetViewportSizeAsync(360, 740));
        var screen = await facilitatorContext.NewPageAsync();
        await screen.SetViewportSizeAsync(1280, 720);
        await screen.GotoAsync($"{app.BaseUrl}/meetings/{MeetingIdOf(facilitator)}/projector");
        var calm = await facilitatorContext.NewPageAsync();
        await calm.EmulateMediaAsync(new() { ReducedMotion = ReducedMotion.Reduce });
        await calm.SetViewportSizeAsync(1280, 720);
        await calm.GotoAsync($"{app.BaseUrl}/meetings/{MeetingIdOf(facilitator)}/projector");

        await OpenAreaAsync("Otázky", facilitator, observer);
        var panel = observer.Locator(".room-poll-panel");
        await Expect(panel.GetByText("Facilitátor zatím mrak slov a reakce publiku neotevřel.")).ToBeVisibleAsync();
        await facilitator.GetByLabel("Otázka pro mrak slov").FillAsync("Co vám ve čtvrti chybí?");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Otevřít nový mrak slov" }).ClickAsync();
        await facilitator.GetByLabel("Publikum smí odpovídat do mraku slov").CheckAsync();
        // Reactions have a switch of their own: the observer may answer, not yet react.
        await Expect(panel.GetByText("Reakce publika jsou zatím vypnuté.")).ToBeVisibleAsync();
        await Expect(panel.GetByRole(AriaRole.Group, new() { Name = "Reakce" })).ToHaveCountAsync(0);
        await facilitator.GetByLabel("Publikum smí posílat reakce").CheckAsync();
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Ukázat na plátně" }).ClickAsync();
        await Expect(screen.Locator("[data-room=word-cloud] h2")).ToHaveTextAsync("Co vám ve čtvrti chybí?");

        await panel.GetByLabel("Vaše odpověď (nejvýš 3 slova)").FillAsync("Lavičky!");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Odeslat" }).ClickAsync();
        await Expect(panel.GetByRole(AriaRole.Status)).ToHaveTextAsync("Vaše odpovědi: Lavičky (1/3)");
        await Expect(screen.Locator("[data-room=word-cloud] .word")).ToHaveTextAsync("Lavičky (1)");
        await Expect(panel.Locator(".word-cloud .word")).ToHaveTextAsync("Lavičky (1)");

        await panel.GetByRole(AriaRole.Button, new() { Name = "Potlesk" }).ClickAsync();
        await Expect(screen.Locator(".room-reaction")).Not.ToHaveCountAsync(0);
        await Expect(screen.Locator("[data-room=reactions]")).ToHaveTextAsync("👏Potlesk 1");
        await Expect(calm.Locator("[data-room=reactions]")).ToHaveTextAsync("👏Potlesk 1");
        Assert.Equal(0, await calm.Locator(".room-reaction").CountAsync()); // the burst came: nothing floated here

        await PhoneChecks.NoSideScrollAsync(observer, "the word cloud on a phone");
        await PhoneChecks.TargetAsync(panel.GetByRole(AriaRole.Button, new() { Name = "Potlesk" }), "a reaction button");
        await Accessibility.CheckAsync(observer, app.AxeSource, "word cloud and reactions (observer, 360 px)");
        await Accessibility.CheckAsync(facilitator, app.AxeSource, "word cloud controls (facilitator)");
        await Accessibility.CheckAsync(screen, app.AxeSource, "room screen (word cloud, reactions)");
        await Shot(observer, "room-poll-observer-360");
        await Shot(facilitator, "room-poll-facilitator");
        await Shot(screen, "room-poll-screen");

        // Hidden: gone from the room screen and from the observer's cloud.
        await facilitator.GetByText("Slova v mraku").ClickAsync();
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Skrýt „Lavičky“" }).ClickAsync();
        await Expect(screen.Locator("[data-room=word-cloud] .word")).ToHaveCountAsync(0);
        await Expect(panel.Locator(".word-cloud .word")).ToHaveCountAsync(0);
        await Expect(facilitator.GetByRole(AriaRole.Button, new() { Name = "Znovu ukázat „lavičky“" })).ToBeVisibleAsync();
    }
}
