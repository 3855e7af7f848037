import type { ClientEventPayloads, MEETING_EVENT_NAMES } from "../contract.generated";

// The events of a meeting the hub sends (Web/Meetings/ClientEvents.cs), tagged with their name; their names and
// payloads are generated from the C# records (src/contract.generated.ts).

export type MeetingEventName = (typeof MEETING_EVENT_NAMES)[number];

export type MeetingEvent = { [K in MeetingEventName]: { kind: K; data: ClientEventPayloads[K] } }[MeetingEventName];

export function seqOf(event: MeetingEvent): number {
  return event.data.seq;
}
