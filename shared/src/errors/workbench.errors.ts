export const WORKBENCH_ERRORS = {
} as const;
