// pack-check builds the tarball `npm pack` would publish and checks what is
// in it: the compiled library with its type declarations and the README,
// and nothing of the sources, tests or test build.
import { execFileSync } from 'node:child_process';

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
console.log(`pack-check: ${info.name}@${info.version}, ${files.length} files, ${info.size} bytes packed`);
