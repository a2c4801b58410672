import { expect } from '@open-wc/testing';
import {
  dateTimeSettings,
  EMPTY_INPUTS,
  inputBounds,
  inputsOf,
  rangeProblem,
  storedRangeProblem,
  valueOf,
} from '../../../src/model/controls/datetime.js';
import { node } from './config-nodes.js';

const settingsOf = (attrs: Record<string, string>) =>
  dateTimeSettings(node('DateTime', { name: 'dt', ...attrs }));

describe('datetime model', () => {
  it('picks inputs from `only` as Label Studio does', () => {
    expect(settingsOf({}).fields).to.deep.equal({ date: true, time: true, month: false, year: false });
    expect(settingsOf({ only: 'date' }).fields).to.deep.equal({
      date: true,
      time: false,
      month: false,
      year: false,
    });
    expect(settingsOf({ only: 'time' }).timeOnly).to.equal(true);
    expect(settingsOf({ only: 'month,year' }).fields).to.deep.equal({
      date: false,
      time: false,
      month: true,
      year: false,
    });
    expect(settingsOf({ only: 'year' }).fields).to.deep.equal({
      date: false,
      time: false,
      month: false,
      year: true,
    });
    expect(settingsOf({ only: 'date,year' }).fields.year).to.equal(false);
  });

  it('stores date+time as %Y-%m-%dT%H:%M by default (classification_mixed writes 1991-05-22T09:17)', () => {
    const settings = settingsOf({});
    const value = valueOf({ ...EMPTY_INPUTS, date: '1991-05-22', time: '09:17' }, settings);
    expect(value).to.include({ kind: 'value', value: '1991-05-22T09:17' });
    expect(inputsOf('1991-05-22T09:17', settings)).to.include({ date: '1991-05-22', time: '09:17' });
  });

  it('a date without a time takes midnight; a time without a date is not a value yet', () => {
    const settings = settingsOf({});
    expect(valueOf({ ...EMPTY_INPUTS, date: '2024-02-29' }, settings)).to.include({
      value: '2024-02-29T00:00',
    });
    expect(valueOf({ ...EMPTY_INPUTS, time: '10:00' }, settings).kind).to.equal('incomplete');
    expect(valueOf(EMPTY_INPUTS, settings).kind).to.equal('empty');
  });

  it('honours a strftime format both ways (the datetime fixture stores dd.mm.yyyy HH:MM)', () => {
    const settings = settingsOf({ format: '%d.%m.%Y %H:%M' });
    expect(valueOf({ ...EMPTY_INPUTS, date: '2021-11-10', time: '08:05' }, settings)).to.include({
      value: '10.11.2021 08:05',
    });
    expect(inputsOf('10.11.2021 08:05', settings)).to.include({ date: '2021-11-10', time: '08:05' });
  });

  it('stores a time alone raw, ignoring format', () => {
    const settings = settingsOf({ only: 'time', format: '%H h %M' });
    expect(valueOf({ ...EMPTY_INPUTS, time: '07:45' }, settings)).to.include({ value: '07:45' });
    expect(inputsOf('7:45', settings).time).to.equal('07:45');
  });

  it('stores a month or a year as Label Studio 1.22 does (%Y-%m-%d), and reads "2024" too', () => {
    const year = settingsOf({ only: 'year' });
    expect(valueOf({ ...EMPTY_INPUTS, year: '2024' }, year)).to.include({ value: '2024-01-01' });
    expect(inputsOf('2024-01-01', year).year).to.equal('2024');
    expect(inputsOf('2024', year).year).to.equal('2024');
    const month = settingsOf({ only: 'month,year' });
    expect(valueOf({ ...EMPTY_INPUTS, month: '2024-05' }, month)).to.include({ value: '2024-05-01' });
    expect(inputsOf('2024-05-01', month).month).to.equal('2024-05');
    expect(valueOf({ ...EMPTY_INPUTS, year: '2024' }, settingsOf({ only: 'year', format: '%Y' }))).to.include(
      { value: '2024' },
    );
  });

  it('reads unreadable stored values as empty inputs', () => {
    expect(inputsOf('not a date', settingsOf({}))).to.deep.equal(EMPTY_INPUTS);
    expect(inputsOf(42, settingsOf({}))).to.deep.equal(EMPTY_INPUTS);
  });

  it('checks min and max as Label Studio compares them', () => {
    const settings = settingsOf({ only: 'date', min: '2021-11-10', max: '2022-01-31' });
    const at = (date: string) => {
      const value = valueOf({ ...EMPTY_INPUTS, date }, settings);
      return value.kind === 'value' ? rangeProblem(value.parts, settings)?.message : 'no value';
    };
    expect(at('2021-11-09')).to.equal('Must be 2021-11-10 or later');
    expect(at('2021-11-10')).to.equal(undefined);
    expect(at('2022-02-01')).to.equal('Must be 2022-01-31 or earlier');
    expect(storedRangeProblem('2020-01-01', settings)).to.deep.equal({
      bound: 'min',
      message: 'Must be 2021-11-10 or later',
    });
    const years = settingsOf({ only: 'year', min: '2000', max: '2010' });
    expect(storedRangeProblem('2011-01-01', years)?.message).to.equal('Must be 2010 or earlier');
    expect(storedRangeProblem('2010-01-01', years)).to.equal(undefined);
  });

  it('derives each native input’s bounds', () => {
    expect(inputBounds('2021-11-10')).to.deep.equal({ date: '2021-11-10', month: '2021-11', year: '2021' });
    expect(inputBounds('2021-11-10T9:30')).to.include({ time: '09:30' });
    expect(inputBounds(undefined)).to.deep.equal({});
  });
});
