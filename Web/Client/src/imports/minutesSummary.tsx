import type { ImportedMinutes } from "../contract.generated";
import { formatDate } from "../format";
import { t } from "../i18n";

/** What saving would create, as the importer understood the record with the person's choices. */
export function MinutesSummary({ minutes }: { minutes: ImportedMinutes }) {
  const none = t("import.minutes.none");
  const tasks = minutes.items.reduce((n, item) => n + item.blocks.reduce((m, b) => m + b.elements.filter((e) => e.kind === "Task").length, 0), 0);
  const footer = minutes.footer;
  const rows: [string, string][] = [
    [t("import.minutes.part.Heading"), minutes.heading.join(" – ") || none],
    [t("import.minutes.part.Title"), minutes.title ?? none],
    [t("import.minutes.part.Date"), minutes.date ? formatDate(minutes.date) + (minutes.time ? `, ${minutes.time.slice(0, 5)}` : "") : none],
    [t("import.minutes.part.Place"), minutes.place ?? none],
    [t("import.minutes.part.Present"), minutes.present.join(", ") || none],
    [t("import.minutes.part.Excused"), minutes.excused.join(", ") || none],
    [t("import.minutes.programme"), minutes.items.map((i) => `${i.number}. ${i.title}`).join("; ") || none],
    [t("import.minutes.part.Task"), String(tasks)],
    [t("import.minutes.schedule"), String(minutes.schedule?.rows.length ?? 0)],
    [t("import.minutes.part.Footer"), footer ? [footer.signedAt, footer.writtenOn ? formatDate(footer.writtenOn) : null, footer.recordedBy].filter(Boolean).join(", ") : none],
  ];
  return (
    <dl class="import-fields minutes-summary">
      {rows.map(([label, value]) => [<dt key={`${label}-t`}>{label}</dt>, <dd key={`${label}-d`}>{value}</dd>])}
    </dl>
  );
}
