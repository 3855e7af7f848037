import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SectionSync } from "../../src/documents/sectionSync";
import { MAX_RETRIES, retryDelay, saving } from "../../src/live/saving";
import { TextOperation } from "../../src/text";
import type { EditAck } from "../../src/types";

const unavailable = () => new Error("An unexpected error occurred invoking 'SubmitEdit' on the server. HubException: cluster.unavailable");

/** A section whose server answers each submission as the test says: accepted once per operation id, or not now. */
function section() {
  const sent: { baseRevision: number; clientOpId: string; op: TextOperation; answer(ack: EditAck): void; fail(e: unknown): void }[] = [];
  const refused: unknown[] = [];
  const sync = new SectionSync({
    revision: 3,
    transport: {
      submit: (baseRevision, op, clientOpId) => new Promise<EditAck>((answer, fail) => sent.push({ baseRevision, op, clientOpId, answer, fail })),
      editsAfter: () => Promise.resolve([]),
    },
    applyToEditor: () => undefined,
    refused: (e) => refused.push(e),
  });
  return { sync, sent, refused };
}

const flush = () => vi.advanceTimersByTimeAsync(0);

describe("an edit the cluster could not take", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("is sent again by itself, same operation and id, after 250 ms, 500 ms, 1 s …, saying 'saving' until it is saved", async () => {
    const { sync, sent, refused } = section();
    sync.local(TextOperation.splice(10, 10, 0, "!"));
    expect(sent).toHaveLength(1);

    sent[0].fail(unavailable());
    await flush();
    expect(saving.value).toBe(true);
    await vi.advanceTimersByTimeAsync(249);
    expect(sent).toHaveLength(1); // waits before trying again
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toHaveLength(2);
    expect(sent[1]).toMatchObject({ baseRevision: 3, clientOpId: sent[0].clientOpId });
    expect(sent[1].op.toJSON()).toEqual(sent[0].op.toJSON());

    sent[1].fail(unavailable());
    await flush();
    await vi.advanceTimersByTimeAsync(retryDelay(1) - 1);
    expect(sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toHaveLength(3);

    sent[2].answer({ sectionId: "s", revision: 4 });
    await flush();
    expect(saving.value).toBe(false);
    expect(sync.synchronized).toBe(true);
    expect(refused).toEqual([]);
  });

  it("stops 'saving' when its own edit comes back as an event while it waits to retry, and is not sent again", async () => {
    const { sync, sent } = section();
    sync.local(TextOperation.splice(10, 10, 0, "!"));
    sent[0].fail(unavailable());
    await flush();
    expect(saving.value).toBe(true);

    // The first attempt did take effect after all: its event arrives.
    sync.receive({ documentId: "d", sectionId: "s", revision: 4, operation: sent[0].op.toJSON(), authorId: "me", clientOpId: sent[0].clientOpId });
    expect(saving.value).toBe(false);
    await vi.advanceTimersByTimeAsync(5000);
    expect(sent).toHaveLength(1);
  });

  it("counts as refused after about half a minute of retries: the section starts again from the server's text", async () => {
    const { sync, sent, refused } = section();
    sync.local(TextOperation.splice(10, 10, 0, "!"));
    for (let attempt = 0; attempt <= MAX_RETRIES; attempt++) {
      sent[attempt].fail(unavailable());
      await flush();
      await vi.advanceTimersByTimeAsync(retryDelay(attempt));
    }

    expect(sent).toHaveLength(MAX_RETRIES + 1);
    expect(refused).toHaveLength(1);
    expect(saving.value).toBe(false);
  });

  it("is refused at once for any other code, with no retry", async () => {
    const { sync, sent, refused } = section();
    sync.local(TextOperation.splice(10, 10, 0, "!"));
    sent[0].fail(new Error("HubException: document.locked"));
    await flush();
    await vi.advanceTimersByTimeAsync(5000);
    expect(sent).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(saving.value).toBe(false);
  });
});
