export const CONTENT_ERRORS = {
} as const;
