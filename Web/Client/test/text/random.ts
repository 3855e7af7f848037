import { TextOperation } from "../../src/text";

/** A small seeded PRNG (mulberry32) so property tests are reproducible. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, max). */
  int(max: number): number {
    return Math.floor(this.next() * max);
  }
}

const pieces = [
  "a", "á", "b", "c", "č", "d", "ď", "e", "é", "ě", "i", "í", "k", "l", "n", "ň", "o", "ó", "r", "ř",
  "s", "š", "t", "ť", "u", "ú", "ů", "y", "ý", "z", "ž", "P", "Ž", " ", " ", " ", "\n", ",", ".",
  "👍", "🎉", "😀", "🇨🇿",
];

/** Czech-ish text with emoji surrogate pairs. */
export function randomText(rng: Rng, maxPieces: number): string {
  let s = "";
  const n = rng.int(maxPieces + 1);
  for (let i = 0; i < n; i++) s += pieces[rng.int(pieces.length)];
  return s;
}

/** A random valid operation over `text` whose boundaries never split a surrogate pair. */
export function randomOperation(rng: Rng, text: string, maxInsertPieces = 6): TextOperation {
  const b = TextOperation.create();
  let position = 0;
  while (position < text.length || rng.int(4) === 0) {
    const roll = rng.int(10);
    if (roll < 3) {
      b.insert(randomText(rng, maxInsertPieces));
      if (position >= text.length) break;
      continue;
    }
    if (position >= text.length) continue;
    let end = position + 1 + rng.int(Math.min(8, text.length - position));
    if (end < text.length && isLow(text.charCodeAt(end))) end++;
    if (roll < 7) b.retain(end - position);
    else b.delete(end - position);
    position = end;
  }
  return b.build();
}

const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
