export interface DiffPart {
  kind: "same" | "added" | "removed";
  text: string;
}

/** Above this many cells the middle part is shown as one removal and one addition instead of word by word. */
const MAX_CELLS = 4_000_000;

/** A word-level difference between two texts (longest common subsequence of words and spaces). */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const parts: DiffPart[] = [];
  push(parts, "same", a.slice(0, start).join(""));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if (midA.length * midB.length > MAX_CELLS) {
    push(parts, "removed", midA.join(""));
    push(parts, "added", midB.join(""));
  } else {
    for (const [kind, token] of lcs(midA, midB)) push(parts, kind, token);
  }
  push(parts, "same", a.slice(endA).join(""));
  return parts;
}

function tokens(text: string): string[] {
  return text.split(/(\s+)/).filter((t) => t.length > 0);
}

function lcs(a: string[], b: string[]): [DiffPart["kind"], string][] {
  const n = a.length;
  const m = b.length;
  // lengths[i][j]: the longest common subsequence of a[i..] and b[j..]
  const lengths = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i][j] = a[i] === b[j] ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
    }
  }
  const result: [DiffPart["kind"], string][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      result.push(["same", a[i]]);
      i++;
      j++;
    } else if (lengths[i + 1][j] >= lengths[i][j + 1]) {
      result.push(["removed", a[i++]]);
    } else {
      result.push(["added", b[j++]]);
    }
  }
  while (i < n) result.push(["removed", a[i++]]);
  while (j < m) result.push(["added", b[j++]]);
  return result;
}

function push(parts: DiffPart[], kind: DiffPart["kind"], text: string): void {
  if (text.length === 0) return;
  const last = parts[parts.length - 1];
  if (last && last.kind === kind) last.text += text;
  else parts.push({ kind, text });
}
