import { z } from "zod";

/** The three link roles. Each session link carries a token that maps to exactly one role. */
export const RoleSchema = z.enum(["facilitator", "participant", "viewer"]);
export type Role = z.infer<typeof RoleSchema>;

export const ROLES: readonly Role[] = RoleSchema.options;

/**
 * Which of a session's documents a role may write; everyone with a valid token may read `control`
 * and `board`. A private document (private mode) is written by whoever knows its name, except viewers.
 */
export function canWrite(role: Role, doc: SessionDocName): boolean {
  if (role === "viewer") return false;
  if (doc === "control" || doc === FACILITATOR_DOC) return role === "facilitator";
  return true;
}

/**
 * A session has two Yjs documents:
 * - `control`: facilitator-owned (session configuration, worksheet variable texts, later facilitation state);
 * - `board`: everyone with edit rights (notes, drawings, conclusion fields, participants).
 */
export const DocNameSchema = z.enum(["control", "board"]);
export type DocName = z.infer<typeof DocNameSchema>;

/**
 * A per-browser document for private mode: `private-` and a secret of at least 22 base64url
 * characters (the app uses 128 random bits) only that browser knows, so nobody can guess another's name.
 */
export const PRIVATE_DOC_PREFIX = "private-";
export const PrivateDocNameSchema = z.string().regex(/^private-[A-Za-z0-9_-]{22,64}$/);

/**
 * The facilitators' own document (their notes per worksheet): only a facilitator's credential may
 * open it, to read or to write; the server refuses everyone else before the upgrade (403), so its
 * content never reaches a participant or viewer.
 */
export const FACILITATOR_DOC = "facilitator";
export const FacilitatorDocNameSchema = z.literal(FACILITATOR_DOC);

/** Every document name a WebSocket may open: the two shared documents, the facilitators' or a private one. */
export const SessionDocNameSchema = z.union([DocNameSchema, FacilitatorDocNameSchema, PrivateDocNameSchema]);
export type SessionDocName = z.infer<typeof SessionDocNameSchema>;

export const isPrivateDocName = (doc: string): boolean => PrivateDocNameSchema.safeParse(doc).success;
