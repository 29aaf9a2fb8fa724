import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { registerTemplate } from '../register/register-template';
import { donghuRegisterSample } from './register-sample';

/** `pnpm register:sample [out.xlsx]`: writes 东湖社区's sample register (docs/samples/ by default). */
async function main(): Promise<void> {
  const out = resolve(process.argv[2] ?? resolve(__dirname, '../../../docs/samples/东湖社区台账示例.xlsx'));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, await registerTemplate(donghuRegisterSample()));
  console.log(`wrote ${out}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
