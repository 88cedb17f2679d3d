import type { ClientConfig } from "@wijkbord/shared";
import { useEffect, useState } from "react";
import { fetchConfig } from "../app/apiClient.ts";
import { LicenceNotice } from "./LicenceNotice.tsx";

/** The home page's `LicenceNotice`: whoever creates a session is its facilitator. */
export function HomeLicenceNotice() {
  const [config, setConfig] = useState<ClientConfig | null>(null);
  useEffect(() => {
    let cancelled = false;
    // Without an answer there is nothing to warn about; the form says when the server is away.
    fetchConfig().then(
      (c) => !cancelled && setConfig(c),
      () => {},
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return config ? <LicenceNotice licence={config.licence} /> : null;
}
