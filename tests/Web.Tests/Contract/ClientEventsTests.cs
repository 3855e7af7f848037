using System.Reflection;
using System.Runtime.CompilerServices;
using CommunityPlanning.Documents;
using CommunityPlanning.Documents.Text;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Documents;
using CommunityPlanning.Web.Meetings;

namespace CommunityPlanning.Web.Tests.Contract;

/// <summary>The event table (<see cref="ClientEvents"/>) is whole: every name is in it with its record, and the relays send every one.</summary>
public sealed class ClientEventsTests
{
    private static readonly Guid Id = Guid.NewGuid();

    [Fact]
    public void Every_event_name_has_its_record_in_the_table()
    {
        var names = typeof(ClientEvents).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);
        Assert.Equal(names.Order(), ClientEvents.Payloads.Keys.Order());
    }

    [Fact]
    public void Every_meeting_event_is_relayed_under_its_name()
    {
        var types = typeof(MeetingEvent).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(MeetingEvent)) && !t.IsAbstract).ToList();
        Assert.NotEmpty(types);
        foreach (var type in types)
        {
            var name = ClientEvents.NameOf((MeetingEvent)RuntimeHelpers.GetUninitializedObject(type));
            Assert.True(name is not null, $"{type.Name} has no client event name (add it to ClientEvents)");
            Assert.Equal(type, ClientEvents.Payloads[name]);
        }
    }

    [Fact]
    public void Every_name_is_produced_by_a_relay_with_the_record_the_table_says()
    {
        var edit = new AcceptedEdit(Id, 1, TextOperation.Splice(0, 0, 0, "a"), Id, "op1", DateTimeOffset.UnixEpoch);
        DocumentEvent[] documentEvents =
        [
            new TextEdited(Id, edit),
            new CaretMoved(Id, Id, "Anna", new CaretPosition(Id, 0, 0, 1)),
            Uninitialized<LockChanged>(),
            // Whole records: the viewers' round takes the names out of them (DocumentPublicView).
            new CommentChanged(Id, new Comment(Id, Id, 0, 1, 1, "a", Id, "Anna", "text", DateTimeOffset.UnixEpoch, CommentStatus.Open, [])),
            new WordingAdopted(Id, new AdoptedWording(1, DateTimeOffset.UnixEpoch, Id, "Anna", [])),
        ];
        var produced = RelayRound.Messages(documentEvents, viewer: false).Concat(RelayRound.Messages(documentEvents, viewer: true))
            .Concat(typeof(MeetingEvent).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(MeetingEvent)) && !t.IsAbstract)
                .Select(t => (MeetingEvent)RuntimeHelpers.GetUninitializedObject(t))
                .Select(e => (Method: ClientEvents.NameOf(e)!, Payload: (object)e)))
            .ToList();
        // The two catch-up messages are sent by the relays' outboxes, not in a round.
        produced.Add((ClientEvents.MeetingResync, new MeetingResync(Id)));
        produced.Add((ClientEvents.DocumentSnapshot, Uninitialized<DocumentSnapshot>()));

        foreach (var (name, payload) in ClientEvents.Payloads)
        {
            var sent = produced.Where(m => m.Method == name).ToList();
            Assert.True(sent.Count > 0, $"no relay sends {name}");
            Assert.All(sent, m => Assert.IsType(payload, m.Payload));
        }
    }

    private static T Uninitialized<T>() => (T)RuntimeHelpers.GetUninitializedObject(typeof(T));
}
