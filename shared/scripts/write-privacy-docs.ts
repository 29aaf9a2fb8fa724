/** Writes docs/terms.md and docs/privacy-policy.md from shared/src/privacy (run: pnpm privacy:docs). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { privacyMarkdown, termsMarkdown } from '../src/privacy/render';

const docs = join(__dirname, '..', '..', 'docs');
writeFileSync(join(docs, 'terms.md'), termsMarkdown());
writeFileSync(join(docs, 'privacy-policy.md'), privacyMarkdown());
console.log('wrote docs/terms.md and docs/privacy-policy.md');
