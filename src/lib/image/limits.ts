/**
 * What the app accepts, chosen so no file can freeze or exhaust a phone:
 * anything larger is refused before it is read or decoded.
 */

/** Larger files are refused before reading them (a 12-megapixel JPEG is about 5 MB). */
export const MAX_FILE_BYTES = 40 * 1024 * 1024;

/** Larger images are refused from their header, before decoding (a decoded 50 MP image is 200 MB). */
export const MAX_PIXELS = 50_000_000;

/** Images with a longer side are scaled down while decoding: far more than any model input needs. */
export const MAX_WORKING_SIDE = 1024;
