import { TextOperation } from "./textOperation";

/** A local operation sent to the server and not yet acknowledged; the id lets the server deduplicate. */
export interface PendingOperation {
  readonly op: TextOperation;
  readonly clientOpId: string;
}

/**
 * The three states of server-sequenced OT on the client:
 * - synchronized: nothing in flight;
 * - awaitingConfirm: one operation sent, waiting for the server's acknowledgement;
 * - awaitingWithBuffer: one operation in flight plus local edits composed into a buffer, sent after the ack.
 */
export type OtClientState =
  | { readonly kind: "synchronized" }
  | { readonly kind: "awaitingConfirm"; readonly outstanding: PendingOperation }
  | { readonly kind: "awaitingWithBuffer"; readonly outstanding: PendingOperation; readonly buffer: TextOperation };

export interface OtClientOptions {
  /** The server revision the editor's text corresponds to (number of operations in the server history). */
  revision: number;
  /** Sends a local operation based on `revision` (transport is up to the caller). */
  send(revision: number, op: TextOperation, clientOpId: string): void;
  /** Applies a (transformed) remote operation to the editor's text. */
  applyToEditor(op: TextOperation): void;
  /** Makes a unique id for each operation sent; defaults to a random UUID. */
  newClientOpId?: () => string;
}

/**
 * The client side of server-sequenced OT, independent of any transport. The server's history is the total
 * order; the client keeps at most one operation in flight. A server operation is transformed with the
 * server's operation as the first argument (it was accepted first, so its inserts win ties), matching the
 * server, which transforms an incoming operation against its history the same way.
 */
export class OtClient {
  private currentRevision: number;
  private currentState: OtClientState = { kind: "synchronized" };
  private readonly options: OtClientOptions;
  private readonly newId: () => string;

  constructor(options: OtClientOptions) {
    this.options = options;
    this.currentRevision = options.revision;
    this.newId = options.newClientOpId ?? (() => globalThis.crypto.randomUUID());
  }

  get revision(): number {
    return this.currentRevision;
  }

  get state(): OtClientState {
    return this.currentState;
  }

  /** A local edit, already applied to the editor. Sends it, or buffers it while another one is in flight. */
  applyClient(op: TextOperation): void {
    const state = this.currentState;
    switch (state.kind) {
      case "synchronized": {
        const outstanding = { op, clientOpId: this.newId() };
        this.currentState = { kind: "awaitingConfirm", outstanding };
        this.options.send(this.currentRevision, outstanding.op, outstanding.clientOpId);
        break;
      }
      case "awaitingConfirm":
        this.currentState = { kind: "awaitingWithBuffer", outstanding: state.outstanding, buffer: op };
        break;
      case "awaitingWithBuffer":
        this.currentState = {
          kind: "awaitingWithBuffer",
          outstanding: state.outstanding,
          buffer: TextOperation.compose(state.buffer, op),
        };
        break;
    }
  }

  /**
   * An operation from the server (the next one in its history). Transforms it against the local operations
   * not yet in that history, applies the result to the editor and returns it. When `clientOpId` is this
   * client's outstanding operation (e.g. replayed history after a reconnect), it counts as the acknowledgement
   * and nothing is applied (returns `null`).
   */
  applyServer(op: TextOperation, clientOpId?: string): TextOperation | null {
    const state = this.currentState;
    if (clientOpId !== undefined && state.kind !== "synchronized" && state.outstanding.clientOpId === clientOpId) {
      this.serverAck(clientOpId);
      return null;
    }
    this.currentRevision++;
    let toApply: TextOperation;
    switch (state.kind) {
      case "synchronized":
        toApply = op;
        break;
      case "awaitingConfirm": {
        const [serverPrime, outstandingPrime] = TextOperation.transform(op, state.outstanding.op);
        this.currentState = {
          kind: "awaitingConfirm",
          outstanding: { op: outstandingPrime, clientOpId: state.outstanding.clientOpId },
        };
        toApply = serverPrime;
        break;
      }
      case "awaitingWithBuffer": {
        const [serverPrime, outstandingPrime] = TextOperation.transform(op, state.outstanding.op);
        const [serverPrime2, bufferPrime] = TextOperation.transform(serverPrime, state.buffer);
        this.currentState = {
          kind: "awaitingWithBuffer",
          outstanding: { op: outstandingPrime, clientOpId: state.outstanding.clientOpId },
          buffer: bufferPrime,
        };
        toApply = serverPrime2;
        break;
      }
    }
    this.options.applyToEditor(toApply);
    return toApply;
  }

  /**
   * `count` consecutive server operations composed into one. Only while nothing is in flight: a local operation
   * the server may have put among them could not be transformed against their composition.
   */
  applyServerComposed(op: TextOperation, count: number): void {
    if (this.currentState.kind !== "synchronized") throw new Error("composed server operations need a synchronized client");
    this.currentRevision += count;
    this.options.applyToEditor(op);
  }

  /**
   * The server accepted the outstanding operation. Sends the buffer next, if any. With `clientOpId`, an
   * acknowledgement for another operation (a duplicate after a resend) is ignored.
   */
  serverAck(clientOpId?: string): void {
    const state = this.currentState;
    if (state.kind === "synchronized") return;
    if (clientOpId !== undefined && clientOpId !== state.outstanding.clientOpId) return;
    this.currentRevision++;
    if (state.kind === "awaitingConfirm") {
      this.currentState = { kind: "synchronized" };
      return;
    }
    const outstanding = { op: state.buffer, clientOpId: this.newId() };
    this.currentState = { kind: "awaitingConfirm", outstanding };
    this.options.send(this.currentRevision, outstanding.op, outstanding.clientOpId);
  }

  /**
   * After a reconnect: first feed the server's missed history through {@link applyServer} (with the
   * client operation ids, so an already accepted outstanding operation is recognized), then call this. It sends
   * the outstanding operation again with the same id, transformed to the current revision; the server
   * applies it once even if the first send did arrive.
   */
  resend(): void {
    const state = this.currentState;
    if (state.kind === "synchronized") return;
    this.options.send(this.currentRevision, state.outstanding.op, state.outstanding.clientOpId);
  }
}
