// Dark enough for white text (contrast ≥ 4.5:1) and distinct from each other.
const COLOURS = ["#0b5cad", "#a4262c", "#107c10", "#8a3ffc", "#8f4e00", "#005b70", "#b4009e", "#4f4f4f"];

/** A participant's colour, the same on every screen (carets, selections, names of who is writing). */
export function colourOf(participantId: string): string {
  let hash = 0;
  for (let i = 0; i < participantId.length; i++) hash = (hash * 31 + participantId.charCodeAt(i)) | 0;
  return COLOURS[Math.abs(hash) % COLOURS.length];
}
