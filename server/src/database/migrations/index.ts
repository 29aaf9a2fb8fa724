import { Foundation1795309526896 } from './1795309526896-Foundation';

/** Every MySQL migration, oldest first. Add new ones here (pnpm migration:generate prints the name). */
export const MIGRATIONS = [Foundation1795309526896];
