/** A ULID: 26 characters of Crockford base 32 (apart from ids.ts, so the page side can check ids without the generator). */
export const ULID_PATTERN = /^[0-9A-HJKMNP-TV-Z]{26}$/;
