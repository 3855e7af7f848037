import { HubConnectionState, type HubConnection } from "@microsoft/signalr";
import { describe, expect, it } from "vitest";
import { MeetingChannel, type ChannelListener } from "../../src/live/meetingChannel";
import type { MeetingEvent } from "../../src/live/events";
import type { MeetingState } from "../../src/live/meetingState";
import type { MeetingSnapshot } from "../../src/types";
import { meetingId, snapshot } from "./fixtures";

/** Plays the meeting hub: answers invocations from a script and lets the test push events. */
class FakeHub {
  readonly invoked: string[] = [];
  /** The arguments of every JoinMeeting call. */
  readonly joins: unknown[] = [];
  private reconnected?: () => void;
  private readonly handlers = new Map<string, ((data: unknown) => void)[]>();
  private readonly pendingSnapshots: ((s: MeetingSnapshot) => void)[] = [];
  state = HubConnectionState.Disconnected;

  constructor(private readonly joinSnapshot: MeetingSnapshot) {}

  on(name: string, handler: (data: unknown) => void): void {
    this.handlers.set(name, [...(this.handlers.get(name) ?? []), handler]);
  }
  off(): void {}
  onreconnecting(): void {}
  onreconnected(handler: () => void): void {
    this.reconnected = handler;
  }
  /** Plays SignalR's automatic reconnect having found a server again. */
  reconnect(): void {
    this.reconnected?.();
  }
  onclose(): void {}
  /** Set to refuse start() as a proxy that blocks WebSockets would. */
  refuse = false;

  async start(): Promise<void> {
    if (this.refuse) throw new Error("WebSocket failed to connect.");
    this.state = HubConnectionState.Connected;
  }
  async stop(): Promise<void> {}

  invoke(method: string, ...args: unknown[]): Promise<unknown> {
    this.invoked.push(method);
    if (method === "JoinMeeting") this.joins.push(args[0]);
    switch (method) {
      case "JoinMeeting":
        return Promise.resolve(this.joinSnapshot);
      case "GetServerTime":
        return Promise.resolve("2026-05-26T11:00:00+00:00");
      case "GetSnapshot":
        return new Promise((resolve) => this.pendingSnapshots.push(resolve as (s: MeetingSnapshot) => void));
      default:
        return Promise.reject(new Error(`unexpected ${method}`));
    }
  }

  emit(name: string, data: unknown): void {
    for (const handler of this.handlers.get(name) ?? []) handler(data);
  }

  /** Answers the oldest GetSnapshot call. */
  answerSnapshot(s: MeetingSnapshot): void {
    this.pendingSnapshots.shift()!(s);
  }

  get snapshotsAsked(): number {
    return this.invoked.filter((m) => m === "GetSnapshot").length;
  }
}

class RecordingListener implements ChannelListener {
  readonly states: { state: MeetingState; events: MeetingEvent[] }[] = [];
  readonly errors: unknown[] = [];
  state(state: MeetingState, events: MeetingEvent[]): void {
    this.states.push({ state, events });
  }
  status(): void {}
  error(error: unknown): void {
    this.errors.push(error);
  }
  get last(): MeetingState {
    return this.states[this.states.length - 1].state;
  }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("MeetingChannel", () => {
  it("on meetingResync drops what it holds, fetches a snapshot once and goes on from it", async () => {
    const hub = new FakeHub(snapshot(5));
    const listener = new RecordingListener();
    const channel = new MeetingChannel(meetingId, listener, () => hub as unknown as HubConnection);
    await channel.start();
    expect(listener.last.seq).toBe(5);

    hub.emit("audienceChanged", { meetingId, seq: 6, watching: 3 });
    expect(listener.last.watching).toBe(3);

    // The server dropped events 7–40 for this client; it says so once the client reads again.
    hub.emit("meetingResync", { meetingId: "another-meeting" });
    expect(hub.snapshotsAsked).toBe(0);
    hub.emit("meetingResync", { meetingId });
    hub.emit("meetingResync", { meetingId });
    expect(hub.snapshotsAsked).toBe(1);

    // Events after the drop arrive before the snapshot: held back, not applied on top of the stale state.
    hub.emit("audienceChanged", { meetingId, seq: 42, watching: 9 });
    expect(listener.last.seq).toBe(6);

    hub.answerSnapshot({ ...snapshot(41), watching: 8 });
    await flush();
    expect(listener.last.seq).toBe(42);
    expect(listener.last.watching).toBe(9);
    expect(listener.errors).toEqual([]);

    hub.emit("audienceChanged", { meetingId, seq: 43, watching: 10 });
    expect(listener.last.watching).toBe(10);
  });

  it("joins again after an automatic reconnect, saying it is a rejoin (a failover the server counts)", async () => {
    const hub = new FakeHub(snapshot(5));
    const channel = new MeetingChannel(meetingId, new RecordingListener(), () => hub as unknown as HubConnection);
    await channel.start();

    hub.reconnect();
    await flush();

    expect(hub.joins).toEqual([
      { meetingId, ticket: null, rejoin: false },
      { meetingId, ticket: null, rejoin: true },
    ]);
  });

  it("connects straight to a WebSocket and negotiates only when that is refused, keeping every handler", async () => {
    const refused = new FakeHub(snapshot(5));
    refused.refuse = true;
    const negotiated = new FakeHub(snapshot(5));
    const made: boolean[] = [];
    const listener = new RecordingListener();
    const channel = new MeetingChannel(meetingId, listener, (direct) => {
      made.push(direct);
      return (direct ? refused : negotiated) as unknown as HubConnection;
    });
    const comments: unknown[] = [];
    channel.on("commentChanged", (data) => comments.push(data));

    await channel.start();

    expect(made).toEqual([true, false]);
    expect(negotiated.invoked).toContain("JoinMeeting");
    negotiated.emit("audienceChanged", { meetingId, seq: 6, watching: 3 });
    negotiated.emit("commentChanged", { documentId: "d" });
    expect(listener.last.watching).toBe(3);
    expect(comments).toEqual([{ documentId: "d" }]);
  });

  it("gives up when a negotiated connection fails too", async () => {
    const hub = new FakeHub(snapshot(5));
    hub.refuse = true;
    const channel = new MeetingChannel(meetingId, new RecordingListener(), () => hub as unknown as HubConnection);
    await expect(channel.start()).rejects.toThrow("WebSocket failed to connect.");
  });
});
