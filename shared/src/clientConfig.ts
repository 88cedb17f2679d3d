import { z } from "zod";
import { LicenceStatusSchema } from "./licenceStatus.ts";

/** `GET /api/config`: run-time settings the browser app needs from the server's environment. */
export const ClientConfigSchema = z.object({
  /** From TLDRAW_LICENSE_KEY; tldraw needs one for production use over https. */
  tldrawLicenseKey: z.string().nullable(),
  protocolVersion: z.number().int(),
  /** What tldraw will make of that key at this address (facilitators see a notice unless it is fine). */
  licence: LicenceStatusSchema,
});
export type ClientConfig = z.infer<typeof ClientConfigSchema>;
