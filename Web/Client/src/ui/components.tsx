import { cloneElement, type ComponentChildren, type VNode } from "preact";
import { useCallback, useLayoutEffect, useRef, useState } from "preact/hooks";
import { errorMessage } from "../errors";

/**
 * A labelled form field: the label names the control given its id (components' counterpart of forms.ts `field`);
 * a hint, if any, describes the control (its one child).
 */
export function Field({ id, label, required, hint, children }: { id: string; label: string; required?: boolean; hint?: string; children: ComponentChildren }) {
  return (
    <div class="field">
      <label for={id}>
        {label}
        {required ? <span class="required" aria-hidden="true"> *</span> : null}
      </label>
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {hint ? cloneElement(children as VNode, { "aria-describedby": `${id}-hint` }) : children}
    </div>
  );
}

/**
 * A message area announced at once by screen readers (role="alert"), always in the page so the message is heard;
 * `run` clears it, runs an action and shows its failure.
 */
export function useAlert(): { message: string; run: (action: () => Promise<unknown>) => Promise<void>; show: (message: string) => void } {
  const [message, setMessage] = useState("");
  const run = useCallback(async (action: () => Promise<unknown>) => {
    setMessage("");
    try {
      await action();
    } catch (e) {
      setMessage(errorMessage(e));
    }
  }, []);
  return { message, run, show: setMessage };
}

export function Alert({ message }: { message: string }) {
  return (
    <div role="alert" class="alert">
      {message}
    </div>
  );
}

/**
 * An element built outside Preact (a panel made with dom.ts's `h()`, the CodeMirror editor) mounted once: Preact
 * never re-renders what is inside, so the panel's own state and focus stay.
 */
export function Mount({ el }: { el: HTMLElement | null | undefined }) {
  const host = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (el) host.current!.replaceChildren(el);
    else host.current!.replaceChildren();
  }, [el]);
  return <div class="mount" ref={host} />;
}
