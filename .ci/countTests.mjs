// Sums vitest JSON reports into the one closing line CI reads: `tests: N passed, N failed`.
// A missing or unreadable report counts as a failure, so a crashed runner never reads as green.
import fs from 'node:fs';

let passed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
  try {
    const report = JSON.parse(fs.readFileSync(file, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    if (report.numTotalTests === 0 || (report.success === false && report.numFailedTests === 0)) failed += 1;
  } catch (error) {
    console.error(`Could not read test report ${file}: ${error.message}`);
    failed += 1;
  }
}
console.log(`tests: ${passed} passed, ${failed} failed`);
