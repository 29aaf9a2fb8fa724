/** class-transformer hook: surrounding spaces never count towards a length or make a value differ. */
export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** ISO 8601 with a zone (Z or ±hh:mm), by shape only: DTOs use IsInstant (validation/dates.ts), which also refuses times that do not exist. */
export const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
