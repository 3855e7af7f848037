import { HttpTransportType, HubConnectionBuilder, HubConnectionState, LogLevel, type HubConnection, type IRetryPolicy } from "@microsoft/signalr";
import { ClientEvents, Hub, MEETING_EVENT_NAMES, type ClientEventName, type ClientEventPayloads, type HubMethod, type HubMethods } from "../contract.generated";
import type { MeetingPhase, MeetingSnapshot } from "../types";
import type { MeetingEvent } from "./events";
import type { MeetingState } from "./meetingState";
import { MeetingSequencer } from "./sequencer";
import { ServerClock } from "./serverClock";
import { readTicket } from "./tickets";

export type ChannelStatus = "connecting" | "connected" | "reconnecting" | "disconnected";

/** What another part of the page (the document) needs of the meeting's connection. */
export interface MeetingHubAccess {
  /** Calls a hub method by its generated name (Hub.X), with its arguments and result as the server declares them. */
  invoke<M extends HubMethod>(method: M, ...args: HubMethods[M]["args"]): Promise<HubMethods[M]["result"]>;
  /** Subscribes to a hub event (ClientEvents.X); returns what unsubscribes. */
  on<E extends ClientEventName>(event: E, handler: (data: ClientEventPayloads[E]) => void): () => void;
  /** Called after every (re)join, once the new meeting snapshot is in; returns what unsubscribes. */
  onJoined(handler: () => void): () => void;
}

export interface ChannelListener {
  /** The state changed (snapshot taken or events applied); `events` are the applied events, empty for a snapshot. */
  state(state: MeetingState, events: MeetingEvent[]): void;
  status(status: ChannelStatus): void;
  /** A failure outside a caller's own request (joining again after a reconnect, fetching a snapshot). */
  error(error: unknown): void;
}

/** Keeps retrying, at most every 30 seconds, so a long workshop survives network trouble. */
const retryForever: IRetryPolicy = {
  nextRetryDelayInMilliseconds: (context) => Math.min(30_000, [0, 1_000, 2_000, 5_000, 10_000][context.previousRetryCount] ?? 30_000),
};

/**
 * The meeting hub's connection. Direct: straight to a WebSocket, without SignalR's negotiate request first (one round
 * trip less, half a second on a phone network); otherwise negotiated, which finds a transport that gets through where
 * WebSockets are refused on the way (some proxies).
 */
export function hubConnection(direct: boolean): HubConnection {
  return new HubConnectionBuilder()
    .withUrl("/hubs/meeting", direct ? { skipNegotiation: true, transport: HttpTransportType.WebSockets } : {})
    .withAutomaticReconnect(retryForever)
    .configureLogging(LogLevel.Warning)
    .build();
}

/** The live connection to one meeting over the meeting hub (/hubs/meeting). */
export class MeetingChannel implements MeetingHubAccess {
  private connection: HubConnection;
  private direct = true;
  /** Every hub event handler, so a negotiated connection that replaces the direct one gets them too. */
  private readonly handlers: [string, (...args: unknown[]) => void][] = [];
  private readonly joinedHandlers: (() => void)[] = [];
  /** The server's clock, measured at connect and after every reconnect. */
  readonly clock = new ServerClock();
  private readonly sequencer = new MeetingSequencer();
  private disposed = false;
  private fetchingSnapshot = false;

  /** @param connect makes the hub's connection (direct or negotiated); tests pass one that plays the server. */
  constructor(
    private readonly meetingId: string,
    private readonly listener: ChannelListener,
    private readonly connect: (direct: boolean) => HubConnection = hubConnection,
  ) {
    this.connection = this.open(connect(true));

    for (const name of MEETING_EVENT_NAMES) {
      this.on(name, (data) => this.onEvent({ kind: name, data } as MeetingEvent));
    }
    // The server dropped events this client was too slow to take: start again from a snapshot.
    this.on(ClientEvents.MeetingResync, (data) => {
      if (data.meetingId === this.meetingId) {
        this.sequencer.reset();
        void this.refresh();
      }
    });
  }

  /** Attaches the connection's lifecycle and every event handler so far. */
  private open(connection: HubConnection): HubConnection {
    for (const [event, handler] of this.handlers) connection.on(event, handler);
    connection.onreconnecting(() => {
      this.sequencer.reset();
      this.clock.forget();
      this.listener.status("reconnecting");
    });
    connection.onreconnected(() => {
      // Server state is per connection: join again and start from a fresh snapshot.
      this.join(true).then(
        () => {
          this.listener.status("connected");
          for (const handler of this.joinedHandlers) handler();
        },
        (e) => this.listener.error(e),
      );
    });
    connection.onclose(() => {
      if (!this.disposed) {
        this.listener.status("disconnected");
      }
    });
    return connection;
  }

  /** Connects and joins the meeting; rejects with the hub's error (e.g. "HubException: forbidden"). */
  async start(): Promise<MeetingState> {
    this.listener.status("connecting");
    if (this.connection.state === HubConnectionState.Disconnected) {
      try {
        await this.connection.start();
      } catch (error) {
        if (!this.direct) throw error;
        // No WebSocket got through: negotiate, once for this page, and keep that connection.
        this.direct = false;
        this.connection = this.open(this.connect(false));
        await this.connection.start();
      }
    }
    const state = await this.join();
    this.listener.status("connected");
    return state;
  }

  async stop(): Promise<void> {
    this.disposed = true;
    await this.connection.stop();
  }

  invoke<M extends HubMethod>(method: M, ...args: HubMethods[M]["args"]): Promise<HubMethods[M]["result"]> {
    return this.connection.invoke(method, ...args);
  }

  on<E extends ClientEventName>(event: E, handler: (data: ClientEventPayloads[E]) => void): () => void {
    const listener = handler as (...args: unknown[]) => void;
    const entry: [string, (...args: unknown[]) => void] = [event, listener];
    this.handlers.push(entry);
    this.connection.on(event, listener);
    return () => {
      this.handlers.splice(this.handlers.indexOf(entry) >>> 0, 1);
      this.connection.off(event, listener);
    };
  }

  onJoined(handler: () => void): () => void {
    this.joinedHandlers.push(handler);
    return () => this.joinedHandlers.splice(this.joinedHandlers.indexOf(handler) >>> 0, 1);
  }

  changePhase(phase: MeetingPhase): Promise<unknown> {
    return this.invoke(Hub.ChangePhase, this.meetingId, phase);
  }

  /** @param rejoin after a lost connection: the server counts these as failovers. */
  private async join(rejoin = false): Promise<MeetingState> {
    this.sequencer.reset();
    const ticket = readTicket(this.meetingId);
    const snapshot = await this.invoke(Hub.JoinMeeting, { meetingId: this.meetingId, ticket, rejoin });
    this.clock.seed(snapshot.serverTime, Date.now());
    void this.clock.measure(() => this.invoke(Hub.GetServerTime)).catch(() => undefined); // the seed will do
    return this.takeSnapshot(snapshot);
  }

  private takeSnapshot(snapshot: MeetingSnapshot): MeetingState {
    const result = this.sequencer.snapshot(snapshot);
    const state = this.sequencer.state!;
    this.listener.state(state, result.applied);
    if (result.needsSnapshot) {
      void this.refresh();
    }
    return state;
  }

  private onEvent(event: MeetingEvent): void {
    if (event.data.meetingId !== this.meetingId) {
      return;
    }
    const result = this.sequencer.receive(event);
    if (result.applied.length > 0) {
      this.listener.state(this.sequencer.state!, result.applied);
    }
    if (result.needsSnapshot) {
      void this.refresh();
    }
  }

  private async refresh(): Promise<void> {
    if (this.fetchingSnapshot) {
      return;
    }
    this.fetchingSnapshot = true;
    try {
      const snapshot = await this.invoke(Hub.GetSnapshot, this.meetingId);
      this.fetchingSnapshot = false;
      this.takeSnapshot(snapshot);
    } catch (e) {
      this.fetchingSnapshot = false;
      this.listener.error(e);
    }
  }
}
