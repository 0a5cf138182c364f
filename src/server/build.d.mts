// Types for build.mjs (plain JavaScript, so that `npm start` needs no loader to run it).
export declare const SERVER_BUNDLE: string;
export declare const SERVER_NODE_FLAGS: string[];
export declare const SERVER_ARGS: string[];
export declare function buildServer(): Promise<string>;
