export const EXPORT_ERRORS = {
} as const;
