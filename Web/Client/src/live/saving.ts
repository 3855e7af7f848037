import { signal } from "@preact/signals";

/**
 * Edits the server could not take now (`cluster.unavailable`: a silo died or restarts) and that are being sent again:
 * while any are, the live bar says "saving…" rather than nothing (docs/protocol.md, "Errors").
 */
const retrying = new Set<object>();

/** True while some edit waits for its retry. */
export const saving = signal(false);

/** Marks whether `owner` (a section's sync) has an edit waiting to be sent again. */
export function markRetrying(owner: object, on: boolean): void {
  if (on) retrying.add(owner);
  else retrying.delete(owner);
  saving.value = retrying.size > 0;
}

/** The codes after which a submission is sent again, unchanged and under the same operation id (the server takes it once). */
export const RETRYABLE = new Set(["cluster.unavailable"]);

/** Milliseconds before retry number `attempt` (0-based): 250 ms doubling to at most 2 s. */
export function retryDelay(attempt: number): number {
  return Math.min(250 * 2 ** attempt, 2000);
}

/** After this many retries (about half a minute) the edit counts as refused: the section starts again from the server's text. */
export const MAX_RETRIES = 20;
