/** A run of text with what marks it, or another participant's caret between runs. */
export type LayoutPart =
  | { kind: "text"; text: string; commentId?: string; selectedBy?: string }
  | { kind: "caret"; caret: { participantId: string; name: string } };

interface Range {
  commentId: string;
  from: number;
  to: number;
}

interface Caret {
  participantId: string;
  name: string;
  anchor: number;
  head: number;
}

/**
 * Cuts a section's text where comment ranges and other people's selections begin and end, and puts each caret at
 * its head: how the plain text (sectionText.ts) shows what the editor shows with decorations.
 */
export function layout(text: string, ranges: readonly Range[], carets: readonly Caret[]): LayoutPart[] {
  const cuts = new Set<number>([0, text.length]);
  for (const r of ranges) cuts.add(r.from).add(r.to);
  for (const c of carets) cuts.add(c.anchor).add(c.head);
  const points = [...cuts].sort((a, b) => a - b);
  const parts: LayoutPart[] = [];
  points.forEach((at, i) => {
    for (const c of carets) if (c.head === at) parts.push({ kind: "caret", caret: c });
    const next = points[i + 1];
    if (next === undefined || next === at) return;
    const commentId = ranges.find((r) => r.from <= at && next <= r.to)?.commentId;
    const selectedBy = carets.find((c) => Math.min(c.anchor, c.head) <= at && next <= Math.max(c.anchor, c.head))?.participantId;
    parts.push({ kind: "text", text: text.slice(at, next), ...(commentId ? { commentId } : {}), ...(selectedBy ? { selectedBy } : {}) });
  });
  return parts;
}
