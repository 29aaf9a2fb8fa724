import { DataSource, In } from 'typeorm';
import { User } from './user.entity';

/**
 * Display names by user id, for views: only the name column is read, never the rest of a user
 * row (phone, openid). Null ids are skipped, each id is read once; an unknown id has no entry.
 */
export async function displayNamesOf(dataSource: DataSource, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((id): id is string => id !== null))];
  if (unique.length === 0) return new Map();
  const users = await dataSource.getRepository(User).find({ select: { id: true, displayName: true }, where: { id: In(unique) } });
  return new Map(users.map((u) => [u.id, u.displayName]));
}
