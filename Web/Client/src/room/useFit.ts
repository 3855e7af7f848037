import type { RefObject } from "preact";
import { useLayoutEffect } from "preact/hooks";

/** The smallest scale the type goes down to; below it the content would no longer be read from the back. */
const SMALLEST = 0.4;
const STEPS = 7;

/**
 * Scales the type of the element's content (its CSS property --fit, 1 at most) down until nothing overflows it, so
 * a long question, many options or a section's growing text never needs scrolling. It fits again whenever the content
 * or the size changes (a MutationObserver sees a section's live text however it was rendered).
 */
export function useFit(ref: RefObject<HTMLElement>): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const overflows = () => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1;
    const fit = () => {
      el.style.setProperty("--fit", "1");
      if (!overflows()) return;
      let low = SMALLEST;
      let high = 1;
      for (let i = 0; i < STEPS; i++) {
        const middle = (low + high) / 2;
        el.style.setProperty("--fit", String(middle));
        if (overflows()) high = middle;
        else low = middle;
      }
      el.style.setProperty("--fit", String(low));
    };
    fit();
    let pending = 0;
    const later = () => {
      cancelAnimationFrame(pending);
      pending = requestAnimationFrame(fit);
    };
    const mutations = new MutationObserver(later);
    mutations.observe(el, { subtree: true, childList: true, characterData: true });
    const sizes = new ResizeObserver(later);
    sizes.observe(el);
    return () => {
      cancelAnimationFrame(pending);
      mutations.disconnect();
      sizes.disconnect();
    };
  }, []);
}
