import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formatStrftime, parseStrftime, type DateParts } from '../../../src/model/controls/strftime.js';

const may22: DateParts = { year: 1991, month: 5, day: 22, hour: 9, minute: 17, second: 4 };

describe('strftime', () => {
  it('formats the directives Label Studio configs use', () => {
    expect(formatStrftime('%Y-%m-%dT%H:%M', may22)).to.equal('1991-05-22T09:17');
    expect(formatStrftime('%d.%m.%Y %H:%M', may22)).to.equal('22.05.1991 09:17');
    expect(formatStrftime('%a %A %b %B %e %j %y', may22)).to.equal('Wed Wednesday May May 22 142 91');
    expect(formatStrftime('%I:%M:%S %p', { ...may22, hour: 0 })).to.equal('12:17:04 AM');
    expect(formatStrftime('%I %p', { ...may22, hour: 13 })).to.equal('01 PM');
    expect(formatStrftime('%-d/%-m %_H|%%|%Q', { ...may22, day: 3 })).to.equal('3/5  9|%|%Q');
    expect(formatStrftime('%Y', { ...may22, year: 33 })).to.equal('0033');
  });

  it('parses back, defaulting missing fields as d3 does', () => {
    expect(parseStrftime('%Y-%m-%dT%H:%M', '1991-05-22T09:17')).to.deep.equal({ ...may22, second: 0 });
    expect(parseStrftime('%Y', '2024')).to.deep.equal({
      year: 2024,
      month: 1,
      day: 1,
      hour: 0,
      minute: 0,
      second: 0,
    });
    expect(parseStrftime('%B %d, %Y', 'may 22, 1991')).to.include({ year: 1991, month: 5, day: 22 });
    expect(parseStrftime('%I:%M %p', '12:30 AM')).to.include({ hour: 0, minute: 30 });
    expect(parseStrftime('%I:%M %p', '01:30 PM')).to.include({ hour: 13 });
    expect(parseStrftime('%j/%Y', '060/2024')).to.include({ month: 2, day: 29 });
    expect(parseStrftime('%y', '68')).to.include({ year: 2068 });
    expect(parseStrftime('%y', '69')).to.include({ year: 1969 });
    expect(parseStrftime('%Y-%m-%d', '2024-5-3')).to.include({ month: 5, day: 3 });
  });

  it('refuses text that does not match the whole format or names no real date', () => {
    expect(parseStrftime('%Y-%m-%d', '2024-05-22T10:00')).to.equal(undefined);
    expect(parseStrftime('%Y-%m-%d', '2023-02-29')).to.equal(undefined);
    expect(parseStrftime('%Y-%m-%d', '2024-13-01')).to.equal(undefined);
    expect(parseStrftime('%H:%M', '24:00')).to.equal(undefined);
    expect(parseStrftime('%j/%Y', '366/2023')).to.equal(undefined);
    expect(parseStrftime('%d.%m.%Y', '22/05/1991')).to.equal(undefined);
    expect(parseStrftime('%Y', 'garbage')).to.equal(undefined);
  });

  it('property: parse(format(parts)) gives the parts back', () => {
    const formats = [
      '%Y-%m-%dT%H:%M:%S',
      '%d.%m.%Y %H:%M:%S',
      '%B %-d, %Y %I:%M:%S %p',
      '%a %b %e %Y %H:%M:%S',
      '%j/%Y %H:%M:%S',
      '%Y%m%d%H%M%S',
    ];
    const parts = fc
      .record({
        year: fc.integer({ min: 1000, max: 9999 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 31 }),
        hour: fc.integer({ min: 0, max: 23 }),
        minute: fc.integer({ min: 0, max: 59 }),
        second: fc.integer({ min: 0, max: 59 }),
      })
      .filter((p) => new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDate() === p.day);
    fc.assert(
      fc.property(parts, fc.constantFrom(...formats), (p, format) => {
        expect(parseStrftime(format, formatStrftime(format, p))).to.deep.equal(p);
      }),
    );
  });
});
