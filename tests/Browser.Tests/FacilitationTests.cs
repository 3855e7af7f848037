using Microsoft.Playwright;
using static CommunityPlanning.Browser.Tests.Steps;
using static Microsoft.Playwright.Assertions;

namespace CommunityPlanning.Browser.Tests;

/// <summary>
/// A facilitator page, a participant page and an observer page: the facilitator builds the agenda, moves the
/// current item, runs the countdown, gives the floor and shows an item; the other two follow live, and the
/// observer gets no controls. The projector view shows the same.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class FacilitationTests(AppFixture app)
{
    private const string MeetingTitle = "Moderovaný workshop";

    [Fact]
    public async Task The_facilitator_moves_the_item_runs_the_timer_and_gives_the_floor_and_the_others_follow()
    {
        await using var facilitatorContext = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "cs-CZ" });
        var facilitator = await facilitatorContext.NewPageAsync();
        facilitator.Dialog += (_, dialog) => dialog.AcceptAsync();
        await SignInAsync(facilitator);
        await CreateMeetingAsync(facilitator, MeetingTitle);

        var participant = await JoinByInviteAsync(app.Browser, facilitator, "Účastník", "Marie Malá");
        var observer = await JoinByInviteAsync(app.Browser, facilitator, "Pozorovatel", "Tomáš Veřejný");

        // The agenda, built live.
        foreach (var (title, minutes) in new[] { ("Zahájení a program", "5"), ("Informace z pracovních skupin", "30"), ("Různé", "10") })
        {
            await facilitator.GetByLabel("Název bodu").FillAsync(title);
            await facilitator.GetByLabel("Plánováno minut").FillAsync(minutes);
            await facilitator.GetByRole(AriaRole.Button, new() { Name = "Přidat bod" }).ClickAsync();
        }

        var reports = "Informace z pracovních skupin";
        await Expect(Item(observer, reports)).ToBeVisibleAsync();
        await Item(facilitator, reports).GetByRole(AriaRole.Button, new() { Name = "Projednávat nyní" }).ClickAsync();
        foreach (var page in new[] { facilitator, participant, observer })
        {
            await Expect(page.Locator(".agenda li[aria-current=step]")).ToContainTextAsync(reports);
        }

        // Observers get no controls.
        await Expect(observer.GetByRole(AriaRole.Button, new() { Name = "Projednávat nyní" })).ToHaveCountAsync(0);
        await Expect(observer.GetByRole(AriaRole.Button, new() { Name = "Přihlásit se o slovo" })).ToHaveCountAsync(0);
        await Expect(observer.GetByLabel("Název bodu")).ToBeHiddenAsync();
        await CheckAsync(observer, "meeting (observer, live agenda)");

        // The countdown: the same state everywhere, and its end reaches everyone.
        await facilitator.GetByLabel("Délka odpočtu (minuty)").FillAsync("0.05");
        await facilitator.GetByLabel("Na co (nepovinné)").FillAsync("Zpráva");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Spustit odpočet" }).ClickAsync();
        foreach (var page in new[] { participant, observer })
        {
            await Expect(page.Locator(".timer-finished")).ToHaveTextAsync("Čas vypršel: Zpráva");
            await Expect(page.Locator(".timer-display")).ToHaveTextAsync("0:00");
        }

        await facilitator.GetByRole(AriaRole.Button, new() { Name = "+1 minuta" }).ClickAsync();
        await Expect(observer.Locator(".timer-state")).ToHaveTextAsync("Zpráva · běží");
        await Expect(observer.Locator(".timer-display")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^(1:00|0:5\\d)$"));
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Pozastavit" }).ClickAsync();
        await Expect(participant.Locator(".timer-state")).ToHaveTextAsync("Zpráva · pozastaveno");
        var paused = await facilitator.Locator(".timer-display").InnerTextAsync();
        await Expect(participant.Locator(".timer-display")).ToHaveTextAsync(paused);
        await Expect(observer.Locator(".timer-display")).ToHaveTextAsync(paused);

        // Speakers: the participant raises a hand, the facilitator gives the floor.
        await participant.GetByRole(AriaRole.Button, new() { Name = "Přihlásit se o slovo" }).ClickAsync();
        var hand = facilitator.Locator(".queue li").Filter(new() { HasText = "Marie Malá" });
        await Expect(hand).ToBeVisibleAsync();
        // The public sees the member by what she chose to show (nothing yet: what kind of attendee she is), never her name.
        await Expect(observer.Locator(".queue li").Filter(new() { HasText = "člen(ka) skupiny" })).ToBeVisibleAsync();
        await hand.GetByRole(AriaRole.Button, new() { Name = "Udělit slovo" }).ClickAsync();
        foreach (var page in new[] { facilitator, participant })
        {
            await Expect(page.Locator(".floor")).ToContainTextAsync("Slovo má: Marie Malá");
        }
        await Expect(observer.Locator(".floor")).ToContainTextAsync("Slovo má: člen(ka) skupiny");
        await Expect(observer.Locator("main")).Not.ToContainTextAsync("Marie Malá");

        await Expect(participant.Locator(".announcer")).ToHaveTextAsync("Máte slovo.");
        await CheckAsync(participant, "meeting (participant, speaking)");
        await participant.GetByRole(AriaRole.Button, new() { Name = "Ukončit můj příspěvek" }).ClickAsync();
        await Expect(observer.Locator(".floor")).ToContainTextAsync("Nikdo teď nemluví.");
        await Expect(facilitator.Locator(".turns summary")).ToContainTextAsync("(1 příspěvek)");

        // Follow mode: the facilitator shows an item; the participant is brought there.
        await Item(facilitator, "Různé").GetByRole(AriaRole.Button, new() { Name = "Ukázat všem" }).ClickAsync();
        await Expect(participant.Locator(".live-shown .live-shown-name")).ToHaveTextAsync("Různé");
        await Expect(Item(participant, "Různé")).ToBeFocusedAsync();
        await Expect(Item(observer, "Různé")).ToBeFocusedAsync();
        await CheckAsync(facilitator, "meeting (facilitator, live)");
        await Shot(facilitator, "facilitation-facilitator-cs");
        await Shot(observer, "facilitation-observer-cs");

        // The projector shows the current item and what is shown.
        var projector = await facilitatorContext.NewPageAsync();
        await projector.GotoAsync($"/meetings/{MeetingIdOf(facilitator)}/projector");
        await Expect(projector.Locator(".room-current")).ToHaveTextAsync($"Nyní: 2. {reports}");
        await Expect(projector.Locator(".room-stage h2")).ToHaveTextAsync("Různé");
        await CheckAsync(projector, "projector");
        await Shot(projector, "projector-cs");

        // Cleared: everyone sees that there is no countdown.
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Zrušit odpočet" }).ClickAsync();
        await Expect(observer.Locator(".timer-state")).ToHaveTextAsync("Časomíra neběží.");
    }

    private static ILocator Item(IPage page, string title) => page.Locator(".agenda > li").Filter(new() { HasText = title });

    private Task CheckAsync(IPage page, string where) => Accessibility.CheckAsync(page, app.AxeSource, where);
}
