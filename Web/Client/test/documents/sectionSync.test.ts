import { describe, expect, it } from "vitest";
import { SectionSync } from "../../src/documents/sectionSync";
import { TextOperation } from "../../src/text";
import type { EditAck, TextEditedMessage } from "../../src/types";

/** A server section in miniature: its history, and submissions answered when the test says so. */
class FakeServer {
  readonly history: TextEditedMessage[] = [];
  readonly submitted: { baseRevision: number; op: TextOperation; clientOpId: string; answer: (ack: EditAck) => void; fail: (e: unknown) => void }[] = [];
  text: string;
  /** How often a client asked for edits (GetEdits). */
  fetches = 0;

  constructor(text: string) {
    this.text = text;
  }

  /** Sequences an operation based on `baseRevision` as the server does (transform past the later history). */
  accept(baseRevision: number, op: TextOperation, clientOpId: string, authorId = "other"): TextEditedMessage {
    const existing = this.history.find((e) => e.clientOpId === clientOpId);
    if (existing) return existing;
    let transformed = op;
    for (const edit of this.history.slice(baseRevision)) transformed = TextOperation.transform(transformed, TextOperation.fromJSON(edit.operation))[0];
    this.text = transformed.apply(this.text);
    const edit = { documentId: "d", sectionId: "s", revision: this.history.length + 1, operation: transformed.toJSON(), authorId, clientOpId };
    this.history.push(edit);
    return edit;
  }

  transport() {
    return {
      submit: (baseRevision: number, op: TextOperation, clientOpId: string) =>
        new Promise<EditAck>((answer, fail) => this.submitted.push({ baseRevision, op, clientOpId, answer, fail })),
      editsAfter: (revision: number) => (this.fetches++, Promise.resolve(this.history.slice(revision))),
    };
  }
}

function client(server: FakeServer) {
  const editor = { text: server.text };
  const refused: unknown[] = [];
  const sync = new SectionSync({
    revision: server.history.length,
    transport: server.transport(),
    applyToEditor: (op) => (editor.text = op.apply(editor.text)),
    refused: (e) => refused.push(e),
  });
  const type = (position: number, text: string) => {
    const op = TextOperation.splice(editor.text.length, position, 0, text);
    editor.text = op.apply(editor.text);
    sync.local(op);
  };
  return { editor, sync, type, refused };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("SectionSync", () => {
  it("knows where the others place its caret: at the end of its last acknowledged edit, moved by later edits", async () => {
    const server = new FakeServer("Vize");
    const me = client(server);
    expect(me.sync.ownCaret()).toBeNull();
    me.type(4, " lidí");
    expect(me.sync.ownCaret()).toBeNull(); // not acknowledged yet: nobody has it
    const sent = server.submitted[0];
    me.sync.receive(server.accept(sent.baseRevision, sent.op, sent.clientOpId, "me"));
    expect(me.sync.ownCaret()).toEqual({ revision: 1, position: 9 });

    me.sync.receive(server.accept(1, TextOperation.splice(9, 0, 0, "Naše "), "other")); // someone types in front
    expect(me.editor.text).toBe("Naše Vize lidí");
    expect(me.sync.ownCaret()).toEqual({ revision: 1, position: 14 });
  });


  it("applies the server's edits in revision order, fetching the ones it missed", async () => {
    const server = new FakeServer("Vize");
    const me = client(server);
    const first = server.accept(0, TextOperation.splice(4, 4, 0, ":"), "a");
    const second = server.accept(1, TextOperation.splice(5, 5, 0, " lidé"), "b");
    const third = server.accept(2, TextOperation.splice(10, 0, 0, "Naše "), "c");

    me.sync.receive(third); // first and second never arrived
    await settle();
    me.sync.receive(first); // late duplicate
    me.sync.receive(second);

    expect(me.editor.text).toBe("Naše Vize: lidé");
    expect(me.sync.revision).toBe(3);
  });

  it("takes its own event as the acknowledgement, and a later answer changes nothing", async () => {
    const server = new FakeServer("ahoj");
    const me = client(server);
    me.type(4, "!");
    const sent = server.submitted[0];
    const own = server.accept(sent.baseRevision, sent.op, sent.clientOpId, "me");
    me.sync.receive(own);
    expect(me.sync.synchronized).toBe(true);
    sent.answer({ sectionId: "s", revision: own.revision });
    await settle();
    expect(me.sync.revision).toBe(1);
    expect(me.editor.text).toBe("ahoj!");
  });

  it("on an answer that overtook others' edits, fetches them and its own, in order", async () => {
    const server = new FakeServer("abc");
    const me = client(server);
    me.type(0, "X");
    const other = server.accept(0, TextOperation.splice(3, 3, 0, "Y"), "other");
    const sent = server.submitted[0];
    const own = server.accept(sent.baseRevision, sent.op, sent.clientOpId, "me");
    sent.answer({ sectionId: "s", revision: own.revision }); // events for revisions 1 and 2 not yet here
    await settle();
    await settle();
    expect(me.sync.revision).toBe(2);
    expect(me.sync.synchronized).toBe(true);
    expect(me.editor.text).toBe(server.text);
    me.sync.receive(other);
    me.sync.receive(own);
    expect(me.editor.text).toBe("XabcY");
  });

  it("sends what was typed meanwhile after the acknowledgement, and converges with another writer", async () => {
    const server = new FakeServer("Lidé vědí.");
    const anna = client(server);
    const petr = client(server);
    const deliver = () => {
      for (const pending of server.submitted.splice(0)) {
        const edit = server.accept(pending.baseRevision, pending.op, pending.clientOpId);
        anna.sync.receive(edit);
        petr.sync.receive(edit);
        pending.answer({ sectionId: "s", revision: edit.revision });
      }
    };
    anna.type(0, "Ž");
    anna.type(1, "ijí ");
    petr.type(10, " Vždy");
    deliver();
    await settle();
    petr.type(petr.editor.text.length, "!");
    deliver();
    await settle();
    deliver();
    await settle();
    expect(anna.editor.text).toBe(server.text);
    expect(petr.editor.text).toBe(server.text);
    expect(server.text).toBe("Žijí Lidé vědí. Vždy!");
  });

  it("resends the operation in flight after a reconnect, once", async () => {
    const server = new FakeServer("text");
    const me = client(server);
    me.type(4, "y");
    const lost = server.submitted[0];
    me.sync.disconnected();
    lost.fail(new Error("Invocation canceled due to the underlying connection being closed."));
    await me.sync.rejoined();
    const again = server.submitted[1];
    expect(again.clientOpId).toBe(lost.clientOpId);
    const edit = server.accept(again.baseRevision, again.op, again.clientOpId, "me");
    me.sync.receive(edit);
    expect(me.sync.synchronized).toBe(true);
    expect(server.text).toBe("texty");
    expect(me.refused).toEqual([]);
  });

  it("reports a refusal by the server", async () => {
    const server = new FakeServer("text");
    const me = client(server);
    me.type(0, "x");
    server.submitted[0].fail(new Error("An unexpected error occurred invoking 'SubmitEdit' on the server. HubException: document.locked"));
    await settle();
    expect(me.refused).toHaveLength(1);
  });

  it("maps remote positions through the edits since its revision and the local ones in flight", () => {
    const server = new FakeServer("abcdef");
    const me = client(server);
    const edit = server.accept(0, TextOperation.splice(6, 0, 0, "12"), "o"); // "12abcdef"
    me.sync.receive(edit);
    me.type(0, "XYZ"); // in flight: "XYZ12abcdef"
    expect(me.sync.mapPositions(0, [2, 4], [true, true])).toEqual([7, 9]); // "cd" of the old text
    expect(me.sync.mapPositions(1, [0, 0], [true, false])).toEqual([3, 0]); // the insert at 0 goes before or after
    expect(me.sync.mapPositions(2, [0], [true])).toBeNull(); // a revision this client has not seen
  });

  it("applies composed changes in revision order and maps positions only from their boundaries", async () => {
    const server = new FakeServer("Vize");
    const viewer = client(server);
    const edits = [server.accept(0, TextOperation.splice(4, 4, 0, "!"), "a"), server.accept(1, TextOperation.splice(5, 0, 0, "Naše "), "b")];
    const third = server.accept(2, TextOperation.splice(10, 10, 0, "?"), "c");
    const composed = TextOperation.compose(TextOperation.fromJSON(edits[0].operation), TextOperation.fromJSON(edits[1].operation));
    viewer.sync.receiveChange({ sectionId: "s", fromRevision: 3, toRevision: 3, operation: third.operation, carets: [] });
    expect(viewer.sync.revision).toBe(0); // waits for revisions 1-2
    viewer.sync.receiveChange({ sectionId: "s", fromRevision: 1, toRevision: 2, operation: composed.toJSON(), carets: [] });
    await settle();
    expect(viewer.editor.text).toBe("Naše Vize!?");
    expect(viewer.sync.revision).toBe(3);
    expect(viewer.sync.mapPositions(0, [2], [true])).toEqual([7]); // from before the composed step
    expect(viewer.sync.mapPositions(1, [2], [true])).toBeNull(); // inside it: a newer position will come
    expect(viewer.sync.mapPositions(2, [5], [true])).toEqual([5]);
  });

  it("fetches a composed change that began before its revision once, and then forgets it", async () => {
    const server = new FakeServer("Vize");
    const edits = [server.accept(0, TextOperation.splice(4, 4, 0, "!"), "a"), server.accept(1, TextOperation.splice(5, 0, 0, "Naše "), "b")];
    const viewer = client(server); // from a snapshot at revision 2, as after OpenDocument or documentSnapshot
    const third = server.accept(2, TextOperation.splice(10, 10, 0, "?"), "c");
    const composed = [edits[1], third].map((e) => TextOperation.fromJSON(e.operation)).reduce((a, b) => TextOperation.compose(a, b));

    viewer.sync.receiveChange({ sectionId: "s", fromRevision: 2, toRevision: 3, operation: composed.toJSON(), carets: [] });
    await settle();
    const fourth = server.accept(3, TextOperation.splice(11, 11, 0, " "), "d");
    viewer.sync.receiveChange({ sectionId: "s", fromRevision: 4, toRevision: 4, operation: fourth.operation, carets: [] });
    await settle();

    expect(viewer.editor.text).toBe("Naše Vize!? ");
    expect(viewer.sync.revision).toBe(4);
    expect(server.fetches).toBe(1); // the next change followed on: nothing to fetch
  });

  it("with its own edit in flight, fetches single edits instead of applying a composed change", async () => {
    const server = new FakeServer("Vize");
    const me = client(server);
    me.type(4, "!");
    const [mine] = server.submitted;
    const other = server.accept(0, TextOperation.splice(4, 0, 0, "Naše "), "x");
    const own = server.accept(mine.baseRevision, mine.op, mine.clientOpId, "me");
    const composed = TextOperation.compose(TextOperation.fromJSON(other.operation), TextOperation.fromJSON(own.operation));
    me.sync.receiveChange({ sectionId: "s", fromRevision: 1, toRevision: 2, operation: composed.toJSON(), carets: [] });
    await settle();
    expect(me.editor.text).toBe(server.text);
    expect(me.editor.text).toBe("Naše Vize!");
    expect(me.sync.revision).toBe(2);
    expect(me.sync.synchronized).toBe(true);
  });
});
