import { z } from "zod";

/** `GET /api/config`: run-time settings the browser app needs from the server's environment. */
export const ClientConfigSchema = z.object({
  /** From TLDRAW_LICENSE_KEY; tldraw needs one for production use over https. */
  tldrawLicenseKey: z.string().nullable(),
  protocolVersion: z.number().int(),
});
export type ClientConfig = z.infer<typeof ClientConfigSchema>;
