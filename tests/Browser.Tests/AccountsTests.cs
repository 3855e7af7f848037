using Microsoft.Playwright;
using static CommunityPlanning.Browser.Tests.Steps;
using static Microsoft.Playwright.Assertions;

namespace CommunityPlanning.Browser.Tests;

/// <summary>
/// The coordinator invites an organizer by a one-time link and makes them a manager of the group; the organizer
/// sets a password on a phone, sees that group only, and changes the password.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class AccountsTests(AppFixture app)
{
    [Fact]
    public async Task An_invited_organizer_sets_a_password_and_manages_the_group_they_were_given()
    {
        await using var coordinatorContext = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "cs-CZ" });
        var coordinator = await coordinatorContext.NewPageAsync();
        await SignInAsync(coordinator);

        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Účty" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Účty organizátorů" })).ToBeVisibleAsync();
        var email = $"marcinkova-{Guid.NewGuid():N}@liberec.example";
        var invite = coordinator.GetByRole(AriaRole.Form, new() { Name = "Pozvat organizátora" });
        await invite.GetByLabel("E-mail").FillAsync(email);
        await invite.GetByLabel("Jméno").FillAsync("Kateřina Marcinková");
        await invite.GetByRole(AriaRole.Button, new() { Name = "Vytvořit pozvánku" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Heading, new() { Name = "Pozvánka pro Kateřina Marcinková" })).ToBeFocusedAsync();
        var link = await coordinator.GetByLabel("Jednorázový odkaz").InputValueAsync();
        await Expect(coordinator.GetByRole(AriaRole.Row).Filter(new() { HasText = email })).ToContainTextAsync("Pozván(a)");
        await CheckAsync(coordinator, "accounts");
        await Shot(coordinator, "accounts");

        await using var phoneContext = await app.Browser.NewContextAsync(new()
        {
            BaseURL = app.BaseUrl, Locale = "cs-CZ", ViewportSize = new() { Width = 360, Height = 740 },
        });
        var phone = await phoneContext.NewPageAsync();
        await phone.GotoAsync(link);
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Vítejte: nastavte si heslo" })).ToBeVisibleAsync();
        await phone.GetByLabel("Nové heslo").First.FillAsync("heslo-kateřiny-2026");
        await phone.GetByLabel("Nové heslo znovu").FillAsync("jiné-heslo-2026");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Nastavit heslo a přihlásit se" }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Hesla se neshodují.");
        await CheckAsync(phone, "account link");
        await Shot(phone, "account-link-phone");
        await phone.GetByLabel("Nové heslo znovu").FillAsync("heslo-kateřiny-2026");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Nastavit heslo a přihlásit se" }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Pracovní skupiny" })).ToBeVisibleAsync();
        await Expect(phone.GetByText("Zatím nespravujete žádnou pracovní skupinu")).ToBeVisibleAsync();

        await coordinator.GotoAsync("/");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Pracovní skupina pro seniory" }).ClickAsync();
        var managers = coordinator.GetByRole(AriaRole.Form, new() { Name = "Kdo skupinu spravuje" });
        await managers.GetByLabel($"Kateřina Marcinková ({email})").CheckAsync();
        await managers.GetByRole(AriaRole.Button, new() { Name = "Uložit správce" }).ClickAsync();
        await Expect(managers.GetByRole(AriaRole.Status)).ToHaveTextAsync("Správci uloženi.");
        await CheckAsync(coordinator, "group managers");

        await phone.ReloadAsync();
        await phone.GetByRole(AriaRole.Link, new() { Name = "Pracovní skupina pro seniory" }).ClickAsync();
        await Expect(phone.GetByText("Kateřina Marcinková").First).ToBeVisibleAsync();
        await phone.GetByRole(AriaRole.Link, new() { Name = "Přihlášen(a): Kateřina Marcinková" }).ClickAsync();
        await phone.GetByLabel("Současné heslo").FillAsync("heslo-kateřiny-2026");
        await phone.GetByLabel("Nové heslo").FillAsync("nové-heslo-kateřiny");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Změnit heslo" }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Status)).ToHaveTextAsync("Heslo je změněno, ostatní zařízení jsou odhlášena.");
        await CheckAsync(phone, "my account");
    }

    private Task CheckAsync(IPage page, string where) => Accessibility.CheckAsync(page, app.AxeSource, where);
}
