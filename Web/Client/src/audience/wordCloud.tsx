import type { Reaction, WordCount } from "../contract.generated";
import { formatNumber } from "../format";

/** The reactions in the order buttons and the room screen show them, with their emoji. */
export const REACTIONS: readonly Reaction[] = ["ThumbsUp", "Heart", "Clap", "Laugh", "Surprised", "Thinking"];

export const EMOJI: Record<Reaction, string> = {
  ThumbsUp: "👍",
  Heart: "❤️",
  Clap: "👏",
  Laugh: "😂",
  Surprised: "😮",
  Thinking: "🤔",
};

/** A size step from 1 to 5: by the square root of the share of the most given word, so a single answer stays readable. */
export function wordSize(count: number, max: number): number {
  return max <= 0 ? 1 : 1 + Math.round(4 * Math.sqrt(count / max));
}

/**
 * The cloud as a list (the words in the server's order, most given first), each sized by its count; the count is there
 * as text for screen readers, so the list is its own data.
 */
export function WordCloudWords({ words, label }: { words: readonly WordCount[]; label: string }) {
  const max = words.reduce((m, w) => Math.max(m, w.count), 0);
  return (
    <ul class="word-cloud" aria-label={label}>
      {words.map((w) => (
        <li key={w.word} class={`word word-size-${wordSize(w.count, max)}`}>
          {w.word}
          <span class="visually-hidden"> ({formatNumber(w.count)})</span>
        </li>
      ))}
    </ul>
  );
}
