// What crosses the thread comes back as it went: documents in slices, lists in JSON batches, and a
// warm year's answer rebuilt from the previous answer's findings plus the new ones only.
import { describe, expect, it } from 'vitest';
import { createIncrementalValidator } from '../../../../../../src/main/core/scheduling/engine';
import { applyPatch } from '../../../../../../src/main/core/scheduling/validation-worker';
import { decodeDocument, encodeDocument } from '../../../../../../src/main/core/scheduling/validation-worker/document-transfer';
import { decodeList, encodeList } from '../../../../../../src/main/core/scheduling/validation-worker/list-transfer';
import { yearOf150 } from '../../../../../support/year-of-150';

const year = yearOf150();

describe('crossing the thread', () => {
  it('slices a long document and joins it back equal', async () => {
    const encoded = await encodeDocument(year);
    expect(encoded.slices.length).toBeGreaterThan(5);
    expect(decodeDocument(encoded)).toEqual(year);
  });

  it('sends an incremental answer as the findings it changed plus where the others were', async () => {
    const validator = createIncrementalValidator(year);
    const before = validator.findings();
    const first = await decodeList(encodeList(before));
    expect(first).toEqual(before);
    const edited = applyPatch(year, { kind: 'assignments', changes: [{ personId: 'res7', block: 5, rotationId: 'rot3' }] });
    const after = validator.update(edited, { personIds: ['res7'], blocks: [5] });
    const encoded = encodeList(after, before);
    const sentChars = encoded.batches.reduce((n, b) => n + b.length, 0);
    expect(sentChars).toBeLessThan(JSON.stringify(after).length / 10);
    expect(await decodeList(encoded, first)).toEqual(after);
  });
});
