/** The parts of @11ty/eleventy-img 6 (plain JavaScript, no types) that src/lib/images uses. */
declare module "@11ty/eleventy-img" {
  /** One output file of an image. */
  interface ImageStat {
    format: string;
    width: number;
    height: number;
    url: string;
    sourceType: string;
    srcset: string;
    filename: string;
    outputPath: string;
  }
  type ImageStats = Record<string, ImageStat[]>;
  interface ImageOptions {
    widths?: (number | "auto")[];
    formats?: string[];
    outputDir?: string;
    urlPath?: string;
    fixOrientation?: boolean;
    useCache?: boolean;
    filenameFormat?: (id: string, src: string, width: number, format: string) => string;
  }
  /** Converts `src` into every width × format, writing the files; resolves to their stats. */
  function Image(src: string, options?: ImageOptions): Promise<ImageStats>;
  namespace Image {
    /** The stats the conversion would give, from the file's header only: nothing is written. */
    function statsSync(src: string, options?: ImageOptions): ImageStats;
  }
  export default Image;
}
