export * from "./boardRecords.ts";
export * from "./clientConfig.ts";
export * from "./koppelkansen.ts";
export * from "./limits.ts";
export * from "./protocol.ts";
export * from "./roles.ts";
export * from "./session.ts";
export * from "./worksheetDefinition.ts";
