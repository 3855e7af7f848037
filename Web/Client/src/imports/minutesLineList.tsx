import type { MinutesPart, PlacedLine } from "../contract.generated";
import { t } from "../i18n";
import { itemNumbers, PARTS, takesItem } from "./minutesLines";

interface Props {
  /** Where the lines go now (the server's placement with the person's choices). */
  lines: PlacedLine[];
  idOf(line: number): string;
  onChoose(line: PlacedLine, choice: { part: MinutesPart } | { item: number | null }): void;
}

/**
 * Every line of the record in its order, with where it goes: a select of the part and, for the parts under a programme
 * item, a select of the item. Rows never move, so the focus stays on the select the person just changed.
 */
export function MinutesLineList({ lines, idOf, onChoose }: Props) {
  const items = itemNumbers(lines);
  return (
    <ol class="minutes-lines">
      {lines.map((line) => (
        <li key={line.number} class={`minutes-line part-${line.part.toLowerCase()}`} data-line={line.number}>
          <span class="line-number" aria-hidden="true">
            {line.number}
          </span>
          <span class="minutes-line-text" id={`${idOf(line.number)}-text`}>
            {line.text}
          </span>
          <span class="minutes-line-place">
            <select
              id={idOf(line.number)}
              aria-label={t("import.minutes.partLabel", { number: line.number })}
              aria-describedby={`${idOf(line.number)}-text`}
              value={line.part}
              onChange={(event) => onChoose(line, { part: event.currentTarget.value as MinutesPart })}
            >
              {PARTS.map((part) => (
                <option key={part} value={part}>
                  {t(`import.minutes.part.${part}`)}
                </option>
              ))}
            </select>
            {takesItem(line.part) ? (
              <select
                aria-label={t("import.minutes.itemLabel", { number: line.number })}
                value={line.item === null ? "" : String(line.item)}
                onChange={(event) => onChoose(line, { item: event.currentTarget.value === "" ? null : Number(event.currentTarget.value) })}
              >
                {line.part === "Programme" ? <option value="">{t("import.minutes.noItem")}</option> : null}
                {items.map((n, i) => (
                  <option key={n} value={String(n)}>
                    {t(i === items.length - 1 ? "import.minutes.newItem" : "import.minutes.item", { number: n })}
                  </option>
                ))}
              </select>
            ) : null}
          </span>
        </li>
      ))}
    </ol>
  );
}
