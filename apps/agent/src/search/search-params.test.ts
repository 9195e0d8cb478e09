import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  defaultSearch,
  DEFAULT_DAYS,
  MAX_DAYS,
  rangeIsValid,
  readSearchParams,
  spanOf,
  postcodeIssue,
  toPractitionersInput,
  toUrlParams,
  withFrom,
} from './search-params.js';

const today = '2026-11-26';

describe('the search in the address bar', () => {
  it('defaults to today and the next 14 days, with nothing in the address', () => {
    expect(readSearchParams(new URLSearchParams(), today)).toEqual({
      tariff: '',
      profession: '',
      place: '',
      name: '',
      from: today,
      to: '2026-12-10',
      sort: 'earliest',
      postcode: '',
    });
    expect(toUrlParams(defaultSearch(today), today).toString()).toBe('');
  });

  it('round-trips every field, and keeps only what differs from the defaults', () => {
    const search = {
      tariff: 'B1010',
      profession: 'chiropractor' as const,
      place: 'Bergen',
      name: 'Kari',
      from: '2026-12-01',
      to: '2026-12-10',
      sort: 'distance' as const,
      postcode: '5003',
    };
    const params = toUrlParams(search, today);
    expect(params.toString()).toBe(
      'takst=B1010&yrke=chiropractor&sted=Bergen&navn=Kari&fra=2026-12-01&sortering=avstand&postnr=5003',
    );
    expect(readSearchParams(params, today)).toEqual(search);
  });

  it('ignores what it does not understand instead of failing', () => {
    const read = readSearchParams(new URLSearchParams('yrke=astronaut&fra=igår&til=2026-13-45'), today);
    expect(read).toMatchObject({ profession: '', from: today, to: '2026-12-10' });
  });

  it('refuses a range that ends before it starts, and sends the rest to search.practitioners', () => {
    expect(rangeIsValid({ ...defaultSearch(today), from: '2026-12-02', to: '2026-12-01' })).toBe(false);
    expect(toPractitionersInput({ ...defaultSearch(today), place: '0366' })).toEqual({
      tariffCode: undefined,
      profession: undefined,
      place: '0366',
      practitionerName: undefined,
      from: today,
      to: '2026-12-10',
      sort: 'earliest',
      patientPostcode: undefined,
      limit: 12,
    });
  });

  it('asks for the patient’s postcode to sort by distance, in the schema’s words, and takes four digits', () => {
    expect(postcodeIssue(defaultSearch(today))).toBeNull();
    expect(postcodeIssue({ ...defaultSearch(today), sort: 'distance' })).toMatchObject({
      code: 'search.patient_postcode_required',
    });
    expect(postcodeIssue({ ...defaultSearch(today), postcode: '03' })).toMatchObject({
      code: 'department.postcode_format',
    });
    expect(postcodeIssue({ ...defaultSearch(today), sort: 'distance', postcode: '5003' })).toBeNull();
  });

  it('counts the days of a range, and keeps a span only when a search can have it', () => {
    expect(daysBetween('2026-11-26', '2026-12-10')).toBe(14);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2); // across the change to summer time
    expect(daysBetween('2026-12-10', '2026-11-26')).toBe(-14);
    expect(daysBetween('', '2026-12-10')).toBeNaN();
    expect(spanOf(defaultSearch(today))).toBe(DEFAULT_DAYS);
    expect(spanOf({ from: '2026-12-01', to: '2026-12-01' })).toBe(0);
    expect(spanOf({ from: '2026-12-01', to: '2026-12-08' })).toBe(7);
    // Backwards, too long, or half typed: the default, or what the agent chose before.
    expect(spanOf({ from: '2026-12-08', to: '2026-12-01' })).toBe(DEFAULT_DAYS);
    expect(spanOf({ from: '0202-12-01', to: '2026-12-08' }, 7)).toBe(7);
    expect(spanOf({ from: '2026-12-01', to: '' }, 7)).toBe(7);
    expect(spanOf({ from: '2026-01-01', to: '2026-04-03' })).toBe(MAX_DAYS);
    expect(spanOf({ from: '2026-01-01', to: '2026-04-04' })).toBe(DEFAULT_DAYS);
  });

  describe('moving «Fra dato»', () => {
    const d = defaultSearch(today); // 2026-11-26 – 2026-12-10

    it('takes «Til dato» along when «Fra dato» passes it, keeping the span', () => {
      expect(withFrom(d, '2026-12-15')).toEqual({ ...d, from: '2026-12-15', to: '2026-12-29' });
      expect(withFrom(d, '2027-01-04', 7)).toMatchObject({ from: '2027-01-04', to: '2027-01-11' });
    });

    it('takes it along when «Fra dato» lands on it or the day before, so it never becomes a one-day search', () => {
      expect(withFrom(d, '2026-12-10')).toMatchObject({ from: '2026-12-10', to: '2026-12-24' });
      expect(withFrom(d, '2026-12-09')).toMatchObject({ from: '2026-12-09', to: '2026-12-23' });
      // A one-day search the agent chose stays one day.
      expect(withFrom({ ...d, from: '2026-12-01', to: '2026-12-01' }, '2026-12-03', 0)).toMatchObject({
        from: '2026-12-03',
        to: '2026-12-03',
      });
    });

    it('leaves «Til dato» alone while the range still makes sense', () => {
      expect(withFrom(d, '2026-12-08')).toEqual({ ...d, from: '2026-12-08' });
      expect(withFrom(d, '2026-11-20')).toEqual({ ...d, from: '2026-11-20' });
      // Moving back to the day before a one-day search widens it instead of moving it.
      expect(withFrom({ ...d, from: '2026-12-05', to: '2026-12-05' }, '2026-12-04', 0)).toMatchObject({
        from: '2026-12-04',
        to: '2026-12-05',
      });
    });

    it('never makes a range the server refuses, and waits for a whole date', () => {
      expect(withFrom(d, '2026-12-20', 500)).toMatchObject({ to: '2027-03-22' });
      expect(daysBetween('2026-12-20', withFrom(d, '2026-12-20', 500).to)).toBe(MAX_DAYS);
      expect(withFrom(d, '2026-12-20', -3)).toMatchObject({ to: '2026-12-20' });
      expect(withFrom(d, '')).toEqual({ ...d, from: '' });
      expect(withFrom({ ...d, to: '' }, '2026-12-20')).toEqual({ ...d, from: '2026-12-20', to: '' });
      // A year typed digit by digit passes through early years; only the whole date moves «Til dato».
      expect(withFrom(d, '0002-11-26')).toEqual({ ...d, from: '0002-11-26' });
      expect(withFrom({ ...d, from: '0202-11-26' }, '2027-11-26', DEFAULT_DAYS)).toMatchObject({
        from: '2027-11-26',
        to: '2027-12-10',
      });
      for (const from of ['2026-12-09', '2026-12-10', '2026-12-31', '2027-06-01'])
        expect(rangeIsValid(withFrom(d, from))).toBe(true);
    });
  });
});
