/** Capitalised words, in comma-separated parts: "Dublin", "San Francisco, CA", "Berlin, Germany". */
export const PLACE = /^[A-Z][\w.'-]*(?:,?\s+[A-Z][\w.'-]*){0,4}$/;
