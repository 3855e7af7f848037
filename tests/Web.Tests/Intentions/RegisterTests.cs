using System.Text;
using CommunityPlanning.Intentions;
using CommunityPlanning.Plans;
using CommunityPlanning.Voting;
using CommunityPlanning.Web.Imports;
using CommunityPlanning.Web.Intentions;
using CommunityPlanning.Web.Tests.Infrastructure;
using CommunityPlanning.WorkingGroups;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace CommunityPlanning.Web.Tests.Intentions;

/// <summary>The public register of a call: anyone reads it, drafts and personal contact data never appear; CSV and DOCX exports.</summary>
public sealed class RegisterTests(EmbeddedAppFixture app) : IClassFixture<EmbeddedAppFixture>
{
    private const string PlanText = "Plán\nA. Senioři\nA 1: Domácí péče\nO 1: Rozvoj pečovatelské služby.\n";

    private async Task<IntentionArrange> CallAsync()
    {
        using var admin = await app.SignedInAdminAsync();
        var group = await admin.PostAsync<WorkingGroupDetails>("/api/working-groups", new { name = "Pracovní skupina pro seniory", targetGroup = "Seniors" });
        var plan = (await admin.PostAsync<PlanImportResponse>($"/api/working-groups/{group.Id}/imports/plan", new { text = PlanText, confirm = true })).Saved!;
        var meeting = await MeetingSetup.CreateMeetingAsync(admin, groupId: group.Id);
        var adminActor = CommunityPlanning.Common.Actor.Organizer((await admin.GetAsync<CommunityPlanning.Accounts.OrganizerAccount>("/api/auth/me")).Id, true, "Koordinátorka");
        return await IntentionArrange.OpenAsync(app.Host.Grains, adminActor, group.Id, new ObjectiveLink(plan.Id, plan.TargetGroups[0].Goals[0].Objectives[0].Id), meeting.Id);
    }

    [Fact]
    public async Task Anyone_reads_the_register_without_drafts_or_contact_data_and_filters_it()
    {
        var call = await CallAsync();
        await call.InStateAsync(IntentionState.Draft);
        var (approved, _) = await call.InStateAsync(IntentionState.Approved, "Centrum Jana");
        await call.InStateAsync(IntentionState.Submitted, "Spolek Naděje");
        using var anyone = app.NewClient();

        var register = await anyone.GetAsync<PublicRegister>($"/api/register/{call.CallId}");
        Assert.Equal(["Centrum Jana", "Spolek Naděje"], register.Intentions.Select(i => i.ProviderName));
        Assert.Empty(register.Call.IntentionIds);
        var entry = register.Intentions[0];
        Assert.Equal((approved, GroupOpinion.Recommending, 6L, SteeringDecision.Approved), (entry.Id, entry.Opinion!.Opinion, entry.Opinion.For, entry.Decision!.Decision));
        Assert.Equal("Bez připomínek.", entry.Statement);
        Assert.Equal([("O 1", "Rozvoj pečovatelské služby.")], register.Objectives.Select(o => (o.Code, o.Text)));
        var json = await (await anyone.GetAsync($"/api/register/{call.CallId}")).Content.ReadAsStringAsync();
        foreach (var personal in new[] { "Jana Malá", "jana.mala@jezirko.example", "485 123 456", "Ing. Petr Dvořák", "Jablonecká" })
        {
            Assert.DoesNotContain(personal, json, StringComparison.Ordinal);
        }

        Assert.Equal(["Spolek Naděje"], (await anyone.GetAsync<PublicRegister>($"/api/register/{call.CallId}?state=Submitted")).Intentions.Select(i => i.ProviderName));
        Assert.Empty((await anyone.GetAsync<PublicRegister>($"/api/register/{call.CallId}?type=HomesForSeniors")).Intentions);
        Assert.Equal(2, (await anyone.GetAsync<PublicRegister>($"/api/register/{call.CallId}?group={call.GroupId}&type=HomeCare")).Intentions.Count);
        Assert.Contains(call.CallId, (await anyone.GetAsync<IntentionCallView[]>("/api/register")).Select(c => c.Id));
    }

    [Fact]
    public async Task The_register_exports_as_CSV_a_spreadsheet_reads_and_as_valid_DOCX()
    {
        var call = await CallAsync();
        await call.InStateAsync(IntentionState.Approved, "Centrum Jana");
        await call.InStateAsync(IntentionState.Draft, "Koncept s.r.o.");
        using var anyone = app.NewClient();

        var csv = await (await anyone.GetAsync($"/api/register/{call.CallId}.csv")).Content.ReadAsByteArrayAsync();
        var lines = Encoding.UTF8.GetString(csv).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        var header = lines[0].Split(';');
        var row = lines[1].Split(';');
        Assert.Equal(header.Length, row.Length);
        Assert.Equal(("Poskytovatel", "Centrum Jana"), (header[0], row[0]));
        Assert.Equal("§ 40 pečovatelská služba", row[Array.IndexOf(header, "Druh služby (zákon č. 108/2006 Sb.)")]);
        Assert.Equal("doporučující", row[Array.IndexOf(header, "Stanovisko pracovní skupiny")]);
        Assert.Equal("schváleno", row[Array.IndexOf(header, "Rozhodnutí řídicí skupiny")]);
        Assert.Equal("4,5", row[Array.IndexOf(header, "Současná kapacita")]);
        Assert.DoesNotContain("Koncept s.r.o.", Encoding.UTF8.GetString(csv), StringComparison.Ordinal);

        var docx = await (await anyone.GetAsync($"/api/register/{call.CallId}.docx")).Content.ReadAsByteArrayAsync();
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document));
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("Centrum Jana (IČO 25596641)", text, StringComparison.Ordinal);
        Assert.Contains("doporučující (6:1:1)", text, StringComparison.Ordinal);
    }
}
