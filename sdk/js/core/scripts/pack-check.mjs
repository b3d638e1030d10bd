// pack-check builds the tarball `npm pack` would publish and checks it:
// the compiled library with its type declarations and the README, nothing
// of the sources, tests or test build; then it unpacks the tarball and
// imports it, so a broken entry point or a missing file fails here.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' });
const [info] = JSON.parse(out);
const files = info.files.map((f) => f.path).sort();
const required = ['package.json', 'README.md', 'dist/index.js', 'dist/index.d.ts'];
const missing = required.filter((f) => !files.includes(f));
const stray = files.filter((f) => !(f === 'package.json' || f === 'README.md' || f.startsWith('dist/')));
const noDecl = files.filter((f) => f.endsWith('.js') && f.startsWith('dist/') && !files.includes(f.replace(/\.js$/, '.d.ts')));
if (missing.length || stray.length || noDecl.length) {
  console.error('pack-check: bad package contents', { missing, stray, noDecl, files });
  process.exit(1);
}

// Unpack under build/ so the workspace's node_modules resolve the
// dependencies, as an installed package's would.
const dir = resolve('build', 'pack');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { encoding: 'utf8' }));
execFileSync('tar', ['-xzf', join(dir, packed.filename), '-C', dir]);
const mod = await import(pathToFileURL(join(dir, 'package', 'dist', 'index.js')).href);
for (const name of ['CiferClient', 'sealPayload', 'encryptFile', 'decryptFile', 'signMessage', 'verifyPublicKey', 'openSealed']) {
  if (typeof mod[name] !== 'function') {
    console.error(`pack-check: the packed package does not export ${name}`);
    process.exit(1);
  }
}
const { publicKey, secretKey } = mod.deriveKeyPair(new Uint8Array(64).fill(1));
const b = { chainId: 1n, secretId: 1n };
const env = mod.sealPayload(publicKey, b, new TextEncoder().encode('packed'));
if (new TextDecoder().decode(mod.openPayload(secretKey, b, env.cifer, env.encryptedMessage)) !== 'packed') {
  console.error('pack-check: the packed package does not round-trip a payload');
  process.exit(1);
}
rmSync(dir, { recursive: true, force: true });
console.log(`pack-check: ${info.name}@${info.version}, ${files.length} files, ${info.size} bytes packed; unpacked, imported and round-tripped a payload`);
