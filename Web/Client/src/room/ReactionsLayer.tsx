import { useEffect, useRef, useState } from "preact/hooks";
import type { Reaction, ReactionCount, ReactionsBurst } from "../contract.generated";
import { EMOJI } from "../audience/wordCloud";
import { formatNumber } from "../format";
import { t } from "../i18n";

/** How long one emoji floats (room.css `room-float`), and at most how many of one burst float (a flood stays calm). */
const FLOAT_MS = 3000;
const MAX_PER_REACTION = 4;
const MAX_PER_BURST = 12;

interface Floating {
  id: number;
  reaction: Reaction;
  left: number;
  delay: number;
}

const reducedMotion = () => typeof matchMedia === "function" && matchMedia("(prefers-reduced-motion: reduce)").matches;

/**
 * The reactions over the room screen: each burst's emoji float up and fade (a few per kind, whatever the counts), and
 * a corner keeps the last minute's counts as text. With reduced motion nothing floats; the counts still change.
 */
export function ReactionsLayer({ burst }: { burst: ReactionsBurst | undefined }) {
  const [floating, setFloating] = useState<Floating[]>([]);
  const next = useRef(0);
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());
  useEffect(() => () => timers.current.forEach(clearTimeout), []);
  useEffect(() => {
    if (!burst || reducedMotion()) return;
    const spawned = burst.counts
      .flatMap((c) => Array.from({ length: Math.min(c.count, MAX_PER_REACTION) }, () => c.reaction))
      .slice(0, MAX_PER_BURST)
      .map((reaction, i) => ({ id: next.current++, reaction, left: 5 + Math.random() * 85, delay: i * 120 }));
    const ids = new Set(spawned.map((f) => f.id));
    setFloating((f) => [...f, ...spawned]);
    // Each burst's emoji go when they have floated, whatever came after them.
    const done = setTimeout(() => {
      timers.current.delete(done);
      setFloating((f) => f.filter((x) => !ids.has(x.id)));
    }, FLOAT_MS + MAX_PER_BURST * 120);
    timers.current.add(done);
  }, [burst]);
  return (
    <div class="room-reactions">
      <div class="room-reactions-float" aria-hidden="true">
        {floating.map((f) => (
          <span key={f.id} class="room-reaction" style={{ left: `${f.left}%`, animationDelay: `${f.delay}ms` }}>
            {EMOJI[f.reaction]}
          </span>
        ))}
      </div>
      <LastMinute counts={burst?.lastMinute ?? []} />
    </div>
  );
}

function LastMinute({ counts }: { counts: readonly ReactionCount[] }) {
  if (counts.length === 0) return null;
  return (
    <ul class="room-reactions-minute" aria-label={t("reactions.lastMinute")} data-room="reactions">
      {counts.map((c) => (
        <li key={c.reaction}>
          <span aria-hidden="true">{EMOJI[c.reaction]}</span>
          <span class="visually-hidden">{t(`reactions.${c.reaction}`)}</span> {formatNumber(c.count)}
        </li>
      ))}
    </ul>
  );
}
