export declare function readPngSize(bytes: Buffer): { width: number; height: number } | null;
