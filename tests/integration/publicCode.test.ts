import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod";
import { NOTICES_FILE, renderNotices } from "../../scripts/thirdPartyNotices.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const read = (file: string) => readFileSync(`${ROOT}${file}`, "utf8");
const pkg = JSON.parse(read("package.json")) as { version: string; license: string };

/**
 * The publiccode.yml standard 0.4 (publiccodeyml/publiccode.yml, docs/standard/schema.core.rst)
 * written out as a schema: no validator package for it exists on the npm registry, and the
 * official parser is a Go program. Every mandatory key, the enumerations, the categories'
 * controlled vocabulary and the formats (URLs, dates, language tags, lengths) are checked; unknown
 * top-level keys are refused, so a misspelt key fails too.
 */
const CATEGORIES = [
  "accounting",
  "agile-project-management",
  "applicant-tracking",
  "application-development",
  "appointment-scheduling",
  "backup",
  "billing-and-invoicing",
  "blog",
  "budgeting",
  "business-intelligence",
  "business-process-management",
  "cad",
  "call-center-management",
  "cloud-management",
  "collaboration",
  "communications",
  "compliance-management",
  "contact-management",
  "content-management",
  "crm",
  "customer-service-and-support",
  "data-analytics",
  "data-collection",
  "data-visualization",
  "design",
  "design-system",
  "digital-asset-management",
  "digital-citizenship",
  "document-management",
  "donor-management",
  "e-commerce",
  "e-signature",
  "educational-content",
  "email-management",
  "email-marketing",
  "employee-management",
  "enterprise-project-management",
  "enterprise-social-networking",
  "erp",
  "event-management",
  "facility-management",
  "feedback-and-reviews-management",
  "financial-reporting",
  "fleet-management",
  "fundraising",
  "gamification",
  "geographic-information-systems",
  "grant-management",
  "graphic-design",
  "help-desk",
  "hr",
  "ide",
  "identity-management",
  "instant-messaging",
  "inventory-management",
  "it-asset-management",
  "it-development",
  "it-management",
  "it-security",
  "it-service-management",
  "knowledge-management",
  "learning-management-system",
  "marketing",
  "mind-mapping",
  "mobile-marketing",
  "mobile-payment",
  "network-management",
  "office",
  "online-booking",
  "online-community",
  "payment-gateway",
  "payroll",
  "predictive-analysis",
  "procurement",
  "productivity-suite",
  "project-collaboration",
  "project-management",
  "property-management",
  "real-estate-management",
  "remote-support",
  "resource-management",
  "sales-management",
  "seo",
  "service-desk",
  "social-media-management",
  "survey",
  "talent-management",
  "task-management",
  "taxes-management",
  "test-management",
  "time-management",
  "time-tracking",
  "translation",
  "video-conferencing",
  "video-editing",
  "visitor-management",
  "voip",
  "warehouse-management",
  "web-collaboration",
  "web-conferencing",
  "website-builder",
  "whistleblowing",
  "workflow-management",
] as const;

const Url = z.url({ protocol: /^https?$/ });
const IsoDate = z.iso.date();
/** BCP 47 with the primary language subtag, e.g. "nl", "en-GB", "sl-IT-nedis". */
const LanguageTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/);
const Contact = z.strictObject({
  name: z.string().min(1),
  email: z.email().optional(),
  phone: z.string().optional(),
  affiliation: z.string().optional(),
});
const Contractor = z.strictObject({
  name: z.string().min(1),
  until: IsoDate,
  email: z.email().optional(),
  website: Url.optional(),
});
const Dependency = z.strictObject({
  name: z.string().min(1),
  versionMin: z.string().optional(),
  versionMax: z.string().optional(),
  version: z.string().optional(),
  optional: z.boolean().optional(),
});
const Description = z.strictObject({
  localisedName: z.string().optional(),
  genericName: z.string().max(35).optional(),
  shortDescription: z
    .string()
    .min(1)
    .max(150)
    .regex(/^[^\n]*$/, "one line"),
  longDescription: z.string().min(150).max(10_000),
  documentation: Url.optional(),
  apiDocumentation: Url.optional(),
  features: z.array(z.string().min(1)).min(1),
  screenshots: z.array(z.string()).optional(),
  videos: z.array(Url).optional(),
  awards: z.array(z.string()).optional(),
});

const PubliccodeSchema = z
  .strictObject({
    publiccodeYmlVersion: z.string().regex(/^0\.4(\.\d+)?$/),
    name: z.string().min(1),
    applicationSuite: z.string().optional(),
    url: Url,
    landingURL: Url.optional(),
    isBasedOn: z.union([Url, z.array(Url)]).optional(),
    softwareVersion: z.string().optional(),
    releaseDate: IsoDate.optional(),
    logo: z.string().optional(),
    platforms: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
    categories: z.array(z.enum(CATEGORIES)).min(1),
    usedBy: z.array(z.string()).optional(),
    roadmap: Url.optional(),
    developmentStatus: z.enum(["concept", "development", "beta", "stable", "obsolete"]),
    softwareType: z.enum([
      "standalone/mobile",
      "standalone/iot",
      "standalone/desktop",
      "standalone/web",
      "standalone/backend",
      "standalone/other",
      "addon",
      "library",
      "configurationFiles",
    ]),
    intendedAudience: z
      .strictObject({
        countries: z.array(z.string().regex(/^[a-z]{2}$/)).optional(),
        unsupportedCountries: z.array(z.string().regex(/^[a-z]{2}$/)).optional(),
        scope: z.array(z.string()).optional(),
      })
      .optional(),
    description: z.record(LanguageTag, Description).refine((d) => Object.keys(d).length > 0, "a language"),
    legal: z.strictObject({
      license: z.string().regex(/^[A-Za-z0-9.+-]+( (AND|OR|WITH) [A-Za-z0-9.+-]+)*$/, "an SPDX expression"),
      mainCopyrightOwner: z.string().optional(),
      repoOwner: z.string().optional(),
    }),
    maintenance: z.strictObject({
      type: z.enum(["internal", "contract", "community", "none"]),
      contractors: z.array(Contractor).optional(),
      contacts: z.array(Contact).optional(),
    }),
    localisation: z.strictObject({
      localisationReady: z.boolean(),
      availableLanguages: z.array(LanguageTag).min(1),
    }),
    dependsOn: z
      .strictObject({
        open: z.array(Dependency).optional(),
        proprietary: z.array(Dependency).optional(),
        hardware: z.array(Dependency).optional(),
      })
      .optional(),
  })
  .refine((p) => p.softwareVersion === undefined || p.releaseDate !== undefined, {
    message: "releaseDate is mandatory with softwareVersion",
  })
  .refine((p) => p.maintenance.type !== "contract" || (p.maintenance.contractors?.length ?? 0) > 0, {
    message: "maintenance/contractors is mandatory for type contract",
  })
  .refine(
    (p) =>
      !["internal", "community"].includes(p.maintenance.type) || (p.maintenance.contacts?.length ?? 0) > 0,
    { message: "maintenance/contacts is mandatory for type internal or community" },
  );

describe("public code files", () => {
  // YAML 1.2 (the standard's), a mapping at the top.
  const publiccode = parse(read("publiccode.yml"), { version: "1.2" }) as unknown;

  it("publiccode.yml follows the publiccode.yml standard 0.4", () => {
    const result = PubliccodeSchema.safeParse(publiccode);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it("the schema is not a rubber stamp: it refuses what the standard refuses", () => {
    const base = PubliccodeSchema.parse(publiccode);
    const bad: unknown[] = [
      { ...base, categories: ["whiteboards"] },
      { ...base, developmentStatus: "alpha" },
      { ...base, url: "git@example.org:x.git" },
      { ...base, releaseDate: "7-12-2026" },
      { ...base, description: { nl: { ...base.description.nl, shortDescription: "x".repeat(151) } } },
      { ...base, description: { nl: { ...base.description.nl, longDescription: "too short" } } },
      { ...base, maintenance: { type: "community" } },
      { ...base, localisation: { localisationReady: true, availableLanguages: [] } },
      { ...base, licence: "AGPL-3.0-or-later" },
    ];
    for (const doc of bad)
      expect(PubliccodeSchema.safeParse(doc).success, JSON.stringify(doc).slice(0, 80)).toBe(false);
  });

  it("one version and one licence everywhere: package.json, publiccode.yml, CHANGELOG.md, LICENSE", () => {
    const p = PubliccodeSchema.parse(publiccode);
    expect(p.softwareVersion).toBe(pkg.version);
    expect(p.legal.license).toBe(pkg.license);
    // Semantic versions, newest release first under Unreleased (keep a changelog).
    const releases = [...read("CHANGELOG.md").matchAll(/^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})$/gm)];
    expect(read("CHANGELOG.md")).toMatch(/^## \[Unreleased\]$/m);
    expect(releases[0]?.[1]).toBe(pkg.version);
    expect(releases[0]?.[2]).toBe(p.releaseDate);
    expect(read("LICENSE")).toMatch(/^GNU AFFERO GENERAL PUBLIC LICENSE\nVersion 3, 19 November 2007\n/);
    expect(read("SECURITY.md")).toContain("Reporting a vulnerability");
  });

  it("THIRD_PARTY_NOTICES.md is up to date with the installed production dependencies", () => {
    const notices = renderNotices();
    expect(readFileSync(NOTICES_FILE, "utf8") === notices, "run `pnpm notices` and commit the result").toBe(
      true,
    );
    // tldraw's licence, verbatim from its package.
    const tldrawLicense = readFileSync(`${ROOT}client/node_modules/tldraw/LICENSE.md`, "utf8").trim();
    expect(notices).toContain(`## tldraw `);
    expect(notices).toContain(tldrawLicense);
  });
});
