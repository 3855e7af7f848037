using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using CommunityPlanning.Web.Contract;
using CommunityPlanning.Web.Meetings;

namespace CommunityPlanning.Web.Tests.Contract;

/// <summary>The generated TypeScript contract says what the server really sends and takes.</summary>
public sealed partial class ContractTests
{
    private static readonly Lazy<string> Generated = new(ContractWriter.Generate);

    [Fact]
    public void Every_record_has_the_members_the_serializer_writes()
    {
        var options = WireJson.Hub();
        var interfaces = Interface().Matches(Generated.Value).ToList();
        Assert.True(interfaces.Count > 100, $"only {interfaces.Count} interfaces");
        foreach (Match declaration in interfaces)
        {
            var type = Type.GetType(TypeOfDeclaration(declaration.Groups["type"].Value), throwOnError: true)!;
            var members = Member().Matches(declaration.Groups["body"].Value).Select(m => m.Groups[1].Value);
            // A member marked [JsonIgnore] is never written (MeetingDetails.OnlineUrl: the video-call link stays on the server).
            var written = options.GetTypeInfo(type).Properties.Where(p => p.AttributeProvider?.IsDefined(typeof(JsonIgnoreAttribute), inherit: false) != true);
            Assert.Equal(written.Select(p => p.Name).Order(), members.Order());
        }
    }

    [Fact]
    public void Converters_nullability_and_computed_members_are_as_sent()
    {
        var text = Generated.Value;
        Assert.Contains("  operation: (number | string)[];", text); // TextOperationJsonConverter's compact form
        Assert.Contains("  running: boolean;", text); // MeetingTimer.Running, a computed property, is sent too
        Assert.Contains("  codes: JoinCardCodes;", text);
        Assert.Contains("export type MeetingRole = \"Observer\" | \"Participant\" | \"Facilitator\";", text);
        Assert.Contains("  GetBallot: { args: [meetingId: string, request: BallotRequest]; result: number[] | null };", text);
        Assert.Contains("  JoinMeeting: { args: [request: JoinMeetingRequest]; result: MeetingSnapshot };", text);
        Assert.Contains("  LeaveMeeting: { args: [meetingId: string]; result: void };", text);
        Assert.Contains("  presenceChanged: PresenceChanged;", text);
        Assert.Contains("export interface SignInRequest {", text); // an HTTP request body
        Assert.Contains("export interface WorkingGroupView {", text); // an HTTP response body
    }

    [Fact]
    public void Every_hub_method_has_its_name()
    {
        foreach (var method in HubContract.Methods)
        {
            Assert.Contains($"  {method.Name}: \"{method.Name}\",", Generated.Value);
        }

        Assert.Contains(nameof(MeetingHub.Execute), HubContract.Methods.Select(m => m.Name));
        Assert.DoesNotContain(nameof(MeetingHub.OnDisconnectedAsync), HubContract.Methods.Select(m => m.Name));
    }

    /// <summary>The comment above each declaration names its C# type (full name), of the web's or the grains' interfaces.</summary>
    private static string TypeOfDeclaration(string fullName) =>
        new[] { typeof(MeetingHub), typeof(CommunityPlanning.Meetings.MeetingEvent) }
            .Select(t => $"{fullName}, {t.Assembly.GetName().Name}").First(n => Type.GetType(n) is not null);

    [GeneratedRegex(@"/\*\* (?<type>[\w.+]+) \*/\nexport interface \w+ \{\n(?<body>(?:  .*\n)*)\}")]
    private static partial Regex Interface();

    [GeneratedRegex(@"^  (\w+):", RegexOptions.Multiline)]
    private static partial Regex Member();
}
