// A @web/test-runner reporter that ends the run with one plain line, "N passed, N failed", which
// .ci/run sums. A test file that fails to load or throws outside a test counts as one failure.
function countTests(suite, counts) {
  for (const t of suite.tests ?? []) {
    if (t.skipped) counts.skipped += 1;
    else if (t.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) countTests(child, counts);
}

export function countReporter() {
  return {
    stop({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) countTests(session.testResults, counts);
        if (!session.passed && (session.errors?.length ?? 0) > 0) counts.failed += 1;
        else if (!session.passed && !session.testResults) counts.failed += 1;
      }
      const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
      process.stdout.write(`\n${counts.passed} passed, ${counts.failed} failed${skipped}\n`);
    },
  };
}
