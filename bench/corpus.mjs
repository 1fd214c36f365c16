// Builds the benchmark corpus: about 1 MB of English and Romanian news text,
// made by repeating the shared dev articles (or, without ../shared, the
// sample article and the golden-corpus texts). Prints the file's path.
//   node bench/corpus.mjs [SIZE_BYTES]
import { readFileSync, writeFileSync, mkdirSync, existsSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function newsTexts() {
  const dev = join(root, '..', 'shared', 'eval', 'dev');
  const texts = [];
  if (existsSync(dev)) {
    for (const f of readdirSync(dev).filter((f) => f.endsWith('.jsonl')).sort()) {
      for (const line of readFileSync(join(dev, f), 'utf8').split('\n')) {
        if (line.trim()) texts.push(JSON.parse(line).text);
      }
    }
  }
  if (texts.length === 0) texts.push(readFileSync(join(root, 'www', 'sample.txt'), 'utf8'));
  return texts;
}

export function buildCorpus(size = 1_000_000) {
  const texts = newsTexts();
  const parts = [];
  let bytes = 0;
  for (let i = 0; bytes < size; i++) {
    const t = texts[i % texts.length] + '\n\n';
    parts.push(t);
    bytes += Buffer.byteLength(t);
  }
  const out = join(root, 'bench', 'out');
  mkdirSync(out, { recursive: true });
  const path = join(out, `news-${Math.round(size / 1e6)}mb.txt`);
  writeFileSync(path, parts.join(''));
  return path;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(buildCorpus(Number(process.argv[2] ?? 1_000_000)));
}
