using CommunityPlanning.Common;

namespace CommunityPlanning.Meetings;

/// <summary>The rules of the speakers' list: hands raised and lowered, the order, the floor and who spoke how long.</summary>
public static class SpeakerQueue
{
    public const int MaxTurnsKept = 2_000;
    public const int MaxLimitSeconds = 60 * 60;

    /// <summary>Raises a hand; raising it again (or while speaking) changes nothing.</summary>
    public static Speakers Raise(Speakers speakers, Guid participantId, DateTimeOffset now) =>
        speakers.Queue.Any(h => h.ParticipantId == participantId) || speakers.Floor?.ParticipantId == participantId
            ? speakers
            : speakers with { Queue = [.. speakers.Queue, new RaisedHand(participantId, now)] };

    public static Speakers Lower(Speakers speakers, Guid participantId) =>
        speakers with { Queue = [.. speakers.Queue.Where(h => h.ParticipantId != participantId)] };

    public static Speakers Reorder(Speakers speakers, IReadOnlyList<Guid>? order)
    {
        var queued = speakers.Queue.ToDictionary(h => h.ParticipantId);
        if (order is null || order.Count != queued.Count || order.Distinct().Count() != order.Count || !order.All(queued.ContainsKey))
        {
            throw new DomainException(ErrorCodes.InvalidValue, "the new order must list exactly the raised hands");
        }

        return speakers with { Queue = [.. order.Select(id => queued[id])] };
    }

    /// <summary>Ends the current turn (booking it) and gives the floor to someone, taking them off the queue.</summary>
    public static Speakers Give(Speakers speakers, Guid participantId, DateTimeOffset now)
    {
        var ended = End(speakers, now);
        return ended with
        {
            Queue = [.. ended.Queue.Where(h => h.ParticipantId != participantId)],
            Floor = new Floor(participantId, now, ended.LimitSeconds),
        };
    }

    public static Speakers End(Speakers speakers, DateTimeOffset now)
    {
        if (speakers.Floor is not { } floor)
        {
            return speakers;
        }

        var turn = new SpeakingTurn(floor.ParticipantId, floor.Since, (long)Math.Max(0, (now - floor.Since).TotalMilliseconds));
        return speakers with { Floor = null, Turns = [.. speakers.Turns.TakeLast(MaxTurnsKept - 1), turn] };
    }

    public static Speakers SetLimit(Speakers speakers, int? seconds) =>
        seconds is null or (> 0 and <= MaxLimitSeconds)
            ? speakers with { LimitSeconds = seconds }
            : throw new DomainException(ErrorCodes.InvalidValue, $"limit 1–{MaxLimitSeconds} seconds");

    /// <summary>Someone left the meeting for good: off the queue, and off the floor.</summary>
    public static Speakers Without(Speakers speakers, Guid participantId, DateTimeOffset now)
    {
        var lowered = Lower(speakers, participantId);
        return lowered.Floor?.ParticipantId == participantId ? End(lowered, now) : lowered;
    }
}
