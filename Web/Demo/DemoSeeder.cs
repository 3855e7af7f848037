using System.Security.Cryptography;
using System.Text.Json;
using CommunityPlanning.Accounts;
using CommunityPlanning.Common;
using CommunityPlanning.Documents;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Accounts;
using CommunityPlanning.WorkingGroups;

namespace CommunityPlanning.Web.Demo;

/// <summary>Bound from the <c>Demo</c> section.</summary>
public sealed class DemoSettings
{
    public const string Section = "Demo";

    public bool Enabled { get; set; } = true;
    public string Email { get; set; } = "facilitator@demo.example";

    /// <summary>The demo facilitator's password; random (printed once) when not set.</summary>
    public string? Password { get; set; }
}

/// <summary>
/// With an empty database, creates the demo: a working group for seniors, its vision document with the
/// Liberec region's vision (shared/seeds/000), and a meeting, all facilitated by a demo organizer.
/// </summary>
public static class DemoSeeder
{
    private sealed record DemoVision(string Title, List<VisionSectionDraft> Sections);

    public static async Task SeedAsync(IGrainFactory grains, DemoSettings settings, string baseUrl, TimeProvider time, ILogger logger)
    {
        if (!settings.Enabled)
        {
            return;
        }

        var password = settings.Password ?? RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyz23456789", 16);
        var created = await AccountBootstrap.EnsureAccountAsync(grains, settings.Email, "Petra Hybnerová", password, isAdministrator: true);
        var account = (await grains.GetGrain<IOrganizerGrain>(TextRules.Email(settings.Email)).Get())!;

        var facilitator = Actor.Organizer(account.Id, account.IsAdministrator, account.DisplayName);
        if ((await grains.GetGrain<IWorkingGroupDirectoryGrain>(0).List(facilitator)).Count == 0)
        {
            await CreateDemoDataAsync(grains, facilitator, time);
        }

        var passwordNote = created || settings.Password is not null
            ? $"password: {password}"
            : "password: as printed at the first start (or set Demo__Password before the first start)";
        Console.WriteLine($"""

            CommunityPlanning is running at {baseUrl}
              Sign in as the demo facilitator: e-mail {settings.Email}, {passwordNote}
              Turn the demo off with Demo__Enabled=false.

            """);
        logger.LogInformation("Demo facilitator {Email} ready", settings.Email);
    }

    private static async Task CreateDemoDataAsync(IGrainFactory grains, Actor facilitator, TimeProvider time)
    {
        var group = grains.GetGrain<IWorkingGroupGrain>(Guid.NewGuid());
        await group.Create(facilitator, new WorkingGroupDraft(
            "Pracovní skupina pro seniory", TargetGroup.Seniors, "Komunitní plánování sociálních služeb pro seniory"));

        var vision = await LoadVisionAsync();
        var document = await group.CreateVisionDocument(facilitator, new VisionDocumentDraft(vision.Title, vision.Sections));

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), PragueTime.Zone).DateTime);
        var nextWeek = today.AddDays(7).ToDateTime(new TimeOnly(13, 0));
        await group.CreateMeeting(facilitator, new MeetingDraft(
            "Setkání pracovní skupiny – vize", nextWeek, "Krajský úřad Libereckého kraje, U Jezu 642/2a, Liberec", null, document.Id));
    }

    private static async Task<DemoVision> LoadVisionAsync()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Demo", "liberec-vision.json");
        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<DemoVision>(stream, JsonSerializerOptions.Web)
            ?? throw new InvalidDataException("Demo vision is empty.");
    }
}
