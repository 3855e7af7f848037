import type { LineChoice, MinutesPart, PlacedLine } from "../contract.generated";

/** Every place a line of imported minutes can go, in the order of a record (the preview's select offers them all). */
export const PARTS: readonly MinutesPart[] = [
  "Heading",
  "Title",
  "Date",
  "Place",
  "Facilitator",
  "HeadCount",
  "Present",
  "Excused",
  "Programme",
  "Block",
  "Text",
  "Bullet",
  "Task",
  "ScheduleTitle",
  "ScheduleHeader",
  "ScheduleRow",
  "ScheduleNote",
  "Footer",
  "Unplaced",
  "Dropped",
];

/** Parts under a programme item: they need its number ("Programme" may go without one: the "Program:" line itself). */
export function takesItem(part: MinutesPart): boolean {
  return part === "Programme" || part === "Block" || part === "Text" || part === "Bullet" || part === "Task";
}

/** The lines as the person has placed them: the server's placement with their choices applied (as the server applies them). */
export function chosen(lines: readonly PlacedLine[], choices: ReadonlyMap<number, LineChoice>): PlacedLine[] {
  return lines.map((line) => {
    const choice = choices.get(line.number);
    return choice && (choice.part !== line.part || choice.item !== line.item) ? { ...line, part: choice.part, item: choice.item, joined: false, reason: null } : line;
  });
}

/** The item numbers a line may go under: those of the record, and one more (a new item). */
export function itemNumbers(lines: readonly PlacedLine[]): number[] {
  const numbers = [...new Set(lines.map((l) => l.item).filter((n): n is number => n !== null))].sort((a, b) => a - b);
  return [...numbers, (numbers.at(-1) ?? 0) + 1];
}

/**
 * A line moved to another part: under an item it keeps its item, else takes the item of the nearest line above it
 * that has one (where it stands in the record), else the first.
 */
export function move(lines: readonly PlacedLine[], line: PlacedLine, part: MinutesPart): LineChoice {
  if (!takesItem(part)) return { line: line.number, part, item: null };
  if (line.item !== null) return { line: line.number, part, item: line.item };
  const above = lines.slice(0, lines.indexOf(line)).reverse().find((l) => l.item !== null);
  return { line: line.number, part, item: part === "Programme" ? null : (above?.item ?? 1) };
}

/** The choices to send: only lines whose place differs from what the server proposed. */
export function changes(lines: readonly PlacedLine[], choices: ReadonlyMap<number, LineChoice>): LineChoice[] {
  return lines.flatMap((line) => {
    const choice = choices.get(line.number);
    return choice && (choice.part !== line.part || choice.item !== line.item) ? [choice] : [];
  });
}
