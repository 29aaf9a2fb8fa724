import { ColumnOptions } from 'typeorm';

/**
 * A sum of exclusive areas in hundredths of m²: a city compound can pass 2^31, so BIGINT, read
 * back as a number (exact: far below 2^53).
 */
export const areaSumColumn: ColumnOptions = {
  type: 'bigint',
  default: 0,
  transformer: { to: (value: number) => value, from: (value: string | number | null) => (value === null ? 0 : Number(value)) },
};
