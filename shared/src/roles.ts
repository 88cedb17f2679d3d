import { z } from "zod";

/** The three link roles. Each session link carries a token that maps to exactly one role. */
export const RoleSchema = z.enum(["facilitator", "participant", "viewer"]);
export type Role = z.infer<typeof RoleSchema>;

export const ROLES: readonly Role[] = RoleSchema.options;

/** Which of a session's documents a role may write; everyone with a valid token may read both. */
export function canWrite(role: Role, doc: DocName): boolean {
  if (role === "viewer") return false;
  if (doc === "control") return role === "facilitator";
  return true;
}

/**
 * A session has two Yjs documents:
 * - `control`: facilitator-owned (session configuration, worksheet variable texts, later facilitation state);
 * - `board`: everyone with edit rights (notes, drawings, conclusion fields, participants).
 */
export const DocNameSchema = z.enum(["control", "board"]);
export type DocName = z.infer<typeof DocNameSchema>;
