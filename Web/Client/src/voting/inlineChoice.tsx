import type { ComponentChildren } from "preact";
import { useLayoutEffect, useRef } from "preact/hooks";
import { useId } from "../ui/uniqueId";

/**
 * A question asked inline in a poll before it closes: a titled, described group whose buttons the caller gives;
 * Escape is the same as the caller's cancel. Asking moves the focus to its first button; inline, so nothing traps
 * the keyboard and live updates of the poll leave it as it is.
 */
export function InlineChoice({ id, className, title, text, cancel, children }: { id: string; className: string; title: string; text: string; cancel(): void; children: ComponentChildren }) {
  const own = useId();
  const group = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => group.current?.querySelector("button")?.focus(), []);
  return (
    <div
      ref={group}
      class={className}
      id={id}
      role="group"
      aria-labelledby={`${own}-title`}
      aria-describedby={`${own}-text`}
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          cancel();
        }
      }}
    >
      <h4 id={`${own}-title`}>{title}</h4>
      <p id={`${own}-text`}>{text}</p>
      {children}
    </div>
  );
}
