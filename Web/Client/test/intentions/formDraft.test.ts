import { describe, expect, it } from "vitest";
import intentionCodes from "../../../../Grains.Interfaces/Intentions/IntentionErrorCodes.cs?raw";
import cs from "../../../Resources/UiText.cs.resx?raw";
import { draftOf, fieldId, formOf, parseNumber } from "../../src/intentions/formDraft";
import { CAPACITY_UNITS, CHANGE_KINDS, INTENTION_STATES, REGION_OUTCOMES, SERVICE_FORMS, SERVICE_TYPES } from "../../src/intentions/codeLists";
import type { IntentionForm } from "../../src/types";

const empty: IntentionForm = {
  provider: { name: null, ico: null, address: null, statutoryBody: null, contactPerson: null, email: null, phone: null },
  service: { name: null, registrationId: null, type: null, form: null, targetGroup: null, area: null },
  change: { kind: null, currentCapacity: null, requestedCapacity: null, unit: null, from: null },
  funding: { totalCost: null, sources: [] },
  need: null,
  workingGroupId: null,
  objectives: [],
};

describe("the provider's form as edited", () => {
  it("reads numbers as people type them in Czech and English", () => {
    expect(parseNumber("4,5")).toBe(4.5);
    expect(parseNumber("1 200 000")).toBe(1_200_000);
    expect(parseNumber("1\u00a0200")).toBe(1200);
    expect(parseNumber("")).toBeNull();
    expect(parseNumber("čtyři")).toBeNaN();
  });

  it("turns typed text into the wire's form and back, and names numbers it cannot read as problems of their fields", () => {
    const draft = draftOf({ ...empty, provider: { ...empty.provider, name: "Domov" }, funding: { totalCost: 100, sources: [{ source: "Kraj", amount: 100 }] } });
    expect(draft.values["provider.name"]).toBe("Domov");
    expect(draft.values["funding.totalCost"]).toBe("100");
    expect(draft.sources).toEqual([{ source: "Kraj", amount: "100" }]);

    draft.values["change.requestedCapacity"] = "6,5";
    draft.values["provider.ico"] = "  25596641 ";
    draft.values["service.type"] = "HomeCare";
    const { form, problems } = formOf(draft);
    expect(problems).toEqual([]);
    expect(form.change.requestedCapacity).toBe(6.5);
    expect(form.provider.ico).toBe("25596641");
    expect(form.service.type).toBe("HomeCare");
    expect(form.provider.email).toBeNull();

    draft.values["funding.totalCost"] = "sto";
    draft.sources[0].amount = "x";
    expect(formOf(draft).problems).toEqual([
      { field: "funding.totalCost", code: "validation.invalid_value" },
      { field: "funding.sources.0.amount", code: "validation.invalid_value" },
    ]);
    expect(fieldId("funding.sources.0.amount")).toBe("f-funding-sources-0-amount");
  });

  it("has Czech labels for every code list value and a message for every error code of the procedure", () => {
    const keys = new Set([...cs.matchAll(/<data name="([^"]+)"/g)].map((m) => m[1]));
    const needed = [
      ...SERVICE_TYPES.map((v) => `intentions.serviceType.${v}`),
      ...SERVICE_FORMS.map((v) => `intentions.serviceForm.${v}`),
      ...CHANGE_KINDS.map((v) => `intentions.changeKind.${v}`),
      ...CAPACITY_UNITS.map((v) => `intentions.unit.${v}`),
      ...REGION_OUTCOMES.map((v) => `intentions.outcome.${v}`),
      ...INTENTION_STATES.map((v) => `intentions.state.${v}`),
      ...[...intentionCodes.matchAll(/const string \w+ = "([^"]+)"/g)].map((m) => `error.${m[1]}`),
    ];
    expect(needed.length).toBeGreaterThan(60);
    expect(needed.filter((k) => !keys.has(k))).toEqual([]);
  });
});
