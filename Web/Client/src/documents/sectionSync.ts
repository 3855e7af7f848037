import { errorCode } from "../errors";
import { MAX_RETRIES, markRetrying, RETRYABLE, retryDelay } from "../live/saving";
import { OtClient, TextOperation } from "../text";
import type { EditAck, TextChangeMessage, TextEditedMessage } from "../types";

/** How many of the server's recent operations are kept to move remote carets sent at older revisions. */
const RECENT_OPERATIONS = 500;

export interface SectionTransport {
  submit(baseRevision: number, op: TextOperation, clientOpId: string): Promise<EditAck>;
  editsAfter(revision: number): Promise<TextEditedMessage[]>;
}

export interface SectionSyncOptions {
  revision: number;
  transport: SectionTransport;
  /** Applies a (transformed) remote operation to the editor. */
  applyToEditor(op: TextOperation): void;
  /** The server refused an edit (locked, meeting ended, …): the section must start again from the server's text. */
  refused(error: unknown): void;
  /** Nothing of this client's is in flight any more. */
  settled?(): void;
}

/** Server revisions `from`..`to` as one operation: one edit (with its author's id), or several composed. */
interface ServerStep {
  from: number;
  to: number;
  operation: (number | string)[];
  clientOpId?: string;
}

/**
 * One section's end of server-sequenced OT: feeds the server's edits to the OT client in revision order
 * (fetching any it missed), sends local edits, and maps remote carets into the editor's text.
 */
export class SectionSync {
  private readonly client: OtClient;
  /** Steps that came before the ones they follow, by their first revision. */
  private readonly early = new Map<number, ServerStep>();
  private readonly recent: { from: number; to: number; op: TextOperation }[] = [];
  /** Where this client's last acknowledged edit left its caret, at that edit's revision. */
  private ownEnd: { revision: number; position: number } | null = null;
  private fetching = false;
  private connected = true;
  /** The retries of the edit in flight after `cluster.unavailable`: its operation id and how many so far. */
  private retry: { clientOpId: string; attempt: number; timer: ReturnType<typeof setTimeout> | null } | null = null;

  constructor(private readonly options: SectionSyncOptions) {
    this.client = new OtClient({
      revision: options.revision,
      send: (revision, op, clientOpId) => this.send(revision, op, clientOpId),
      applyToEditor: options.applyToEditor,
    });
  }

  get revision(): number {
    return this.client.revision;
  }

  get synchronized(): boolean {
    return this.client.state.kind === "synchronized";
  }

  /** A local edit, already in the editor. */
  local(op: TextOperation): void {
    this.client.applyClient(op);
  }

  /** An edit from a `textEdits` event (or an item of `GetEdits`). */
  receive(edit: TextEditedMessage): void {
    this.step({ from: edit.revision, to: edit.revision, operation: edit.operation, clientOpId: edit.clientOpId });
  }

  /** Edits composed by the server (a `textChanges` item, sent to read-only clients). */
  receiveChange(change: TextChangeMessage): void {
    this.step({ from: change.fromRevision, to: change.toRevision, operation: change.operation });
  }

  /** The server says this client missed events: fetch what is missing. */
  behind(): void {
    void this.catchUp();
  }

  private step(step: ServerStep): void {
    if (step.to <= this.client.revision) return;
    this.early.set(step.from, step);
    this.drain();
    if (this.early.size > 0) void this.catchUp();
  }

  /** The connection dropped: sending waits for {@link rejoined}. */
  disconnected(): void {
    this.connected = false;
    this.stopRetrying();
  }

  /** After a reconnect (document opened again): fetch what was missed, then resend what is in flight. */
  async rejoined(): Promise<void> {
    this.connected = true;
    this.early.clear();
    await this.catchUp();
    this.client.resend();
  }

  /**
   * Positions of the server's text at `revision` in this editor's text (carets, comment ranges); null when
   * this client has not seen that revision yet (a newer position will come) or it is too old to map.
   * `stickToEnd[i]` says whether text inserted exactly at position i goes before it.
   */
  mapPositions(revision: number, positions: readonly number[], stickToEnd: readonly boolean[]): number[] | null {
    if (revision > this.client.revision) return null;
    const since = this.recent.filter((r) => r.to > revision);
    // Only from a revision the client applied on its own (not inside a composed step), with nothing forgotten since.
    if (revision < this.client.revision && since[0]?.from !== revision + 1) return null;
    const ops = since.map((r) => r.op);
    const state = this.client.state;
    if (state.kind !== "synchronized") ops.push(state.outstanding.op);
    if (state.kind === "awaitingWithBuffer") ops.push(state.buffer);
    return positions.map((position, i) => ops.reduce((p, op) => op.mapPosition(p, stickToEnd[i]), position));
  }

  /**
   * Where the others place this client's caret after its last acknowledged edit (of `revision`): at the edit's
   * end (see TextOperation.changeEnd), moved by the edits since, as a position of the editor's text; null when
   * there is none or it is too old to map.
   */
  ownCaret(): { revision: number; position: number } | null {
    if (!this.ownEnd) return null;
    const mapped = this.mapPositions(this.ownEnd.revision, [this.ownEnd.position], [true]);
    return mapped ? { revision: this.ownEnd.revision, position: mapped[0] } : null;
  }

  private drain(): void {
    for (let next = this.early.get(this.client.revision + 1); next; next = this.early.get(this.client.revision + 1)) {
      this.early.delete(next.from);
      const op = TextOperation.fromJSON(next.operation);
      if (next.to > next.from) {
        // Composed steps cannot be transformed against one's own edit in flight: fetch the single edits.
        if (!this.synchronized) {
          void this.catchUp();
          return;
        }
        this.remember(next.from, next.to, op);
        this.client.applyServerComposed(op, next.to - next.from + 1);
        continue;
      }
      this.remember(next.from, next.to, op);
      const wasPending = !this.synchronized;
      const state = this.client.state;
      if (state.kind !== "synchronized" && state.outstanding.clientOpId === next.clientOpId) {
        this.ownEdit(next.from, op);
        if (this.retry?.clientOpId === next.clientOpId) this.stopRetrying(); // a retried edit came back: saved
      }
      this.client.applyServer(op, next.clientOpId);
      if (wasPending && this.synchronized) this.options.settled?.();
    }
    // A composed step that began before this client's revision (it opened or caught up from a snapshot in the
    // middle of it) was fetched as single edits; kept, it would look missing and cost a GetEdits at every step.
    for (const [from, early] of this.early) if (early.to <= this.client.revision) this.early.delete(from);
  }

  private async catchUp(): Promise<void> {
    if (this.fetching) return;
    this.fetching = true;
    try {
      for (const edit of await this.options.transport.editsAfter(this.client.revision)) {
        if (edit.revision > this.client.revision) this.early.set(edit.revision, { from: edit.revision, to: edit.revision, operation: edit.operation, clientOpId: edit.clientOpId });
      }
      this.drain();
    } catch (e) {
      const code = errorCode(e);
      if (RETRYABLE.has(code)) setTimeout(() => void this.catchUp(), retryDelay(2));
      else if (code !== "network") this.options.refused(e);
    } finally {
      this.fetching = false;
    }
  }

  private send(revision: number, op: TextOperation, clientOpId: string): void {
    if (!this.connected) return; // rejoined() resends it
    this.options.transport.submit(revision, op, clientOpId).then(
      (ack) => {
        this.stopRetrying();
        this.acknowledged(ack, clientOpId);
      },
      (e: unknown) => {
        const code = errorCode(e);
        // A dropped connection is retried by rejoined(); the cluster unable to answer now, by sending the same edit
        // again a moment later; anything else is the server saying no.
        if (code === "network") return;
        if (RETRYABLE.has(code) && this.scheduleRetry(clientOpId)) return;
        this.stopRetrying();
        this.options.refused(e);
      },
    );
  }

  /** Sends the edit in flight again after a pause, if it is still in flight; false once it has been tried too often. */
  private scheduleRetry(clientOpId: string): boolean {
    const attempt = this.retry?.clientOpId === clientOpId ? this.retry.attempt : 0;
    if (attempt >= MAX_RETRIES) return false;
    const timer = setTimeout(() => {
      const state = this.client.state;
      if (this.connected && state.kind !== "synchronized" && state.outstanding.clientOpId === clientOpId) this.client.resend();
      else this.stopRetrying();
    }, retryDelay(attempt));
    this.retry = { clientOpId, attempt: attempt + 1, timer };
    markRetrying(this, true);
    return true;
  }

  private stopRetrying(): void {
    if (this.retry?.timer) clearTimeout(this.retry.timer);
    this.retry = null;
    markRetrying(this, false);
  }

  private acknowledged(ack: EditAck, clientOpId: string): void {
    const state = this.client.state;
    if (state.kind === "synchronized" || state.outstanding.clientOpId !== clientOpId) return; // its event came first
    if (ack.revision === this.client.revision + 1) {
      this.remember(ack.revision, ack.revision, state.outstanding.op);
      this.ownEdit(ack.revision, state.outstanding.op);
      this.client.serverAck(clientOpId);
      if (this.synchronized) this.options.settled?.();
    } else {
      void this.catchUp(); // others' edits came in between: GetEdits brings them and ours, in order
    }
  }

  private ownEdit(revision: number, op: TextOperation): void {
    const position = op.changeEnd();
    if (position !== null) this.ownEnd = { revision, position };
  }

  private remember(from: number, to: number, op: TextOperation): void {
    this.recent.push({ from, to, op });
    if (this.recent.length > RECENT_OPERATIONS) this.recent.shift();
  }
}
