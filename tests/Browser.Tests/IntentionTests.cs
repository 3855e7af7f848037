using System.Text.Json;
using Microsoft.Playwright;
using static CommunityPlanning.Browser.Tests.Steps;
using static Microsoft.Playwright.Assertions;

namespace CommunityPlanning.Browser.Tests;

/// <summary>
/// The coordinator opens a call for development intentions and hands a provider a link; the provider fills the form on
/// a phone (Czech messages field by field, a draft, a submission), the coordinator returns it with a note and the
/// provider completes and resubmits it; anyone reads it in the call's public register.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class IntentionTests(AppFixture app)
{
    private const string PlanText = "Plán pro seniory\nA. Senioři\nA 1: Podpora setrvání seniorů v domácím prostředí\nO 1: Rozvoj pečovatelské služby.\n";

    [Fact]
    public async Task A_provider_fills_the_form_is_told_what_is_wrong_submits_and_resubmits_after_it_is_returned()
    {
        await using var coordinatorContext = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "cs-CZ" });
        var coordinator = await coordinatorContext.NewPageAsync();
        await SignInAsync(coordinator);
        var groupName = $"Skupina pro záměry {Guid.NewGuid():N}"[..30];
        var (meetingTitle, meetingId, planId) = await GroupWithPlanAndMeetingAsync(coordinator, groupName);

        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Rozvojové záměry" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Výzvy k podání rozvojových záměrů" })).ToBeVisibleAsync();
        var open = coordinator.GetByRole(AriaRole.Region, new() { Name = "Vyhlásit výzvu" });
        await open.GetByLabel("Název").FillAsync("Rozvojové záměry na rok 2027");
        await open.GetByLabel("Termín podání").FillAsync($"{DateTime.Now.Year + 1}-01-31T23:59");
        await open.GetByLabel(groupName).CheckAsync();
        var steering = open.GetByLabel("Jednání řídicí pracovní skupiny");
        await Expect(steering.Locator("option", new() { HasText = meetingTitle })).ToHaveCountAsync(1);
        await steering.SelectOptionAsync(new SelectOptionValue { Label = (await steering.Locator("option", new() { HasText = meetingTitle }).TextContentAsync())! });
        await CheckAsync(coordinator, "calls");
        await open.GetByRole(AriaRole.Button, new() { Name = "Vyhlásit výzvu" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Rozvojové záměry na rok 2027" })).ToBeVisibleAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Nový záměr a odkaz pro poskytovatele" }).ClickAsync();
        var link = await coordinator.GetByLabel("Odkaz pro poskytovatele").InputValueAsync();
        Assert.Contains("/submission#", link, StringComparison.Ordinal);
        await CheckAsync(coordinator, "call");
        var callUrl = coordinator.Url;

        await using var phoneContext = await app.Browser.NewContextAsync(new()
        {
            BaseURL = app.BaseUrl, Locale = "cs-CZ", ViewportSize = new() { Width = 360, Height = 740 },
        });
        var phone = await phoneContext.NewPageAsync();
        await phone.GotoAsync(link);
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Rozvojový záměr: Rozvojové záměry na rok 2027" })).ToBeVisibleAsync();
        await phone.GetByLabel("Název poskytovatele").FillAsync("Domov U Jezírka, o. p. s.");
        await phone.GetByLabel("IČO").FillAsync("25596642");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Uložit koncept" }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Status).Filter(new() { HasText = "Koncept uložen" })).ToBeVisibleAsync();

        await phone.GetByRole(AriaRole.Button, new() { Name = "Podat záměr" }).ClickAsync();
        var summary = phone.Locator(".problem-summary");
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary.GetByRole(AriaRole.Heading)).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^Formulář obsahuje \d+ chyb"));
        await Expect(summary).ToContainTextAsync("IČO: IČO není platné: zkontrolujte jeho 8 číslic (poslední je kontrolní).");
        await Expect(summary).ToContainTextAsync("Adresa sídla: Vyplňte prosím.");
        await Expect(phone.GetByLabel("IČO")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(phone.GetByLabel("IČO")).ToHaveAccessibleDescriptionAsync("8 číslic IČO není platné: zkontrolujte jeho 8 číslic (poslední je kontrolní).");
        await CheckAsync(phone, "the provider's form with problems");
        await PhoneChecks.NoSideScrollAsync(phone, "the provider's form");

        await FillAsync(phone);
        // Each field's problems go as it is edited: with everything filled in, nothing is left in the summary.
        await Expect(summary).ToHaveCountAsync(0);
        await phone.GetByRole(AriaRole.Button, new() { Name = "Podat záměr" }).ClickAsync();
        await Expect(phone.GetByText("Záměr nyní posuzuje koordinátor")).ToBeVisibleAsync();
        await Expect(phone.GetByRole(AriaRole.Button, new() { Name = "Podat záměr" })).ToHaveCountAsync(0);
        await CheckAsync(phone, "the provider's submitted intention");
        await Shot(phone, "intention-submitted-phone");

        await coordinator.GotoAsync(callUrl);
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Domov U Jezírka, o. p. s." }).ClickAsync();
        var intentionUrl = coordinator.Url;
        await coordinator.GetByLabel("Co doplnit (poskytovatel uvidí)").FillAsync("Doplňte prosím identifikátor služby z registru.");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Vrátit k doplnění" }).ClickAsync();
        await Expect(coordinator.Locator(".facts .badge")).ToHaveTextAsync("vrácen k doplnění");
        await CheckAsync(coordinator, "the coordinator's intention");

        await phone.ReloadAsync();
        var note = phone.GetByRole(AriaRole.Region, new() { Name = "Vráceno k doplnění" });
        await Expect(note).ToContainTextAsync("Doplňte prosím identifikátor služby z registru.");
        await phone.GetByLabel("Identifikátor služby (registrace)").FillAsync("7654321");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Podat znovu" }).ClickAsync();
        await Expect(phone.GetByText("Záměr nyní posuzuje koordinátor")).ToBeVisibleAsync();
        await Expect(phone.GetByText("7654321")).ToBeVisibleAsync();
        await CheckAsync(phone, "the resubmitted intention");

        // Complete and assigned to the group, the intention is offered to the group's meeting to pick for an item (keyboard only).
        await coordinator.GotoAsync(intentionUrl);
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Označit jako úplný" }).ClickAsync();
        await coordinator.GetByLabel("Pracovní skupina, která vydá stanovisko").SelectOptionAsync(new SelectOptionValue { Label = groupName });
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Přidělit", Exact = true }).ClickAsync();
        await Expect(coordinator.Locator(".facts .badge")).ToHaveTextAsync("v pracovní skupině");
        await coordinator.GotoAsync($"/meetings/{meetingId}");
        await OpenAreaAsync(coordinator, "Program");
        var form = coordinator.Locator("details.intention-item-form");
        await form.Locator("summary").FocusAsync();
        await coordinator.Keyboard.PressAsync("Enter");
        var choice = form.GetByRole(AriaRole.Checkbox, new() { Name = "Domov U Jezírka, o. p. s. – Pečovatelská služba Jezírko" });
        await Expect(choice).ToHaveAccessibleNameAsync(
            "Domov U Jezírka, o. p. s. – Pečovatelská služba Jezírko (čeká na stanovisko pracovní skupiny; Rozvojové záměry na rok 2027)");
        await form.GetByRole(AriaRole.Button, new() { Name = "Přidat bod" }).PressAsync("Enter");
        await Expect(form.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Vyberte aspoň jeden záměr.");
        await CheckAsync(coordinator, "the intention picker with nothing chosen");
        await choice.FocusAsync();
        await coordinator.Keyboard.PressAsync("Space");
        await Expect(choice).ToBeCheckedAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Přidat bod" }).PressAsync("Enter");
        await Expect(coordinator.Locator(".agenda li").Filter(new() { HasText = "Rozvojový záměr: Domov U Jezírka, o. p. s. – Pečovatelská služba Jezírko" })).ToHaveCountAsync(1);
        await Expect(choice).Not.ToBeCheckedAsync();
        await Expect(choice).ToHaveAccessibleNameAsync(new System.Text.RegularExpressions.Regex("už je na programu"));
        await CheckAsync(coordinator, "the intention item added");
        await Shot(coordinator, "intention-picker");

        // One step invites the provider's representative as a guest who may speak but not vote: a link and a code to pass on.
        var item = coordinator.Locator(".agenda li").Filter(new() { HasText = "Rozvojový záměr: Domov U Jezírka" });
        await item.GetByRole(AriaRole.Button, new() { Name = "Pozvat zástupce poskytovatele (host bez hlasování)" }).ClickAsync();
        var guestLink = coordinator.GetByLabel("Odkaz pro zástupce poskytovatele Domov U Jezírka, o. p. s.");
        await Expect(guestLink).ToBeFocusedAsync();
        await Expect(guestLink).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("/join#"));
        await Expect(item.GetByText("Kód pro zástupce poskytovatele Domov U Jezírka, o. p. s.")).ToBeVisibleAsync();
        await CheckAsync(coordinator, "the provider's guest invite");
        await Shot(coordinator, "intention-guest-invite");

        // The group's opinion poll closed without a ballot decides nothing: its quorum (1 of a group without members) is missed.
        await item.GetByRole(AriaRole.Button, new() { Name = "Hlasovat o stanovisku" }).ClickAsync();
        await OpenAreaAsync(coordinator, "Hlasování");
        var poll = coordinator.Locator(".poll").Filter(new() { Has = coordinator.Locator(".intention-poll") }).First;
        await poll.GetByRole(AriaRole.Button, new() { Name = "Zahájit hlasování" }).ClickAsync();
        await poll.GetByRole(AriaRole.Button, new() { Name = "Ukončit hlasování", Exact = true }).ClickAsync();
        await poll.GetByRole(AriaRole.Button, new() { Name = "Ano, ukončit hlasování" }).ClickAsync();
        await Expect(poll.Locator(".intention-handoffs li")).ToHaveCountAsync(1);

        // Plan traceability: the objective the provider chose lists the intention with its state.
        await coordinator.GotoAsync($"/plans/{planId}");
        var trace = coordinator.Locator(".plan-trace");
        await Expect(trace).ToContainTextAsync("Rozvojové záměry, které k cíli směřují");
        await Expect(trace.GetByRole(AriaRole.Listitem)).ToContainTextAsync("Domov U Jezírka, o. p. s. – Pečovatelská služba Jezírko v pracovní skupině");
        await CheckAsync(coordinator, "the plan with its trace");
        await Shot(coordinator, "plan-trace");

        // The public register: anyone, on a phone, without the contact person or any draft.
        await phone.GotoAsync($"/register/{new Uri(callUrl).AbsolutePath.Split('/')[2]}");
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Veřejný přehled: Rozvojové záměry na rok 2027" })).ToBeVisibleAsync();
        await Expect(phone.GetByRole(AriaRole.Row).Filter(new() { HasText = "Domov U Jezírka, o. p. s." })).ToContainTextAsync("§ 40 pečovatelská služba");
        await Expect(phone.GetByText("Jana Malá")).ToHaveCountAsync(0);
        var opinion = phone.GetByRole(AriaRole.Row).Filter(new() { HasText = "Domov U Jezírka, o. p. s." }).Locator("td").Nth(2);
        await Expect(opinion.Locator(".register-inconclusive strong")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^Poslední hlasování bez výsledku \(\d"));
        await Expect(opinion.Locator(".register-inconclusive li")).ToHaveTextAsync(
            ["0 pro, 0 proti, 0 se zdrželo", "Kvórum: potřeba 1, hlasovalo 0 – nesplněno", "Vyloučeno pro střet zájmů: 0"]);
        await Shot(phone, "register-phone");
        await phone.GetByLabel("Stav").SelectOptionAsync("Approved");
        await Expect(phone.GetByRole(AriaRole.Status)).ToHaveTextAsync("Žádný záměr neodpovídá.");
        await CheckAsync(phone, "the public register");
        await PhoneChecks.NoSideScrollAsync(phone, "the public register");
    }

    private static async Task FillAsync(IPage phone)
    {
        await phone.GetByLabel("IČO").FillAsync("25596641");
        await phone.GetByLabel("Adresa sídla").FillAsync("Jablonecká 10, 460 01 Liberec");
        await phone.GetByLabel("Statutární orgán").FillAsync("Ing. Petr Dvořák, ředitel");
        await phone.GetByLabel("Kontaktní osoba").FillAsync("Jana Malá");
        await phone.GetByLabel("E-mail").FillAsync("jana.mala@jezirko.example");
        await phone.GetByLabel("Telefon").FillAsync("+420 485 123 456");
        await phone.GetByLabel("Název služby").FillAsync("Pečovatelská služba Jezírko");
        await phone.GetByLabel("Identifikátor služby (registrace)").FillAsync("1234567");
        await phone.GetByLabel("Druh služby (zákon č. 108/2006 Sb.)").SelectOptionAsync("HomeCare");
        await phone.GetByLabel("Forma poskytování").SelectOptionAsync("Field");
        await phone.GetByLabel("Cílová skupina").FillAsync("senioři");
        await phone.GetByLabel("Místo a území poskytování").FillAsync("Liberec (ORP Liberec)");
        await phone.GetByLabel("Druh změny").SelectOptionAsync("CapacityIncrease");
        await phone.GetByLabel("Jednotka kapacity").SelectOptionAsync("DirectCareFte");
        await phone.GetByLabel("Současná kapacita").FillAsync("4,5");
        await phone.GetByLabel("Požadovaná kapacita").FillAsync("6");
        await phone.GetByLabel("Od kdy").FillAsync("2027-01-01");
        await phone.GetByLabel("Celkové náklady na rok (Kč)").FillAsync("1 200 000");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Přidat zdroj financování" }).ClickAsync();
        await phone.GetByLabel("Zdroj 1").FillAsync("Liberecký kraj");
        await phone.GetByLabel("Částka zdroje 1 (Kč)").FillAsync("1 200 000");
        await phone.GetByLabel("Potřebnost a zdůvodnění").FillAsync("Pořadník 35 seniorů; analýza potřeb 2026.");
        await phone.Locator("#f-workingGroupId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await phone.GetByLabel("O 1 Rozvoj pečovatelské služby.").CheckAsync();
    }

    /// <summary>A working group of this test with a plan (its objectives) and a meeting (the steering meeting here, and the group's).</summary>
    private static async Task<(string Title, string MeetingId, string PlanId)> GroupWithPlanAndMeetingAsync(IPage page, string name)
    {
        var csrf = JsonDocument.Parse(await (await page.APIRequest.GetAsync("/api/auth/antiforgery")).TextAsync()).RootElement.GetProperty("token").GetString()!;
        var headers = new Dictionary<string, string> { ["X-CSRF-TOKEN"] = csrf };
        var group = await page.APIRequest.PostAsync("/api/working-groups", new() { DataObject = new { name, targetGroup = "Seniors" }, Headers = headers });
        var groupId = JsonDocument.Parse(await group.TextAsync()).RootElement.GetProperty("id").GetString();
        var plan = await page.APIRequest.PostAsync($"/api/working-groups/{groupId}/imports/plan", new() { DataObject = new { text = PlanText, confirm = true }, Headers = headers });
        Assert.True(plan.Ok, await plan.TextAsync());
        const string title = "Řídicí skupina 8. 3.";
        var meeting = await page.APIRequest.PostAsync($"/api/working-groups/{groupId}/meetings",
            new() { DataObject = new { title, startsAt = "2027-03-08T14:00:00", place = "Liberec" }, Headers = headers });
        Assert.True(meeting.Ok, await meeting.TextAsync());
        var planId = JsonDocument.Parse(await plan.TextAsync()).RootElement.GetProperty("saved").GetProperty("id").GetString()!;
        return (title, JsonDocument.Parse(await meeting.TextAsync()).RootElement.GetProperty("id").GetString()!, planId);
    }

    private Task CheckAsync(IPage page, string where) => Accessibility.CheckAsync(page, app.AxeSource, where);
}
