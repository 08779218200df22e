import { createHash } from 'node:crypto';

import { WRITE_PROGRESS } from './progress.repository';

describe('the progress write statement', () => {
  // The benchmark (ADR 0003) measures this exact text: composed from the enrollments and audit fragments, it must
  // stay byte for byte the statement it was. Change the fingerprint only together with a new benchmark run.
  it('is byte for byte the benchmarked statement', () => {
    expect(WRITE_PROGRESS).toHaveLength(3167);
    expect(createHash('sha256').update(WRITE_PROGRESS).digest('hex')).toBe(
      'a969773ded9bd56dff0a2c81affc9b3c9249f6cc4291a8ac3c6529d4a0261ab0',
    );
  });
});
