import { useCallback, useRef, useState } from "preact/hooks";
import { useId } from "../ui/uniqueId";
import { t, tn } from "../i18n";
import { dotsLeft, fitted, mayAdd, mayRemove, step, type DotLimits } from "./dotBudget";

/** One voter's dots over several options, kept while they press − and +. */
export interface Dots {
  values: ReadonlyMap<string, number>;
  limits: DotLimits;
  press(key: string, delta: 1 | -1): void;
  /** Takes an allocation from elsewhere (the server's, a saved ballot); the voter starts over from it. */
  set(entries: Iterable<[string, number]>): void;
  /** The voter's saved dots, arriving later; ignored once the voter has pressed anything. */
  load(entries: Iterable<[string, number]>): void;
  /** Forgets options no longer there (merged or removed). */
  keep(keys: ReadonlySet<string>): void;
}

export function useDots(limits: DotLimits): Dots {
  const [values, setValues] = useState<ReadonlyMap<string, number>>(() => new Map());
  const touched = useRef(false);
  const current = useRef(limits);
  current.current = limits;
  const set = useCallback((entries: Iterable<[string, number]>) => {
    touched.current = false;
    setValues(fitted(entries, current.current));
  }, []);
  const load = useCallback((entries: Iterable<[string, number]>) => {
    if (!touched.current) setValues(fitted(entries, current.current));
  }, []);
  const keep = useCallback((keys: ReadonlySet<string>) => {
    setValues((v) => ([...v.keys()].every((k) => keys.has(k)) ? v : new Map([...v].filter(([k]) => keys.has(k)))));
  }, []);
  return {
    values,
    limits,
    press: (key, delta) => {
      touched.current = true;
      setValues((v) => step(v, key, delta, current.current));
    },
    set,
    load,
    keep,
  };
}

/**
 * The − and + of one option (no number box to type too much into). The buttons name their option; one that cannot
 * be used is aria-disabled rather than disabled, so the focus stays on it when the last dot is placed.
 */
export function DotStepper({ dots, option, label, showLabel = true }: { dots: Dots; option: string; label: string; showLabel?: boolean }) {
  const id = useId();
  const count = dots.values.get(option) ?? 0;
  const button = (delta: 1 | -1, text: string, name: string, allowed: boolean) => (
    <button
      type="button"
      class="stepper"
      aria-label={t(name, { option: label })}
      aria-describedby={`${id}-count`}
      aria-disabled={!allowed}
      onClick={() => dots.press(option, delta)}
    >
      {text}
    </button>
  );
  return (
    <div class="dot-stepper" role="group" aria-labelledby={`${id}-label ${id}-count`}>
      <span class={showLabel ? "dot-label" : "visually-hidden"} id={`${id}-label`}>
        {label}
      </span>
      {button(-1, "−", "dots.remove", mayRemove(dots.values, option))}
      <span class="dot-count" id={`${id}-count`}>
        {tn("dots.count", count)}
      </span>
      {button(1, "+", "dots.add", mayAdd(dots.values, option, dots.limits))}
    </div>
  );
}

/** The dots left, a polite live region; <c>forSomeone</c>: someone else's dots, entered on their behalf. */
export function DotsLeft({ dots, forSomeone = false }: { dots: Dots; forSomeone?: boolean }) {
  const left = dotsLeft(dots.values.values(), dots.limits);
  return (
    <p class="dots-left" aria-live="polite">
      {forSomeone ? tn("dots.leftFor", left, { total: dots.limits.total }) : tn("dots.left", left, { total: dots.limits.total })}
    </p>
  );
}
