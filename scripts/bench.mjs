// `make bench`. For now it prints the size table of the release build in dist/ (and writes
// target/size.json). The benchmark work extends this file: startup, interaction and memory
// figures measured with Playwright in Chromium, written to target/bench.json.

import { measure, formatTable, writeJson } from './size-table.mjs';

const sizes = measure();
console.log('painmap benchmark');
console.log('');
console.log('Size of dist/ (bytes; gzip -9, brotli q11):');
console.log(formatTable(sizes));
writeJson(sizes);
