/** The largest file any upload takes (a petition CSV, the postcode directory extract), and its one message. */
export const MAX_UPLOAD_MB = 50;
export const MAX_UPLOAD_BYTES = MAX_UPLOAD_MB * 1024 * 1024;
/** The same limit as base64 text inside a JSON envelope. */
export const MAX_UPLOAD_BASE64_LENGTH = Math.ceil(MAX_UPLOAD_BYTES / 3) * 4;
/** A whole API request: the largest upload plus room for the rest of the envelope. */
export const MAX_REQUEST_BYTES = MAX_UPLOAD_BASE64_LENGTH + 1024 * 1024;
export const UPLOAD_TOO_LARGE = `The file is too large (${MAX_UPLOAD_MB} MB at most).`;
