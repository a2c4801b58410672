import { expect } from '@open-wc/testing';
import type { ParsedConfig } from '../../../src/config/types.js';
import type { LSResult } from '../../../src/format/types.js';
import { ResultIndex } from '../../../src/model/result-index.js';
import { validateAnnotation } from '../../../src/model/validation.js';
import { node } from './config-nodes.js';

/** Submit validation refuses a DateTime outside min/max, as Label Studio's `validateValue` does. */
describe('validation of DateTime min/max', () => {
  const control = node('DateTime', { name: 'dt', toName: 't', only: 'date', min: '2021-11-10' });
  const config: ParsedConfig = {
    root: node('View', {}, [control]),
    errors: [],
    byName: new Map([['dt', control]]),
    parentOf: new Map(),
    objects: [],
    controls: [control],
    targets: new Map([['dt', ['t']]]),
  };
  const check = (datetime: string) => {
    const item: LSResult = { id: 'r1', from_name: 'dt', to_name: 't', type: 'datetime', value: { datetime } };
    return validateAnnotation(config, new ResultIndex([item], () => true), () => true);
  };

  it('flags a stored date before min', () => {
    expect(check('2021-11-09')).to.deep.equal([
      { code: 'min', message: '“dt”: Must be 2021-11-10 or later', control: 'dt' },
    ]);
  });

  it('accepts a date in range', () => {
    expect(check('2021-11-10')).to.deep.equal([]);
  });
});
