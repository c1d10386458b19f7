// The one summary-row rule, label by label: the labels real tables use (DOMAIN.md §2) are summaries,
// and names that only contain a summary word (a project "รวมพลัง…", "ส่งเสริมการมีส่วนร่วม") are not.
import fc from 'fast-check';
import { isSummaryRowLabel, summaryKind } from '../../../src/core/cells/summaryRow';

describe('summaryKind', () => {
  it.each([
    ['รวม', 'subtotal'],
    ['รวมทั้งสิ้น', 'grandTotal'],
    ['รวมทั้งหมด', 'grandTotal'],
    ['รวม ทั้งสิ้น', 'grandTotal'],
    ['รวมงบประมาณทั้งสิ้น', 'grandTotal'],
    ['ยอดรวมทั้งสิ้น', 'grandTotal'],
    ['รวมงบประมาณ', 'subtotal'],
    ['รวมงบประมาณปี ๒๕๖๖', 'subtotal'],
    ['รวม มิติที่ ๑', 'subtotal'],
    ['รวมมิติที่ 1 การสร้างสังคมที่ไม่ทนต่อการทุจริต', 'subtotal'],
    ['รวม ยุทธศาสตร์ที่ 2', 'subtotal'],
    ['รวมเงิน', 'subtotal'],
    ['รวมเป็นเงิน', 'subtotal'],
    ['ยอดรวม', 'subtotal'],
    ['ผลรวม', 'subtotal'],
    ['รวม (บาท)', 'subtotal'],
    ['รวม:', 'subtotal'],
    ['รวม: 70,000', 'subtotal'],
    ['รวม - มิติที่ ๒', 'subtotal'],
    ['รวม 70,000 บาท', 'subtotal'],
    ['รวม ๔ มิติ', 'subtotal'],
    ['รวมทุกหน่วยงาน', 'subtotal'],
    // A total per unit of the agency (tryout r09 row 5: "รวมสำนักปลัด | 47,000").
    ['รวมสำนักปลัด', 'subtotal'],
    ['รวม สำนักปลัด', 'subtotal'],
    ['รวมกองคลัง', 'subtotal'],
    ['รวมกองการศึกษา ศาสนาและวัฒนธรรม', 'subtotal'],
    ['รวมฝ่ายบริหารงานทั่วไป', 'subtotal'],
    ['รวมส่วนโยธา', 'subtotal'],
    ['รวมหน่วยตรวจสอบภายใน', 'subtotal'],
    ['รวมแผนกธุรการ', 'subtotal'],
    ['ค่าเฉลี่ยทั้งจังหวัด', 'average'],
    ['รวมจำนวน ๖ โครงการ', 'count'],
    ['<p>รวม</p>', 'subtotal'],
    ['\u00a0รวม\u200b ', 'subtotal'],
    ['จำนวน ๖ โครงการ', 'count'],
    ['จำนวน 6 โครงการ', 'count'],
    ['6 โครงการ', 'count'],
    ['รวม ๖ โครงการ', 'count'],
    ['ค่าเฉลี่ย', 'average'],
    ['เฉลี่ย', 'average'],
    ['ค่าเฉลี่ยรวม', 'average'],
    ['ค่าเฉลี่ย IIT', 'average'],
    ['ค่าเฉลี่ย (n = 30)', 'average'],
    ['ร้อยละ', 'statistic'],
    ['ร้อยละ (%)', 'statistic'],
    ['SD:', 'statistic'],
    ['สูงสุด', 'statistic'],
    ['ต่ำสุด', 'statistic'],
    ['ส่วนเบี่ยงเบนมาตรฐาน', 'statistic'],
    ['SD', 'statistic'],
    ['S.D.', 'statistic'],
    ['%', 'statistic'],
    ['Total', 'subtotal'],
    ['TOTAL', 'subtotal'],
    ['Total budget', 'subtotal'],
    ['Subtotal', 'subtotal'],
    ['Grand total', 'grandTotal'],
    ['Grand Total:', 'grandTotal'],
    ['Sum', 'subtotal'],
    ['Average', 'average'],
    ['Mean score', 'average'],
    ['Max', 'statistic'],
  ])('%p is a summary: %p', (label, kind) => {
    expect(summaryKind(label)).toBe(kind);
    expect(isSummaryRowLabel(label)).toBe(true);
  });

  it.each([
    'โครงการรวมพลังป้องกันทุจริต',
    'รวมพลังป้องกันทุจริต',
    'รวมใจต้านโกง',
    'รวมมิตรสัมพันธ์',
    'รวมทุกภาคส่วนต้านทุจริต',
    // รวม + กองทุน / ศูนย์ / โรงเรียน / งาน is a phrase projects are named by, not a unit's total.
    'รวมกองทุนหมู่บ้านต้านทุจริต',
    'รวมศูนย์ข้อมูลข่าวสาร',
    'รวมโรงเรียนขนาดเล็ก',
    'รวมงานบุญประเพณี',
    'รวมพลังสร้างสรรค์ ต้านทุจริต',
    'รวมใจภักดิ์ รักษ์พื้นที่สีเขียว',
    'ส่งเสริมการมีส่วนร่วม',
    'ส่งเสริมการมีส่วนร่วมของประชาชน (รวม 3 กิจกรรม)',
    'สำนักงานรวมใจ',
    'เฉลี่ยสุขเพื่อชุมชน',
    'เฉลี่ย 3 ครั้งต่อเดือน',
    'รวม ๆ แล้วดี',
    'Total: great service',
    'เฉลี่ย: ดีมาก',
    'ร้อยละของเจ้าหน้าที่ที่ผ่านการอบรม',
    'สูงสุดในจังหวัด',
    'ร้อยละ 80',
    'Max 5 per person',
    '๓) โครงการรวมพลัง',
    '3 โครงการฝึกอบรมเจ้าหน้าที่',
    'Total quality management',
    'Summary of findings',
    'Minister visit',
    'Meaningful work',
    'อบต. ก',
    '',
    90,
    true,
    null,
  ])('%p is not a summary', (label) => {
    expect(summaryKind(label)).toBeNull();
    expect(isSummaryRowLabel(label)).toBe(false);
  });
});

describe('summaryKind on any text', () => {
  const thai = fc.string({
    unit: fc.constantFrom(...'รวมเฉลี่ยทั้งสิ้นงบประมาณมิติที่ ๑๒3(): -.'.split('')),
    maxLength: 30,
  });
  it('never throws, and a label that opens with a project word is never a summary', () => {
    fc.assert(
      fc.property(fc.oneof(thai, fc.string()), (rest) => {
        summaryKind(rest);
        return summaryKind(`โครงการ${rest}`) === null && summaryKind(`กิจกรรม ${rest}`) === null;
      }),
    );
  });
});
