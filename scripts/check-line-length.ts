// Lines of hand-written code are at most 120 characters. Biome's formatter wraps code at 120 but leaves long
// strings and comments alone, so this checks what it cannot.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const MAX = 120;
const files = execFileSync('git', [
  'ls-files',
  '--cached',
  '--others',
  '--exclude-standard',
  '*.ts',
  '*.tsx',
  '*.java',
  '*.cjs',
])
  .toString()
  .split('\n')
  .filter((file) => file !== '' && !file.includes('/generated/'));

const long = files.flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, index) => (line.length > MAX ? [`${file}:${index + 1}: ${line.length} characters`] : [])),
);
if (long.length > 0) {
  console.error(`Lines over ${MAX} characters:\n${long.join('\n')}`);
  process.exit(1);
}
console.log(`${files.length} files, no line over ${MAX} characters.`);
