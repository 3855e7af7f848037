// Dates, times and numbers in the viewer's language (Intl), always in Prague time, where the meetings happen:
// Czech "18. 11. 2015 13:00", English "18 Nov 2015, 13:00" (a month name, so nobody reads 11/18 the US way).

import { currentLanguage } from "./i18n";

export const TIME_ZONE = "Europe/Prague";

/** The Intl locale of a UI language: British English (24-hour clock, day before month) or Czech. */
export function localeOf(language: string): string {
  return language === "en" ? "en-GB" : "cs-CZ";
}

// Intl formatters are costly to make; one per kind and language.
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let format = cache.get(key) as T | undefined;
  if (!format) {
    format = make();
    cache.set(key, format);
  }
  return format;
}

function dateTimeFormat(name: string, options: Intl.DateTimeFormatOptions, language = currentLanguage()): Intl.DateTimeFormat {
  return cached(`${name}:${language}`, () => new Intl.DateTimeFormat(localeOf(language), { timeZone: TIME_ZONE, ...options }));
}

const clean = (text: string) => text.replace(/\s+/g, " ");

const dayOptions = (language: string): Intl.DateTimeFormatOptions => ({
  day: "numeric",
  month: language === "en" ? "short" : "numeric",
  year: "numeric",
});

/** An instant as date and time: "18. 11. 2015 13:00" / "18 Nov 2015, 13:00". */
export function formatDateTime(iso: string): string {
  const language = currentLanguage();
  return clean(dateTimeFormat("dateTime", { ...dayOptions(language), hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(iso)));
}

/** When a meeting starts: date and time, or the date alone when only the day is known (a record that gave no time). */
export function formatMeetingStart(meeting: { startsAt: string; timeUnknown?: boolean }): string {
  const language = currentLanguage();
  return meeting.timeUnknown
    ? clean(dateTimeFormat("day", dayOptions(language)).format(new Date(meeting.startsAt)))
    : formatDateTime(meeting.startsAt);
}

/** An instant's time of day: "13:05". */
export function formatTime(iso: string): string {
  return dateTimeFormat("time", { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(iso));
}

/** When a meeting starts, in full words ("úterý 1. prosince 2026 v 13:00"); the viewer's language unless given. */
export function formatMeetingTime(iso: string, language: string = currentLanguage()): string {
  return clean(dateTimeFormat("meeting", { dateStyle: "full", timeStyle: "short" }, language === "en" ? "en" : "cs").format(new Date(iso)));
}

/** A plain calendar date "2026-05-26" as "26. 5. 2026" / "26 May 2026" (no time zone involved). */
export function formatDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  const language = currentLanguage();
  return clean(dateTimeFormat("date", dayOptions(language)).format(new Date(Date.UTC(y, m - 1, d, 12))));
}

/** A proposed date with its weekday and wall-clock Prague time: "út 14. 12. 2027 09:30" / "Tue, 14 Dec 2027, 09:30". */
export function formatPlannedDate(date: string, time: string): string {
  const [y, m, d] = date.split("-").map(Number);
  const [hours, minutes] = time.split(":").map(Number);
  const language = currentLanguage();
  // Wall-clock values: built as the same wall clock in Prague would show them (noon UTC keeps the day in Prague).
  const day = clean(dateTimeFormat("plannedDay", { weekday: "short", ...dayOptions(language) }).format(new Date(Date.UTC(y, m - 1, d, 12))));
  const clock = `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
  return language === "en" ? `${day}, ${clock}` : `${day} ${clock}`;
}

/** A number with at most the given decimals: "3,5" / "3.5", "1 234" / "1,234". */
export function formatNumber(value: number, maximumFractionDigits = 0): string {
  const language = currentLanguage();
  return cached(`number${maximumFractionDigits}:${language}`, () => new Intl.NumberFormat(localeOf(language), { maximumFractionDigits })).format(value);
}

/** A share 0–1 as a whole percentage: "67 %" / "67%". */
export function formatPercent(share: number): string {
  const language = currentLanguage();
  return cached(`percent:${language}`, () => new Intl.NumberFormat(localeOf(language), { style: "percent", maximumFractionDigits: 0 })).format(share);
}

/** A datetime-local input value ("2026-05-26T13:00") as the API's local Prague time "2026-05-26T13:00:00". */
export function toLocalDateTime(inputValue: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(inputValue) ? `${inputValue}:00` : inputValue;
}
