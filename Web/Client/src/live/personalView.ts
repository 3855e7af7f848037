import { useEffect, useRef, useState } from "preact/hooks";
import { errorMessage } from "../errors";

/**
 * The caller's own view of a part the broadcast shows only in part (hidden proposals, one's dots, unreleased
 * questions), read again whenever `changed` changes: one read at a time, and a change during a read reads once more,
 * so the last one wins. `null` while not read yet, or when `enabled` is false.
 */
export function usePersonalView<T>(read: () => Promise<T>, changed: readonly unknown[], fail: (message: string) => void, enabled = true): T | null {
  const [personal, setPersonal] = useState<T | null>(null);
  const fetching = useRef({ busy: false, again: false });
  useEffect(() => {
    if (!enabled) return;
    const f = fetching.current;
    if (f.busy) {
      f.again = true;
      return;
    }
    f.busy = true;
    void (async () => {
      try {
        let view: T;
        do {
          f.again = false;
          view = await read();
        } while (f.again);
        setPersonal(view);
      } catch (e) {
        fail(errorMessage(e));
      } finally {
        f.busy = false;
      }
    })();
  }, [...changed, enabled]);
  return enabled ? personal : null;
}
