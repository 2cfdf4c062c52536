/** The part of Eleventy's API this project uses (the package ships no types). */
declare module "@11ty/eleventy" {
  /** The configuration API a config function and its plugins receive. */
  export interface UserConfig {
    setInputDirectory(dir: string): void;
    setIncludesDirectory(dir: string): void;
    setTemplateFormats(formats: string[]): void;
    addTemplateFormats(formats: string): void;
    setQuietMode(quiet: boolean): void;
    addPlugin<Options>(plugin: (config: UserConfig, options: Options) => unknown, options?: Options): void;
    addPassthroughCopy(paths: Record<string, string>): void;
    addFilter(name: string, filter: (...args: never[]) => unknown): void;
    addGlobalData(name: string, value: () => unknown): void;
    addWatchTarget(path: string): void;
    addTemplate(virtualPath: string, content: { data: object; render: () => string | Buffer | Promise<string | Buffer> }, data?: object): void;
    /** `directories.output` is where this build writes; `outputMode` is "fs" when it writes files (not for toJSON). */
    on(event: "eleventy.before" | "eleventy.after", handler: (event: { directories: { output: string }; outputMode?: string }) => unknown): void;
    /** Runs before a template is paginated or rendered, with its data (which it may change). */
    addPreprocessor(name: string, extensions: string, callback: (data: never, content: string) => unknown): void;
  }

  export class Eleventy {
    constructor(
      input?: string,
      output?: string,
      options?: { configPath?: string | false; quietMode?: boolean; runMode?: "build" | "watch" | "serve"; config?: (config: UserConfig) => unknown },
    );
    write(): Promise<unknown>;
    init(): Promise<unknown>;
    setIgnoreInitial(ignore: boolean): void;
    watch(): Promise<unknown>;
    stopWatch(): Promise<unknown>;
    serve(port?: number): Promise<unknown>;
    toJSON(): Promise<{ url: string | false; inputPath: string; outputPath: string | false; content: string }[]>;
    disableLogger(): void;
  }
}
