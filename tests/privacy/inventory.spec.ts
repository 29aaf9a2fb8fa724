/**
 * The privacy policy cannot drift from what the server stores: every column of every entity is
 * classified (personal, with its purpose, audience and retention, or not personal), and the
 * committed documents are the ones the single source renders.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NOT_PERSONAL, PERSONAL_DATA, privacyMarkdown, termsMarkdown } from '@linli/shared';
import { DataSource } from 'typeorm';
import { ENTITIES } from '../../server/src/database/entities';

const ROOT = join(__dirname, '..', '..');

/** Names that say "about a person"; a column so named classified as not personal must be one of these reviewed exceptions. */
const PERSONAL_LOOKING =
  /(^|_)(name|phone|openid|unionid|address|label|lat|lng|latitude|longitude|photo|story|avatar|storage|thumb|body|note|reason|contact)(_|$)/;
const REVIEWED_NOT_PERSONAL: Record<string, string> = {
  'place.name': 'a district, street, community, grid or building',
  'work_unit.name': 'an organisation',
  'work_unit.party_org_name': 'an organisation',
  'ballot_option.label': 'a choice on a ballot',
  'post.address': "a post's site, not anyone's home",
  'post.latitude_e6': "a post's site",
  'post.longitude_e6': "a post's site",
  'media_check.label': "WeChat's verdict category",
  'wish.hidden_reason': "the secretary's reason for hiding content, about the content",
  'topic.hidden_reason': 'about the content',
  'topic_comment.hidden_reason': 'about the content',
  'post_shift.cancel_reason': "the publisher's reason for cancelling a shift",
};

let columnsByTable: Map<string, string[]>;

beforeAll(async () => {
  const dataSource = new DataSource({ type: 'better-sqlite3', database: ':memory:', entities: ENTITIES });
  await dataSource.initialize();
  columnsByTable = new Map(dataSource.entityMetadatas.map((m) => [m.tableName, m.columns.map((c) => c.databaseName)]));
  await dataSource.destroy();
});

function personalColumns(): Map<string, string[]> {
  const byTable = new Map<string, string[]>();
  for (const entry of PERSONAL_DATA) byTable.set(entry.table, [...(byTable.get(entry.table) ?? []), ...entry.columns]);
  return byTable;
}

test('every column of every entity is classified as personal (in the policy) or not personal', () => {
  const personal = personalColumns();
  const unclassified: string[] = [];
  const both: string[] = [];
  for (const [table, columns] of columnsByTable) {
    for (const column of columns) {
      const isPersonal = personal.get(table)?.includes(column) ?? false;
      const isNot = NOT_PERSONAL[table]?.includes(column) ?? false;
      if (!isPersonal && !isNot) unclassified.push(`${table}.${column}`);
      if (isPersonal && isNot) both.push(`${table}.${column}`);
    }
  }
  expect({ unclassified, both }).toEqual({ unclassified: [], both: [] });
});

test('the inventory names no table or column the entities do not have (a dropped column leaves the policy too)', () => {
  const listed = [
    ...PERSONAL_DATA.flatMap((e) => e.columns.map((c) => `${e.table}.${c}`)),
    ...Object.entries(NOT_PERSONAL).flatMap(([t, cs]) => cs.map((c) => `${t}.${c}`)),
  ];
  const stale = listed.filter((key) => {
    const [table, column] = key.split('.');
    return !columnsByTable.get(table)?.includes(column);
  });
  expect(stale).toEqual([]);
  expect(listed.length).toBe(new Set(listed).size);
});

test('a column whose name says it is about a person is not filed as not personal unless reviewed', () => {
  const suspicious = Object.entries(NOT_PERSONAL)
    .flatMap(([t, cs]) => cs.map((c) => `${t}.${c}`))
    .filter((key) => PERSONAL_LOOKING.test(key.split('.')[1]) && !(key in REVIEWED_NOT_PERSONAL));
  expect(suspicious).toEqual([]);
});

test('every personal entry says what, why, who sees it and for how long, in Chinese', () => {
  for (const entry of PERSONAL_DATA) {
    for (const text of [entry.what, entry.purpose, entry.seenBy]) expect(text).toMatch(/[\u4e00-\u9fff]/);
    expect(entry.columns.length).toBeGreaterThan(0);
  }
});

test.each([
  ['docs/privacy-policy.md', privacyMarkdown],
  ['docs/terms.md', termsMarkdown],
])('the committed %s is what shared/src/privacy renders (run pnpm privacy:docs)', (path, render) => {
  const file = join(ROOT, path);
  // Formatted as the committed file is (prettier's API is ESM-only, which jest's CommonJS cannot load).
  const fresh = execFileSync(join(ROOT, 'node_modules', '.bin', 'prettier'), ['--stdin-filepath', file], { input: render(), encoding: 'utf8' });
  expect(readFileSync(file, 'utf8')).toBe(fresh);
});
