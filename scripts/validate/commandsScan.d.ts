export declare function stripComments(source: string): string;
export declare function associatedIn(source: string): string[];
export declare function associatedNames(dir: string): { names: Set<string>; files: string[] };
