import type { Template } from "@wijkbord/shared";

/** A stored template. Owner and team are for the organisers' sign-in (issue #19): null until then. */
export interface TemplateRecord {
  id: string;
  createdAt: string;
  /** SHA-256 of the template key of the browser that saved or imported it. */
  creatorHash: Uint8Array | null;
  ownerId: string | null;
  teamId: string | null;
  template: Template;
}

/**
 * Templates ("Opslaan als sjabloon", imported files). They belong to no session: deleting a session
 * keeps the templates made from it. Each method is one statement.
 */
export interface TemplateStore {
  /** Stores a new template; fails, storing nothing, when the id is taken. */
  save(record: TemplateRecord): Promise<void>;
  /** The template, or undefined. */
  get(id: string): Promise<TemplateRecord | undefined>;
  /** The templates saved with this creator hash, newest first, at most `limit`. */
  listByCreator(creatorHash: Uint8Array, limit: number): Promise<TemplateRecord[]>;
  /** Removes a template; an unknown id is no error. */
  delete(id: string): Promise<void>;
}
