// A per-project detail table's own grand total ("รวมทั้งสิ้น" under its projects, one budget column)
// checked against the sum of its projects: the table the project sheets print from must add up.
import { BIG_0 } from '../bigint';
import { budgetFinding, type BudgetCode } from '../findings/budgetCodes';
import type { PositionedFinding } from '../findings/finding';
import { formatSatang } from './amountCell';
import type { ProjectDetailTable } from './readProjectDetail';

/** budget.grand-total-mismatch when the stated grand total is not the sum of the projects' budgets. */
export function checkDetailTotal(detail: ProjectDetailTable): PositionedFinding<BudgetCode>[] {
  const stated = detail.grandTotal?.budget;
  if (!stated || stated.value.kind !== 'amount') return [];
  let computed = BIG_0;
  for (const p of detail.projects) {
    const v = p.budget?.value;
    // An amount that does not read is not summed as zero: the total is then not checked.
    if (v?.kind === 'invalid') return [];
    if (v?.kind === 'amount') computed += v.satang;
  }
  if (computed === stated.value.satang) return [];
  const [s, c] = [formatSatang(stated.value.satang), formatSatang(computed)];
  return [
    budgetFinding(
      detail.sheet,
      'budget.grand-total-mismatch',
      { year: detail.fiscalYear, stated: s, computed: c },
      stated.row,
      stated.column,
      { stated: s, computed: c },
    ),
  ];
}
