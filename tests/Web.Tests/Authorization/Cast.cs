using CommunityPlanning.Accounts;
using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Accounts;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;
using CommunityPlanning.WorkingGroups;

namespace CommunityPlanning.Web.Tests.Authorization;

/// <summary>
/// The people every world shares: signed-in organizers (signing in hashes a password, too slow to repeat per cell),
/// the facilitator of another meeting with that meeting's ticket, and an account anyone may sign in as.
/// </summary>
public sealed class Cast
{
    public const string SignInPassword = "heslo-pro-prihlaseni-v-matici";

    private Cast(EmbeddedAppFixture app) => App = app;

    public EmbeddedAppFixture App { get; }

    public Uri BaseUri => App.Host.BaseUri;

    public IGrainFactory Grains => App.Host.Grains;

    public ApiClient Admin { get; private set; } = null!;

    public OrganizerAccount AdminAccount { get; private set; } = null!;

    public Actor AdminActor => Actor.Organizer(AdminAccount.Id, true, AdminAccount.DisplayName);

    public ApiClient Manager { get; private set; } = null!;

    public OrganizerAccount ManagerAccount { get; private set; } = null!;

    public ApiClient OtherOrganizer { get; private set; } = null!;

    /// <summary>The ticket of someone who joined another meeting by a Facilitator invite.</summary>
    public string OtherMeetingTicket { get; private set; } = "";

    /// <summary>An account whose password everyone knows, to sign in with.</summary>
    public string SignInEmail { get; } = $"prihlaseni-{Guid.NewGuid():N}@obec.example";

    public static async Task<Cast> CreateAsync(EmbeddedAppFixture app)
    {
        var cast = new Cast(app)
        {
            Admin = await app.SignedInAdminAsync(),
            Manager = await app.SignedInOrganizerAsync("Správkyně skupiny"),
            OtherOrganizer = await app.SignedInOrganizerAsync("Organizátor jiné skupiny"),
        };
        cast.AdminAccount = await cast.Admin.GetAsync<OrganizerAccount>("/api/auth/me");
        cast.ManagerAccount = await cast.Manager.GetAsync<OrganizerAccount>("/api/auth/me");
        await cast.OtherOrganizer.PostAsync<WorkingGroupDetails>("/api/working-groups", new { name = "Jiná skupina", targetGroup = "Seniors" });
        await AccountBootstrap.EnsureAccountAsync(app.Host.Grains, cast.SignInEmail, "Přihlašovaná", SignInPassword, isAdministrator: false);

        var otherMeeting = await MeetingSetup.CreateMeetingAsync(cast.Admin);
        using var visitor = app.NewClient();
        cast.OtherMeetingTicket = (await MeetingSetup.JoinAsync(cast.Admin, visitor, otherMeeting.Id, MeetingRole.Facilitator, "Facilitátorka jiného setkání")).Ticket;
        return cast;
    }

    /// <summary>The cookie a role signs in with, if any.</summary>
    public ApiClient? SignedIn(Role role) => role switch
    {
        Role.OrganizerOfAnotherGroup => OtherOrganizer,
        Role.OrganizerOfTheGroup => Manager,
        Role.Administrator => Admin,
        _ => null,
    };

    /// <summary>
    /// A new account of the role's kind, signed in on a client of its own: for calls that end sessions or change the
    /// password, which must not touch the shared accounts. A manager's one manages the world's group too.
    /// </summary>
    public async Task<ApiClient> OwnAccountAsync(Role role, World world)
    {
        var email = $"vlastni-{Guid.NewGuid():N}@obec.example";
        await AccountBootstrap.EnsureAccountAsync(Grains, email, "Vlastní účet", SignInPassword, isAdministrator: role == Role.Administrator);
        var client = App.NewClient();
        await client.SignInAsync(email, SignInPassword);
        var account = await client.GetAsync<OrganizerAccount>("/api/auth/me");
        if (role == Role.OrganizerOfTheGroup)
        {
            var response = await Admin.PutAsync($"/api/working-groups/{world.GroupId}/managers", new { accountIds = new[] { ManagerAccount.Id, account.Id } });
            response.EnsureSuccessStatusCode();
        }
        else if (role == Role.OrganizerOfAnotherGroup)
        {
            await client.PostAsync<WorkingGroupDetails>("/api/working-groups", new { name = "Jeho skupina", targetGroup = "Seniors" });
        }

        return client;
    }

    /// <summary>Invites an organizer account as the administrator; the link's one-time token is after the '#'.</summary>
    public async Task<AccountLinkView> InviteAccountAsync(string email) =>
        await Admin.PostAsync<AccountLinkView>("/api/accounts", new { email, displayName = "Pozvaná organizátorka", isAdministrator = false });
}
