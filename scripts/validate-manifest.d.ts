// Types for tests that import scripts/validate-manifest.js.
export interface ManifestCheck {
  id: string;
  name: string;
  ok: boolean;
  detail: string;
}

export interface ValidateManifestOptions {
  manifestPath: string;
  srcDir: string;
  distDir?: string;
  rootDir?: string;
  namespace?: string;
  schemaVersion?: string;
}

export declare const CHECKS: Readonly<Record<string, string>>;

export declare function validateManifest(options: ValidateManifestOptions): Promise<{ ok: boolean; checks: ManifestCheck[] }>;
