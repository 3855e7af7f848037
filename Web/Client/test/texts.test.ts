import { describe, expect, it } from "vitest";
import errorCodes from "../../../Grains.Interfaces/Common/ErrorCodes.cs?raw";
import cs from "../../Resources/UiText.cs.resx?raw";
import en from "../../Resources/UiText.resx?raw";
import { MEETING_ROLES, TARGET_GROUPS } from "../src/types";

// Every text the client uses must be in both resource files (Czech and the neutral English).

const keysOf = (resx: string) => new Set([...resx.matchAll(/<data name="([^"]+)"/g)].map((m) => m[1]));
const sources = import.meta.glob<string>("../src/**/*.{ts,tsx}", { query: "?raw", import: "default", eager: true });

describe("UI texts", () => {
  const czech = keysOf(cs);
  const english = keysOf(en);

  it("has the same keys in Czech and English", () => {
    expect([...czech].filter((k) => !english.has(k))).toEqual([]);
    expect([...english].filter((k) => !czech.has(k))).toEqual([]);
    expect(czech.size).toBeGreaterThan(100);
  });

  it("has every key the client code uses", () => {
    const used = new Set<string>();
    for (const source of Object.values(sources)) {
      for (const m of source.matchAll(/\bt\("([a-zA-Z][\w.]*)"/g)) {
        used.add(m[1]);
      }
    }
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((k) => !czech.has(k))).toEqual([]);
  });

  it("has every plural form (Czech one, few, many, other) of the counted texts the client uses", () => {
    const counted = new Set<string>();
    for (const source of Object.values(sources)) {
      for (const m of source.matchAll(/\btn\("([a-zA-Z][\w.]*)"/g)) counted.add(m[1]);
    }
    expect(counted.size).toBeGreaterThan(2);
    const missing = [...counted].flatMap((k) => ["one", "few", "many", "other"].map((c) => `${k}.${c}`)).filter((k) => !czech.has(k));
    expect(missing).toEqual([]);
  });

  it("has the labels of every enum value", () => {
    const needed = [
      ...TARGET_GROUPS.map((v) => `targetGroup.${v}`),
      ...MEETING_ROLES.map((v) => `role.${v}`),
      ...["Scheduled", "Live", "Ended"].map((v) => `phase.${v}`),
      ...["connecting", "connected", "reconnecting", "disconnected"].map((v) => `live.${v}`),
    ];
    expect(needed.filter((k) => !czech.has(k))).toEqual([]);
  });

  it("has a message for every server error code", () => {
    const codes = [...errorCodes.matchAll(/const string \w+ = "([^"]+)"/g)].map((m) => m[1]);
    expect(codes.length).toBeGreaterThan(10);
    expect(codes.map((c) => `error.${c}`).filter((k) => !czech.has(k))).toEqual([]);
  });
});
