import { describe, expect, it } from "vitest";
import vectorFile from "../../../../tests/vectors/text-operations.json";
import { TextOperation, TextOperationError } from "../../src/text";

// The same file the C# tests (tests/Text.Tests) load.
type Op = (number | string)[];
interface Case {
  name: string;
  text?: string;
  op?: Op;
  a?: Op;
  b?: Op;
  json?: string;
  expected?: string | Op;
  aPrime?: Op;
  bPrime?: Op;
  result?: string;
  error?: string;
  end?: number | null;
}
const vectors = vectorFile as unknown as Record<"apply" | "compose" | "transform" | "invert" | "parse" | "changeEnd", Case[]>;

const op = (value: Op | undefined): TextOperation => TextOperation.fromJSON(value);

function expectCode(code: string, action: () => unknown): void {
  let thrown: unknown;
  try {
    action();
  } catch (e) {
    thrown = e;
  }
  expect(thrown).toBeInstanceOf(TextOperationError);
  expect((thrown as TextOperationError).code).toBe(code);
}

function expectOp(actual: TextOperation, expected: Op | undefined): void {
  // The vector is normalized already, so the compact forms must be identical.
  expect(op(expected).toJSON()).toEqual(expected);
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
}

describe("shared vectors: apply", () => {
  it.each(vectors.apply.map((c) => [c.name, c] as const))("%s", (_, c) => {
    if (c.error) {
      expectCode(c.error, () => op(c.op).apply(c.text!));
    } else {
      expect(op(c.op).apply(c.text!)).toBe(c.expected);
    }
  });
});

describe("shared vectors: compose", () => {
  it.each(vectors.compose.map((c) => [c.name, c] as const))("%s", (_, c) => {
    if (c.error) {
      expectCode(c.error, () => TextOperation.compose(op(c.a), op(c.b)));
      return;
    }
    const composed = TextOperation.compose(op(c.a), op(c.b));
    expectOp(composed, c.expected as Op);
    expect(composed.apply(c.text!)).toBe(c.result);
  });
});

describe("shared vectors: transform", () => {
  it.each(vectors.transform.map((c) => [c.name, c] as const))("%s", (_, c) => {
    if (c.error) {
      expectCode(c.error, () => TextOperation.transform(op(c.a), op(c.b)));
      return;
    }
    const [aPrime, bPrime] = TextOperation.transform(op(c.a), op(c.b));
    expectOp(aPrime, c.aPrime);
    expectOp(bPrime, c.bPrime);
    expect(bPrime.apply(op(c.a).apply(c.text!))).toBe(c.result);
    expect(aPrime.apply(op(c.b).apply(c.text!))).toBe(c.result);
  });
});

describe("shared vectors: invert", () => {
  it.each(vectors.invert.map((c) => [c.name, c] as const))("%s", (_, c) => {
    if (c.error) {
      expectCode(c.error, () => op(c.op).invert(c.text!));
      return;
    }
    const inverse = op(c.op).invert(c.text!);
    expectOp(inverse, c.expected as Op);
    expect(inverse.apply(op(c.op).apply(c.text!))).toBe(c.text);
  });
});

describe("shared vectors: parse", () => {
  it.each(vectors.parse.map((c) => [c.name, c] as const))("%s", (_, c) => {
    if (c.error) {
      expectCode(c.error, () => TextOperation.parse(c.json!));
    } else {
      expectOp(TextOperation.parse(c.json!), c.expected as Op);
    }
  });
});

describe("shared vectors: changeEnd", () => {
  it.each(vectors.changeEnd.map((c) => [c.name, c] as const))("%s", (_, c) => {
    expect(op(c.op).changeEnd()).toBe(c.end);
  });
});

it("loads every section of the vector file", () => {
  expect(vectors.apply.length).toBeGreaterThan(10);
  expect(vectors.transform.length).toBeGreaterThan(10);
  expect(vectors.parse.length).toBeGreaterThan(20);
  expect(vectors.changeEnd.length).toBeGreaterThan(5);
});
