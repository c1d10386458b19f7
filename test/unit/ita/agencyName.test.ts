// The agency a title line names, by the words agency names open with (tryout w17).
import { agencyNameIn } from '../../../src/core/ita/agencyName';

describe('agencyNameIn', () => {
  it('cuts the name before the district, the province or the year', () => {
    expect(agencyNameIn('องค์การบริหารส่วนตำบลหนองบัว อำเภอเมืองขอนแก่น จังหวัดขอนแก่น')).toBe(
      'องค์การบริหารส่วนตำบลหนองบัว',
    );
    expect(agencyNameIn('ผลการประเมินของเทศบาลตำบลบ้านนา ประจำปี 2566')).toBe('เทศบาลตำบลบ้านนา');
    expect(agencyNameIn('อันดับผลคะแนน ITA อบต.หนองบัว')).toBe('อบต.หนองบัว');
    expect(agencyNameIn('สำนักงานคณะกรรมการ ป.ป.ช.')).toBe('สำนักงานคณะกรรมการ ป.ป.ช.');
  });

  it('a source line, a heading, or a word holding กรม names no agency', () => {
    expect(agencyNameIn('ข้อมูลจากระบบ ITAS')).toBeUndefined();
    expect(agencyNameIn('ข้อมูลจากสำนักงาน ป.ป.ช.')).toBeUndefined();
    expect(agencyNameIn('ผลการประเมิน ITA ย้อนหลัง ๓ ปี')).toBeUndefined();
    expect(agencyNameIn('โปรแกรมคำนวณคะแนน')).toBeUndefined();
  });
});
