/**
 * Re-renders a container without losing the keyboard focus: an element marked `data-focus-key` that had the
 * focus gets it back in the new content (live updates must not throw a keyboard user out of a list).
 */
export function keepingFocus(container: HTMLElement, render: () => void): void {
  const active = document.activeElement;
  const key = active instanceof HTMLElement && container.contains(active) ? active.dataset.focusKey : undefined;
  render();
  if (key) container.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`)?.focus();
}
