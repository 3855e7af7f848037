import { describe, expect, it } from "vitest";
import { formatDuration, ServerClock } from "../../src/live/serverClock";

describe("ServerClock", () => {
  it("takes the sample with the shortest round trip, corrected by half of it", () => {
    const clock = new ServerClock();
    clock.sample(1_000, new Date(6_050).toISOString(), 1_200); // round trip 200: offset 6050 + 100 - 1200
    expect(clock.offset).toBe(4_950);
    clock.sample(2_000, new Date(7_010).toISOString(), 2_020); // round trip 20: better
    expect(clock.offset).toBe(5_000);
    clock.sample(3_000, new Date(9_000).toISOString(), 3_500); // worse: ignored
    expect(clock.offset).toBe(5_000);
  });

  it("uses a snapshot's time only until a measured sample comes", () => {
    const clock = new ServerClock();
    clock.seed(new Date(10_000).toISOString(), 4_000);
    expect(clock.offset).toBe(6_000);
    clock.sample(5_000, new Date(11_005).toISOString(), 5_010);
    clock.seed(new Date(99_000).toISOString(), 4_000);
    expect(clock.offset).toBe(6_000);
  });

  it("formats durations as the timer shows them", () => {
    expect(formatDuration(0)).toBe("0:00");
    expect(formatDuration(-5)).toBe("0:00");
    expect(formatDuration(59_001)).toBe("1:00");
    expect(formatDuration(5 * 60_000)).toBe("5:00");
    expect(formatDuration(3_725_000)).toBe("1:02:05");
  });
});
