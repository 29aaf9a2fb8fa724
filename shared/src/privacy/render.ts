/**
 * The documents as Markdown (docs/terms.md, docs/privacy-policy.md) and as blocks for the
 * mini-program's pages, both from policy.ts and inventory.ts: one source, so the app, the
 * repository and the code cannot say different things.
 */
import { PERSONAL_DATA, RETENTION_TEXT } from './inventory';
import { CURRENT_POLICY, POLICY_VERSIONS, PolicyDocument, PRIVACY, TERMS } from './policy';

/** One row of the inventory as people read it (the tables and columns stay in the Markdown for reviewers). */
export interface InventoryRow {
  what: string;
  purpose: string;
  seenBy: string;
  retention: string;
  sensitive: boolean;
}

export function inventoryRows(): InventoryRow[] {
  return PERSONAL_DATA.map((e) => ({
    what: e.what,
    purpose: e.purpose,
    seenBy: e.seenBy,
    retention: RETENTION_TEXT[e.retention],
    sensitive: e.sensitive === true,
  }));
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function header(doc: PolicyDocument): string[] {
  return [
    `# ${doc.title}`,
    '',
    `版本 ${CURRENT_POLICY.version}，${CURRENT_POLICY.effectiveOn} 起生效。`,
    '',
    '<!-- 由 shared/src/privacy 生成（pnpm privacy:docs），请勿手改；tests/privacy 检查它是否过期。 -->',
    '',
  ];
}

function sections(doc: PolicyDocument, after: (heading: string) => string[]): string[] {
  return doc.sections.flatMap((s) => [`## ${s.heading}`, '', ...s.paragraphs.flatMap((p) => [p, '']), ...after(s.heading)]);
}

export function termsMarkdown(): string {
  return [...header(TERMS), ...sections(TERMS, () => [])].join('\n');
}

export function privacyMarkdown(): string {
  const table = [
    '| 信息 | 用途 | 谁能看到 | 保存期限 | 数据库字段 |',
    '| --- | --- | --- | --- | --- |',
    ...PERSONAL_DATA.map(
      (e) =>
        `| ${cell(e.what)}${e.sensitive ? '（含敏感个人信息）' : ''} | ${cell(e.purpose)} | ${cell(e.seenBy)} | ${cell(RETENTION_TEXT[e.retention])} | \`${e.table}\`: ${e.columns.map((c) => `\`${c}\``).join(', ')} |`,
    ),
    '',
  ];
  const history = ['## 版本记录', '', ...POLICY_VERSIONS.map((v) => `- ${v.version}（${v.effectiveOn}）：${v.changes}`), ''];
  return [...header(PRIVACY), ...sections(PRIVACY, (heading) => (heading.startsWith('二、') ? table : [])), ...history].join('\n');
}
