import { calendarYears, contractPeriod, contractYears, elapsedContractYears } from '../../src/domain/rules/contract-period';
import { serialToIso, ymdToSerial } from '../../src/domain/values/dates';

const iso = (s: number): string => serialToIso(s);

describe('contract period: from the signature date, for the duration', () => {
  // The example: signed 14/10/2025 for 3 years, the contract runs until 13/10/2028.
  // Computed in each test, not once for the describe block: mutation testing links a mutant to the tests that run it.
  const signed = () => contractPeriod({ signatureDate: ymdToSerial(2025, 10, 14), durationYears: 3 });

  it('ends the day before the anniversary', () => {
    const period = signed();
    expect(period && { start: iso(period.start), end: iso(period.end) }).toEqual({ start: '2025-10-14', end: '2028-10-13' });
  });

  it('counts contract years from anniversary to anniversary', () => {
    const period = signed();
    expect(period && contractYears(period).map((y) => `${y.index} ${iso(y.from)} ${iso(y.to)}`)).toEqual([
      '1 2025-10-14 2026-10-13',
      '2 2026-10-14 2027-10-13',
      '3 2027-10-14 2028-10-13',
    ]);
  });

  it('touches four calendar years', () => {
    const period = signed();
    expect(period && calendarYears(period)).toEqual([2025, 2026, 2027, 2028]);
  });

  it('a contract year is elapsed the day after its last day, not on it', () => {
    const period = signed();
    if (!period) throw new Error('no period');
    expect(elapsedContractYears(period, ymdToSerial(2026, 10, 13)).map((y) => y.index)).toEqual([]);
    expect(elapsedContractYears(period, ymdToSerial(2026, 10, 14)).map((y) => y.index)).toEqual([1]);
    expect(elapsedContractYears(period, ymdToSerial(2028, 10, 14)).map((y) => y.index)).toEqual([1, 2, 3]);
  });

  it('a contract signed on 29 February ends on 28 February', () => {
    const leap = contractPeriod({ signatureDate: ymdToSerial(2024, 2, 29), durationYears: 3 });
    expect(leap && iso(leap.end)).toBe('2027-02-28');
  });

  it.each([
    [null, 3],
    [ymdToSerial(2025, 1, 1), null],
    [ymdToSerial(2025, 1, 1), 2.5],
    [ymdToSerial(2025, 1, 1), 0],
    [ymdToSerial(2025, 1, 1), -3],
    // Beyond ten years is a typing slip (2027 in the duration), not a contract.
    [ymdToSerial(2025, 1, 1), 11],
  ])('is unknown without a signature date or a whole duration (%p, %p)', (signatureDate, durationYears) => {
    expect(contractPeriod({ signatureDate, durationYears })).toBeNull();
  });

  it.each([
    [1, '2025-01-01', '2025-12-31'],
    [10, '2025-01-01', '2034-12-31'],
  ])('runs for any whole duration from 1 to 10 years (%i)', (durationYears, start, end) => {
    const p = contractPeriod({ signatureDate: ymdToSerial(2025, 1, 1), durationYears });
    expect(p && { start: iso(p.start), end: iso(p.end), durationYears: p.durationYears }).toEqual({ start, end, durationYears });
  });

  it('starts on the signature day when the cell also holds a time', () => {
    const p = contractPeriod({ signatureDate: ymdToSerial(2025, 10, 14) + 0.75, durationYears: 3 });
    expect(p && [iso(p.start), iso(p.end)]).toEqual(['2025-10-14', '2028-10-13']);
    expect(p && Number.isInteger(p.start)).toBe(true);
  });
});
