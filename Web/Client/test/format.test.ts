import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatMeetingTime, toLocalDateTime } from "../src/format";

describe("format", () => {
  it("shows an instant Czech style in Prague time", () => {
    expect(formatDateTime("2015-11-18T12:00:00Z")).toBe("18. 11. 2015 13:00");
    expect(formatDateTime("2026-05-26T13:00:00+02:00")).toBe("26. 5. 2026 13:00");
  });

  it("names a meeting's day and time in the viewer's language, in Prague time", () => {
    const cs = formatMeetingTime("2026-12-01T12:00:00Z", "cs");
    expect(cs).toContain("úterý");
    expect(cs).toContain("prosince 2026");
    expect(cs).toContain("13:00");
    const en = formatMeetingTime("2026-12-01T12:00:00Z", "en");
    expect(en).toContain("Tuesday");
    expect(en).toContain("December 2026");
    expect(en).toContain("13:00");
  });

  it("shows a calendar date Czech style", () => {
    expect(formatDate("2026-05-26")).toBe("26. 5. 2026");
  });

  it("sends a datetime-local value with seconds", () => {
    expect(toLocalDateTime("2026-05-26T13:00")).toBe("2026-05-26T13:00:00");
    expect(toLocalDateTime("2026-05-26T13:00:30")).toBe("2026-05-26T13:00:30");
  });
});
