/** How body images are checked and converted (src/lib/images/). */
export interface ImageOptions {
  /** Rendition widths in CSS pixels; those wider than the original are left out (the original's width is used instead). */
  widths: number[];
  /**
   * Formats written for each width: WebP, then the original's own format as the fallback. No AVIF:
   * encoding one 1600 px photo took 11 s here against 0.5 s for WebP and JPEG together.
   */
  formats: string[];
  /** The `sizes` attribute: the text column is at most 45rem wide, the full width on a phone. */
  sizes: string;
  /** The largest image file accepted, in bytes. */
  maxBytes: number;
  /** The most pixels accepted (width × height): a small file can decode to gigabytes. */
  maxPixels: number;
}

export const imageDefaults: ImageOptions = {
  widths: [480, 960, 1440],
  formats: ["webp", "auto"],
  sizes: "(max-width: 47rem) 100vw, 45rem",
  maxBytes: 20 * 1024 * 1024,
  maxPixels: 40_000_000,
};

/** The alt text that marks an image as purely decorative: ![装饰](line.png) is published with alt="". */
export const decorativeAlt = "装饰";
