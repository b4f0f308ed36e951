// Types for tests that import scripts/make-icons.js.
export declare const ICONS: ReadonlyArray<[file: string, glyph: string, size: number]>;
export declare function encodePng(width: number, height: number, rgba: Buffer): Buffer;
export declare function renderGlyph(name: string, size: number): Buffer;
export declare function makeIcons(outDir: string): string[];
