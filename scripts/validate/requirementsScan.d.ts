export declare function neededSets(srcDir: string): Map<string, { version: string; api: string }>;
export declare function compareVersions(a: string, b: string): number;
