import fc from 'fast-check';
import { parseAmount } from '../../../src/core/thai/amount';
import { bahtTextOfSatang } from '../../../src/core/thai/bahtText';
import {
  type CalendarDay,
  compareDays,
  dateOfDay,
  dayOfDate,
  daysInMonth,
  isRealDay,
} from '../../../src/core/thai/calendarDay';
import { toArabicDigits, toThaiDigits } from '../../../src/core/thai/digits';
import { formatScaled } from '../../../src/core/thai/formatNumber';
import { THAI_MONTHS, THAI_MONTHS_ABBR } from '../../../src/core/thai/months';
import { parsePeriod } from '../../../src/core/thai/period';
import { formatThaiDate, parseThaiDate, type ThaiDateStyle } from '../../../src/core/thai/thaiDate';

const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: fc.constantFrom(...'๐๑๒๓๔๕๖๗๘๙0123456789.,-–/ กขคฎฏ'.split('')) }),
);

const dayIn = (minYear: number, maxYear: number): fc.Arbitrary<CalendarDay> =>
  fc
    .record({
      year: fc.integer({ min: minYear, max: maxYear }),
      month: fc.integer({ min: 1, max: 12 }),
      d: fc.nat(),
    })
    .map(({ year, month, d }) => ({ year, month, day: (d % daysInMonth(year, month)) + 1 }));

describe('digits', () => {
  it('Thai and Arabic digits map back and forth', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(toArabicDigits(toThaiDigits(s))).toBe(toArabicDigits(s));
        expect(toThaiDigits(toArabicDigits(s))).toBe(toThaiDigits(s));
        expect(toThaiDigits(s)).not.toMatch(/[0-9]/);
        expect(toArabicDigits(s)).not.toMatch(/[๐-๙]/);
      }),
    );
  });
});

describe('amounts', () => {
  const satang = fc.integer({ min: -(1e15 - 1), max: 1e15 - 1 });

  it('a formatted amount reads back to the same satang, in any of the ways staff write it', () => {
    const dressing = fc.record({
      thai: fc.boolean(),
      prefix: fc.constantFrom('', 'จำนวน ', 'เป็นเงิน ', '฿'),
      suffix: fc.constantFrom('', ' บาท', 'บาท', '\u00a0', ' บาทถ้วน'),
    });
    fc.assert(
      fc.property(satang, dressing, (s, { thai, prefix, suffix }) => {
        const text = (s < 0 ? prefix.replace('฿', '') : prefix) + formatScaled(BigInt(s), 2, thai) + suffix;
        expect(parseAmount(text)).toEqual({ kind: 'amount', satang: s });
      }),
    );
  });

  it('whole baht written "30,000.-" read back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e13 }), fc.boolean(), (baht, thai) => {
        expect(parseAmount(`${formatScaled(BigInt(baht), 0, thai)}.- บาท`)).toEqual({
          kind: 'amount',
          satang: baht * 100,
        });
      }),
    );
  });

  it('a number reads to its satang exactly', () => {
    fc.assert(
      fc.property(satang, (s) => {
        expect(parseAmount(s / 100)).toEqual({ kind: 'amount', satang: s });
      }),
    );
  });

  it('never throws and never turns unread text into a number silently', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const read = parseAmount(s);
        if (read.kind === 'amount') expect(s).toMatch(/[0-9๐-๙]/);
        if (read.kind === 'invalid') expect(read.reason.th && read.reason.en).toBeTruthy();
      }),
    );
  });
});

describe('baht text', () => {
  const words = (baht: bigint) => (baht === 0n ? '' : bahtTextOfSatang(baht * 100n).replace('บาทถ้วน', ''));

  it('of millions and a rest is the text of the millions, ล้าน, and the text of the rest', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10n ** 15n }),
        fc.bigInt({ min: 0n, max: 999999n }).filter((r) => r !== 1n),
        (millions, rest) => {
          expect(bahtTextOfSatang((millions * 1000000n + rest) * 100n)).toBe(
            `${words(millions)}ล้าน${words(rest)}บาทถ้วน`,
          );
        },
      ),
    );
  });

  it('of baht and satang is the text of each', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10n ** 13n }),
        fc.bigInt({ min: 1n, max: 99n }),
        (baht, satang) => {
          const satangWords = bahtTextOfSatang(satang).replace('สตางค์', '');
          expect(bahtTextOfSatang(baht * 100n + satang)).toBe(`${words(baht)}บาท${satangWords}สตางค์`);
        },
      ),
    );
  });

  it('never says หนึ่งสิบ, สองสิบ or สิบหนึ่ง; negatives are ลบ and the text of the amount', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 20n }), (n) => {
        const text = bahtTextOfSatang(n);
        expect(text).not.toMatch(/หนึ่งสิบ|สองสิบ|สิบหนึ่ง/);
        expect(text).toMatch(/(บาทถ้วน|สตางค์)$/);
        expect(bahtTextOfSatang(-n)).toBe(`ลบ${text}`);
      }),
    );
  });
});

describe('dates', () => {
  const styles: ThaiDateStyle[] = [
    'full',
    'medium',
    'numeric',
    'full-arabic',
    'medium-arabic',
    'numeric-arabic',
  ];

  it('a formatted date reads back to the same day', () => {
    fc.assert(
      fc.property(dayIn(1900, 2400), fc.constantFrom(...styles), (day, style) => {
        expect(parseThaiDate(formatThaiDate(day, style))).toEqual({ kind: 'date', day });
      }),
    );
  });

  it('two-digit years read back within BE 2500–2599', () => {
    fc.assert(
      fc.property(
        dayIn(1957, 2056),
        fc.constantFrom<ThaiDateStyle>('short', 'short-arabic'),
        (day, style) => {
          expect(parseThaiDate(formatThaiDate(day, style))).toEqual({ kind: 'date', day });
        },
      ),
    );
  });

  it('a day survives the trip through a sheet date, at any fixed offset', () => {
    fc.assert(
      fc.property(dayIn(1900, 2400), fc.integer({ min: -720, max: 840 }), (day, offset) => {
        expect(dayOfDate(dateOfDay(day, offset), offset)).toEqual(day);
      }),
    );
  });
});

describe('periods', () => {
  const month = fc.integer({ min: 0, max: 11 });
  const token = fc.oneof(
    month.map((m) => THAI_MONTHS[m]),
    month.map((m) => THAI_MONTHS_ABBR[m]),
    month.map((m) => THAI_MONTHS_ABBR[m].replace(/\./g, '')),
    fc.integer({ min: 0, max: 3000 }).map(String),
    fc.integer({ min: 0, max: 3000 }).map((n) => toThaiDigits(String(n))),
    fc.constantFrom('-', '–', ' ', '/', '.', 'ไตรมาส', 'ตลอดปีงบประมาณ', 'ถึง', 'พ.ศ.', 'และ', ',', 'ปี', 'q'),
  );
  const built = fc.array(token, { maxLength: 12 }).map((parts) => parts.join(''));
  const spaced = fc.array(token, { maxLength: 12 }).map((parts) => parts.join(' '));

  it('never throws on any string, and what it accepts is a real, ordered span', () => {
    fc.assert(
      fc.property(
        fc.oneof(anyText, built, spaced),
        fc.option(fc.integer({ min: 2400, max: 2800 })),
        (text, fy) => {
          const read = parsePeriod(text, fy ?? undefined);
          expect(['period', 'reversed', 'blank', 'invalid']).toContain(read.kind);
          if (read.kind === 'period') {
            expect(isRealDay(read.start) && isRealDay(read.end)).toBe(true);
            expect(compareDays(read.end, read.start)).toBeGreaterThanOrEqual(0);
          }
          if (read.kind === 'invalid') expect(read.reason.th && read.reason.en).toBeTruthy();
          expect(() => parseThaiDate(text)).not.toThrow();
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('two formatted days joined by a dash read back as that period', () => {
    fc.assert(
      fc.property(
        dayIn(1957, 2056),
        dayIn(1957, 2056),
        fc.constantFrom<ThaiDateStyle>('full', 'medium', 'short', 'numeric', 'short-arabic'),
        fc.constantFrom(' - ', '-', ' – ', ' ถึง '),
        (a, b, style, dash) => {
          const read = parsePeriod(formatThaiDate(a, style) + dash + formatThaiDate(b, style));
          const kind = compareDays(b, a) >= 0 ? 'period' : 'reversed';
          expect(read).toMatchObject({ kind, start: a, end: b });
        },
      ),
    );
  });
});
