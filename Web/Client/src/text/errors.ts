/** Error codes shared with the server (Grains.Interfaces/Common/ErrorCodes.cs). */
export type TextErrorCode =
  | "text.length_mismatch"
  | "text.surrogate_split"
  | "text.too_large"
  | "payload.malformed";

/** A refused text operation; `code` is the same code the server would return. */
export class TextOperationError extends Error {
  readonly code: TextErrorCode;

  constructor(code: TextErrorCode, detail?: string) {
    super(detail === undefined ? code : `${code}: ${detail}`);
    this.name = "TextOperationError";
    this.code = code;
  }
}
