/** The bits of a tldraw key's flags that decide when it ends (tldraw's LicenseManager `FLAGS`). */
export const LICENCE_KEY_FLAGS = {
  annual: 1,
  perpetual: 1 << 1,
  evaluation: 1 << 4,
} as const;

export const hasFlag = (flags: number, flag: number): boolean => (flags & flag) === flag;
