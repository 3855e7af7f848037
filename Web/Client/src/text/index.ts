export { TextOperation, Builder, type Component } from "./textOperation";
export { TextOperationBuilder } from "./builder";
export { TextOperationError, type TextErrorCode } from "./errors";
export { TextLimits } from "./limits";
export { OtClient, type OtClientOptions, type OtClientState, type PendingOperation } from "./otClient";
