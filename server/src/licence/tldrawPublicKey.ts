/**
 * tldraw's public key for its licence keys (ECDSA P-256, SPKI, base64), as published in
 * `@tldraw/editor`'s LicenseManager. Data, not code: the test beside this file fails when the tldraw
 * that the app ships carries another key.
 */
export const TLDRAW_PUBLIC_KEY =
  "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEHJh0uUfxHtCGyerXmmatE368Hd9rI6LH9oPDQihnaCryRFWEVeOvf9U/SPbyxX74LFyJs5tYeAHq5Nc0Ax25LQ";
