// Thai toolkit figures through the built bundle: THAI_NUMBER over a 100,000 × 1 range of amounts as
// staff type them, THAI_DATE over 100,000 sheet dates, THAI_PERIOD over 10,000 period cells.
// The date functions read the spreadsheet's time zone once per call and format each distinct date
// with Utilities.formatDate: here both come from a stand-in over Intl that counts its calls (the
// figure is the bundle's own work; in Apps Script each formatDate is a service call, so the count
// of calls is the figure to watch).
function appsScriptStandIn(timeZone) {
  const calls = { formatDate: 0 };
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
  const formatDate = (date, _tz, pattern) => {
    calls.formatDate++;
    const p = Object.fromEntries(parts.formatToParts(date).map((x) => [x.type, x.value]));
    if (pattern === 'yyyy-MM-dd') return `${p.year}-${p.month}-${p.day}`;
    const wall = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute);
    const minutes = Math.round((wall - Math.floor(date.getTime() / 60000) * 60000) / 60000);
    const abs = Math.abs(minutes);
    const hhmm = String(Math.floor(abs / 60)).padStart(2, '0') + String(abs % 60).padStart(2, '0');
    return (minutes < 0 ? '-' : '+') + hhmm;
  };
  return {
    calls,
    globals: {
      SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSpreadsheetTimeZone: () => timeZone }) },
      Session: { getScriptTimeZone: () => timeZone },
      Utilities: { formatDate },
    },
  };
}

export default async ({ median, loadBundle }) => {
  const standIn = appsScriptStandIn('Asia/Bangkok');
  const ctx = loadBundle(standIn.globals);
  const N = 100000;
  const amountForms = [
    (i) => `${(i * 37).toLocaleString('en-US')}.00`,
    (i) => `๒๐,๐${i % 10 === 1 ? '๑' : '๐'}๐`,
    (i) => `จำนวน ${(i * 101).toLocaleString('en-US')} บาท`,
    () => '-',
    () => 'ไม่ใช้งบประมาณ',
    (i) => `${i}.- บาท`,
    (i) => `1.${i % 10} ล้านบาท`,
    (i) => i * 3,
  ];
  const amounts = Array.from({ length: N }, (_, i) => [amountForms[i % amountForms.length](i)]);
  const day = 86400000;
  const start = Date.UTC(2020, 0, 1) - 7 * 3600000;
  const dates = Array.from({ length: N }, (_, i) => [new Date(start + (i % 3650) * day)]);
  const periodForms = [
    '๑ ต.ค. ๒๕๖๕ - ๓๐ ก.ย. ๒๕๖๖',
    'ต.ค.64-มี.ค.65',
    'ม.ค.-มี.ค.2565',
    'ไตรมาส 1-2',
    'ตลอดปีงบประมาณ',
  ];
  const periods = Array.from({ length: N / 10 }, (_, i) => [periodForms[i % periodForms.length]]);

  const perItem = (ms, n) => `${((ms * 1000) / n).toFixed(2)} µs per cell`;
  const runs = { runs: 7, warmup: 1 };
  const number = await median(() => ctx.THAI_NUMBER(amounts), runs);
  const full = await median(() => ctx.THAI_DATE(dates), runs);
  const short = await median(() => ctx.THAI_DATE(dates, 'short-arabic'), runs);
  const period = await median(() => ctx.THAI_PERIOD(periods, 2566), runs);
  standIn.calls.formatDate = 0;
  ctx.THAI_DATE(dates);
  const formatDateCalls = standIn.calls.formatDate;
  return [
    {
      name: 'THAI_NUMBER, 100,000 × 1 amounts',
      value: number,
      unit: 'ms',
      budget: 500,
      note: perItem(number, N),
    },
    { name: 'THAI_DATE full, 100,000 dates', value: full, unit: 'ms', budget: 500, note: perItem(full, N) },
    {
      name: 'THAI_DATE, Utilities.formatDate calls for 100,000 dates',
      value: formatDateCalls,
      unit: 'calls',
      note: '3,650 distinct days: one call per distinct date',
    },
    {
      name: 'THAI_DATE short-arabic, 100,000 dates',
      value: short,
      unit: 'ms',
      budget: 500,
      note: perItem(short, N),
    },
    {
      name: 'THAI_PERIOD, 10,000 periods',
      value: period,
      unit: 'ms',
      budget: 250,
      note: perItem(period, N / 10),
    },
  ];
};
