import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, toLocalDateTime } from "../src/format";

describe("format", () => {
  it("shows an instant Czech style in Prague time", () => {
    expect(formatDateTime("2015-11-18T12:00:00Z")).toBe("18. 11. 2015 13:00");
    expect(formatDateTime("2026-05-26T13:00:00+02:00")).toBe("26. 5. 2026 13:00");
  });

  it("shows a calendar date Czech style", () => {
    expect(formatDate("2026-05-26")).toBe("26. 5. 2026");
  });

  it("sends a datetime-local value with seconds", () => {
    expect(toLocalDateTime("2026-05-26T13:00")).toBe("2026-05-26T13:00:00");
    expect(toLocalDateTime("2026-05-26T13:00:30")).toBe("2026-05-26T13:00:30");
  });
});
