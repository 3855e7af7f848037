import { h, uid } from "../dom";

/**
 * A question asked inline in a poll before it closes: a titled, described group whose buttons the caller gives;
 * Escape is the same as the caller's cancel. Inline, so live updates of the list keep it (its buttons carry focus
 * keys) and nothing traps the keyboard.
 */
export function inlineChoice(
  options: { id: string; className: string; title: string; text: string; cancel(): void },
  ...buttons: HTMLElement[]
): HTMLElement {
  const titleId = uid("choice");
  const textId = uid("choice-text");
  return h(
    "div",
    {
      class: options.className,
      id: options.id,
      role: "group",
      "aria-labelledby": titleId,
      "aria-describedby": textId,
      onkeydown: (event: Event) => {
        if ((event as KeyboardEvent).key === "Escape") {
          event.preventDefault();
          options.cancel();
        }
      },
    },
    h("h4", { id: titleId }, options.title),
    h("p", { id: textId }, options.text),
    ...buttons,
  );
}
