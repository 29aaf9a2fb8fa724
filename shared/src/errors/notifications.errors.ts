export const NOTIFICATION_ERRORS = {
} as const;
