import { describe, expect, it } from "vitest";
import { OtClient, TextOperation } from "../../src/text";
import { Rng, randomOperation } from "./random";

interface Sent {
  revision: number;
  op: string;
  clientOpId: string;
}

function makeClient(text: string, revision = 0) {
  const sent: Sent[] = [];
  const editor = { text };
  let n = 0;
  const client = new OtClient({
    revision,
    send: (rev, op, clientOpId) => sent.push({ revision: rev, op: op.toString(), clientOpId }),
    applyToEditor: (op) => {
      editor.text = op.apply(editor.text);
    },
    newClientOpId: () => `c-${++n}`,
  });
  const edit = (op: TextOperation) => {
    editor.text = op.apply(editor.text);
    client.applyClient(op);
  };
  return { client, sent, editor, edit };
}

const splice = (length: number, pos: number, del: number, ins: string) => TextOperation.splice(length, pos, del, ins);

describe("OtClient state machine", () => {
  it("sends the first edit, buffers the next ones and sends the buffer after the ack", () => {
    const { client, sent, edit } = makeClient("kůň");
    edit(splice(3, 3, 0, "!"));
    expect(client.state.kind).toBe("awaitingConfirm");
    expect(sent).toEqual([{ revision: 0, op: '[3,"!"]', clientOpId: "c-1" }]);

    edit(splice(4, 0, 0, "Ž"));
    edit(splice(5, 1, 0, "l"));
    expect(client.state.kind).toBe("awaitingWithBuffer");
    expect(sent).toHaveLength(1);

    client.serverAck();
    expect(client.revision).toBe(1);
    expect(client.state.kind).toBe("awaitingConfirm");
    expect(sent[1]).toEqual({ revision: 1, op: '["Žl",4]', clientOpId: "c-2" });

    client.serverAck();
    expect(client.state.kind).toBe("synchronized");
    expect(client.revision).toBe(2);
  });

  it("applies a server operation directly when synchronized", () => {
    const { client, editor } = makeClient("ahoj");
    const applied = client.applyServer(splice(4, 4, 0, " světe"));
    expect(applied?.toString()).toBe('[4," světe"]');
    expect(editor.text).toBe("ahoj světe");
    expect(client.revision).toBe(1);
  });

  it("transforms a server operation against outstanding and buffer; the server's insert wins the tie", () => {
    const { client, editor, edit, sent } = makeClient("ab");
    edit(splice(2, 1, 0, "X")); // outstanding: aXb
    edit(splice(3, 3, 0, "Z")); // buffer: aXbZ
    const applied = client.applyServer(splice(2, 1, 0, "Y")); // the server accepted Y first at the same place
    expect(editor.text).toBe("aYXbZ");
    expect(applied?.toString()).toBe('[1,"Y",3]');
    client.serverAck();
    // The buffer was transformed too and is sent against revision 2.
    expect(sent[1]).toEqual({ revision: 2, op: '[4,"Z"]', clientOpId: "c-2" });
  });

  it("treats its own operation in replayed history as the acknowledgement", () => {
    const { client, edit } = makeClient("");
    edit(splice(0, 0, 0, "a"));
    expect(client.applyServer(TextOperation.parse('["a"]'), "c-1")).toBeNull();
    expect(client.state.kind).toBe("synchronized");
    expect(client.revision).toBe(1);
  });

  it("resends the transformed outstanding operation with the same id after a reconnect", () => {
    const { client, edit, sent } = makeClient("ab");
    edit(splice(2, 2, 0, "!"));
    client.applyServer(splice(2, 0, 0, "<")); // missed while offline, replayed on reconnect
    client.resend();
    expect(sent[1]).toEqual({ revision: 1, op: '[3,"!"]', clientOpId: "c-1" });
  });

  it("ignores an acknowledgement for another operation", () => {
    const { client, edit } = makeClient("");
    edit(splice(0, 0, 0, "a"));
    client.serverAck("someone-else");
    expect(client.state.kind).toBe("awaitingConfirm");
    client.serverAck("c-1");
    expect(client.state.kind).toBe("synchronized");
  });
});

// ---------------------------------------------------------------------------------------------
// Simulation: clients with random network delays and disconnects edit one text through a tiny
// server that transforms incoming operations against its history and drops duplicate client ids.

interface HistoryEntry {
  op: TextOperation;
  clientOpId: string;
}

class SimServer {
  text: string;
  readonly history: HistoryEntry[] = [];
  private readonly seen = new Set<string>();

  constructor(text: string) {
    this.text = text;
  }

  /** Returns the operation as appended to the history, or null for a duplicate. */
  receive(revision: number, op: TextOperation, clientOpId: string): TextOperation | null {
    if (this.seen.has(clientOpId)) return null;
    if (revision > this.history.length) throw new Error("revision from the future");
    let incoming = op;
    for (const entry of this.history.slice(revision)) {
      // The history operation was accepted first: it is `a`.
      incoming = TextOperation.transform(entry.op, incoming)[1];
    }
    this.text = incoming.apply(this.text);
    this.history.push({ op: incoming, clientOpId });
    this.seen.add(clientOpId);
    return incoming;
  }
}

interface Message {
  at: number;
  seq: number;
  epoch: number;
  deliver: () => void;
  toServer: boolean;
  clientIndex: number;
  keepOnDisconnect?: boolean;
}

function simulate(seed: number, clientCount: number, steps: number) {
  const rng = new Rng(seed);
  const initial = "Příliš žluťoučký kůň úpěl ďábelské ódy 👍";
  const server = new SimServer(initial);
  let now = 0;
  let seq = 0;
  let queue: Message[] = [];
  const stats = { sent: 0, duplicates: 0, dropped: 0, reconnects: 0 };

  interface Sim {
    text: string;
    client: OtClient;
    connected: boolean;
    epoch: number;
    lastToServer: number;
    lastToClient: number;
  }
  const sims: Sim[] = [];

  const enqueue = (m: Omit<Message, "at" | "seq">, sim: Sim) => {
    const delay = 1 + rng.int(20);
    const last = m.toServer ? sim.lastToServer : sim.lastToClient;
    const at = Math.max(last, now + delay); // FIFO per connection and direction
    if (m.toServer) sim.lastToServer = at;
    else sim.lastToClient = at;
    queue.push({ ...m, at, seq: seq++ });
  };

  const broadcast = (op: TextOperation, clientOpId: string, author: number) => {
    sims.forEach((sim, i) => {
      if (!sim.connected) return; // catches up on reconnect
      const epoch = sim.epoch;
      const deliver =
        i === author ? () => sim.client.serverAck(clientOpId) : () => sim.client.applyServer(op, clientOpId);
      enqueue({ epoch, toServer: false, clientIndex: i, deliver }, sim);
    });
  };

  for (let i = 0; i < clientCount; i++) {
    let counter = 0;
    const sim: Sim = {
      text: initial,
      connected: true,
      epoch: 0,
      lastToServer: 0,
      lastToClient: 0,
      client: undefined as unknown as OtClient,
    };
    sim.client = new OtClient({
      revision: 0,
      newClientOpId: () => `client${i}-${++counter}`,
      applyToEditor: (op) => {
        sim.text = op.apply(sim.text);
      },
      send: (revision, op, clientOpId) => {
        stats.sent++;
        if (!sim.connected) {
          stats.dropped++;
          return;
        }
        const payload = JSON.stringify(op); // over the wire in the compact form
        enqueue(
          {
            epoch: sim.epoch,
            toServer: true,
            clientIndex: i,
            deliver: () => {
              const accepted = server.receive(revision, TextOperation.parse(payload), clientOpId);
              if (accepted === null) stats.duplicates++;
              else broadcast(accepted, clientOpId, i);
            },
          },
          sim,
        );
      },
    });
    sims.push(sim);
  }

  const deliverDue = (until: number) => {
    queue.sort((x, y) => x.at - y.at || x.seq - y.seq);
    while (queue.length > 0 && queue[0].at <= until) {
      const m = queue.shift()!;
      const sim = sims[m.clientIndex];
      if (!m.toServer && (m.epoch !== sim.epoch || !sim.connected)) continue; // lost with the connection
      if (m.toServer && m.epoch !== sim.epoch && !m.keepOnDisconnect) continue;
      m.deliver();
      queue.sort((x, y) => x.at - y.at || x.seq - y.seq);
    }
  };

  const reconnect = (sim: Sim) => {
    stats.reconnects++;
    sim.connected = true;
    sim.epoch++;
    sim.lastToClient = now;
    sim.lastToServer = now;
    for (const entry of server.history.slice(sim.client.revision)) {
      sim.client.applyServer(entry.op, entry.clientOpId);
    }
    sim.client.resend();
  };

  for (let step = 0; step < steps; step++) {
    now++;
    deliverDue(now);
    const sim = sims[rng.int(sims.length)];
    const roll = rng.next();
    if (roll < 0.35) {
      const op = randomOperation(rng, sim.text, 3);
      if (!op.isIdentity) {
        sim.text = op.apply(sim.text);
        sim.client.applyClient(op);
      }
    } else if (roll < 0.36 && sim.connected) {
      sim.connected = false;
      // Messages already on their way to the server may still arrive (or not).
      for (const m of queue) {
        if (m.toServer && m.clientIndex === sims.indexOf(sim)) m.keepOnDisconnect = rng.next() < 0.5;
      }
      sim.epoch++;
    } else if (roll < 0.45 && !sim.connected) {
      reconnect(sim);
    }
  }

  for (const sim of sims) if (!sim.connected) reconnect(sim);
  for (let round = 0; round < 1000 && queue.length > 0; round++) {
    now += 100;
    deliverDue(now);
  }

  return { server, sims, stats, queueLeft: queue.length };
}

describe("OT simulation: clients with random delays and reconnects converge", () => {
  it.each([
    [1, 3, 2000],
    [2, 4, 3000],
    [3, 5, 3000],
    [4, 2, 5000],
  ])("seed %i, %i clients, %i steps", (seed, clients, steps) => {
    const { server, sims, stats, queueLeft } = simulate(seed, clients, steps);
    expect(queueLeft).toBe(0);
    for (const sim of sims) {
      expect(sim.client.state.kind).toBe("synchronized");
      expect(sim.client.revision).toBe(server.history.length);
      expect(sim.text).toBe(server.text);
    }
    expect(server.history.length).toBeGreaterThan(50);
    expect(stats.reconnects).toBeGreaterThan(0);
  });

  it("exercises duplicate suppression", () => {
    let duplicates = 0;
    for (let seed = 10; seed < 20; seed++) {
      const { server, sims, stats } = simulate(seed, 3, 1500);
      duplicates += stats.duplicates;
      for (const sim of sims) expect(sim.text).toBe(server.text);
    }
    expect(duplicates).toBeGreaterThan(0);
  });
});
