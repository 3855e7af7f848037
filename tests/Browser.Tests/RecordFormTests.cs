using Microsoft.Playwright;
using static CommunityPlanning.Browser.Tests.Steps;
using static Microsoft.Playwright.Assertions;

namespace CommunityPlanning.Browser.Tests;

/// <summary>
/// A group's manager sets the form of its minutes on the group's page; the recorder dates the minutes and types a
/// task in the notes; the draft is exported in the group's form with the task printed once and listed as a task.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class RecordFormTests(AppFixture app)
{
    [Fact]
    public async Task A_manager_sets_the_record_form_and_the_minutes_are_exported_in_it()
    {
        await using var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "cs-CZ" });
        var page = await context.NewPageAsync();
        await SignInAsync(page);

        // A group of its own, so no other test's minutes take its form.
        var create = page.GetByRole(AriaRole.Form, new() { Name = "Založit pracovní skupinu" });
        await create.GetByLabel("Název").FillAsync("Řídicí pracovní skupina");
        await create.GetByRole(AriaRole.Button, new() { Name = "Založit pracovní skupinu" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Řídicí pracovní skupina" })).ToBeVisibleAsync();

        var form = page.GetByRole(AriaRole.Region, new() { Name = "Podoba zápisu" });
        await form.GetByLabel("Záhlaví nad názvem").FillAsync("KOMUNITNÍ PLÁNOVÁNÍ SOCIÁLNÍCH SLUŽEB – ŘÍDICÍ PRACOVNÍ SKUPINA");
        await form.GetByLabel("Název zápisu").FillAsync("Zápis z jednání řídicí skupiny ze dne {date}");
        await form.GetByLabel("Facilitátor(ka)").UncheckAsync();
        await form.GetByLabel("Řádek o schválení (nebo o pracovní verzi)").UncheckAsync();
        await form.GetByLabel("Podle příjmení").CheckAsync();
        await form.GetByLabel("zapsala", new() { Exact = true }).CheckAsync();
        await form.GetByLabel("Nadpis harmonogramu").FillAsync("Harmonogram jednání pro rok {year}");
        await form.GetByLabel("Poznámka pod harmonogramem").FillAsync("Změna termínů vyhrazena.");
        await form.GetByRole(AriaRole.Button, new() { Name = "Uložit podobu zápisu" }).ClickAsync();
        await Expect(form.GetByRole(AriaRole.Status)).ToHaveTextAsync("Podoba zápisu je uložena.");
        await Shot(page, "record-form");
        await Accessibility.CheckAsync(page, app.AxeSource, "group (record form)");

        await page.ReloadAsync();
        await Expect(form.GetByLabel("Záhlaví nad názvem")).ToHaveValueAsync("KOMUNITNÍ PLÁNOVÁNÍ SOCIÁLNÍCH SLUŽEB – ŘÍDICÍ PRACOVNÍ SKUPINA");
        await Expect(form.GetByLabel("zapsala", new() { Exact = true })).ToBeCheckedAsync();

        // A meeting of the group: an item whose notes hold a task, the footer with the day the minutes were written.
        var meeting = page.GetByRole(AriaRole.Form, new() { Name = "Naplánovat setkání" });
        await meeting.GetByLabel("Název").FillAsync("Jednání řídicí skupiny");
        await meeting.GetByLabel("Začátek").FillAsync("2026-12-08T13:00");
        await meeting.GetByRole(AriaRole.Button, new() { Name = "Vytvořit setkání" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Jednání řídicí skupiny" }).ClickAsync();
        await Expect(page.GetByText("Živě připojeno")).ToBeVisibleAsync();
        await page.GetByLabel("Název bodu").FillAsync("Aktuality");
        await page.GetByRole(AriaRole.Button, new() { Name = "Přidat bod" }).ClickAsync();
        await OpenAreaAsync(page, "Zápis");
        var notes = page.Locator(".minutes-item").Filter(new() { HasText = "Ad 1) Aktuality" }).GetByRole(AriaRole.Textbox, new() { Name = "Ad 1) Aktuality" });
        await notes.ClickAsync();
        await page.Keyboard.TypeAsync("Skupina se dohodla oslovit pečující.");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("Z: K. Marcinková, T: 15. 12.");
        // While the minute-taker writes, before anything composes the minutes, the line is a task under its item.
        var task = page.Locator(".minutes-item .task");
        await Expect(task).ToContainTextAsync("Skupina se dohodla oslovit pečující. – Z: K. Marcinková, T: 15. 12. 2026");
        await page.GetByLabel("Zapsal(a)").FillAsync("Kateřina Marcinková");
        await page.GetByLabel("Místo podpisu").FillAsync("V Liberci");
        await page.GetByLabel("Datum sepsání zápisu").FillAsync("2026-12-10");
        await page.GetByRole(AriaRole.Button, new() { Name = "Uložit závěr" }).ClickAsync();
        await Expect(page.GetByText("Závěr zápisu uložen.")).ToHaveCountAsync(1);

        // The draft in the group's form once the notes have reached the server; composing it made the typed line a
        // task, listed under the item once.
        var url = $"/api/meetings/{MeetingIdOf(page)}/minutes.md";
        await page.WaitForFunctionAsync("async (url) => (await (await fetch(url)).text()).includes('Z: K. Marcinková, T: 15. 12. 2026')", url,
            new() { PollingInterval = 250 });
        var draft = (await (await page.APIRequest.GetAsync(url)).TextAsync()).ReplaceLineEndings("\n");
        Assert.Contains("V Liberci dne 10. 12. 2026, zapsala: Kateřina Marcinková", draft);
        Assert.StartsWith("**KOMUNITNÍ PLÁNOVÁNÍ SOCIÁLNÍCH SLUŽEB – ŘÍDICÍ PRACOVNÍ SKUPINA**\n\n# Zápis z jednání řídicí skupiny ze dne 8. 12. 2026\n", draft);
        Assert.Contains("Skupina se dohodla oslovit pečující.  \nZ: K. Marcinková, T: 15. 12. 2026  \n", draft);
        Assert.DoesNotContain("Facilitátor", draft);
        Assert.DoesNotContain("Pracovní verze", draft);
        await Expect(task).ToHaveCountAsync(1);
        await Expect(task).ToContainTextAsync("Skupina se dohodla oslovit pečující. – Z: K. Marcinková, T: 15. 12. 2026");
        await Expect(task).ToContainTextAsync("z poznámek");
        await Accessibility.CheckAsync(page, app.AxeSource, "minutes (task from the notes, written-on date)");
    }
}
