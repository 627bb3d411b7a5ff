// Generates src/lib/api/schema.d.ts from the published contract, or (--check) verifies that the
// committed file is up to date. The spec path can be overridden with OPENAPI_SPEC.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const spec = process.env.OPENAPI_SPEC ?? '../openapi/openapi.yaml';
const target = 'src/lib/api/schema.d.ts';
const check = process.argv.includes('--check');

function generate(out) {
  const bin = join(root, 'node_modules', 'openapi-typescript', 'bin', 'cli.js');
  execFileSync(process.execPath, [bin, spec, '-o', out], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const prettier = join(root, 'node_modules', 'prettier', 'bin', 'prettier.cjs');
  execFileSync(
    process.execPath,
    [prettier, '--config', join(root, '.prettierrc.json'), '--write', '--log-level', 'warn', out],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
}

if (!existsSync(join(root, spec))) {
  console.error(`OpenAPI contract not found at ${spec}`);
  process.exit(1);
}

if (!check) {
  generate(target);
  console.log(`Generated ${target} from ${spec}`);
} else {
  const dir = mkdtempSync(join(tmpdir(), 'api-types-'));
  try {
    const out = join(dir, 'schema.d.ts');
    generate(out);
    const fresh = readFileSync(out, 'utf8');
    const committed = existsSync(join(root, target))
      ? readFileSync(join(root, target), 'utf8')
      : '';
    if (fresh !== committed) {
      console.error(`${target} is out of date with ${spec}: run npm run api:types`);
      process.exit(1);
    }
    console.log(`${target} matches ${spec}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
