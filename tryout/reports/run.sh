#!/bin/sh
# Rebuilds the report tryout workbooks and runs every report the tryout looked at, with the real CLI,
# into tryout/reports/out/ (git-ignored), then renders every PDF to PNG pages.
# Run from the worktree root after `npm run build`: sh tryout/reports/run.sh
cd tryout/reports || exit 2
node make.mjs
mkdir -p out
C="node ../../dist/cli.js"
rep() { # rep KEY FILE TEMPLATE
  $C report "$2.xlsx" --template "$3" --answer YES --out "out/$1.xlsx" --pdf "out/$1.pdf" --json > "out/$1.json" 2> "out/$1.err"
  echo "$1 exit $?"
}
rep r01 r01-projects-47-thai "แบบฟอร์มโครงการ"
rep r02 r02-projects-47-reordered-arabic "แบบฟอร์มโครงการ"
rep r03 r03-plan-4dims-wrong-subtotal-thai "สรุปงบประมาณตามแผน"
rep r04 r04-plan-4dims-correct-arabic "สรุปงบประมาณตามแผน"
rep r05 r05-ita-3years-thai "รายงานวิเคราะห์ผล ITA"
rep r06 r06-ita-3years-arabic "รายงานวิเคราะห์ผล ITA"
rep r07 r07-plan-and-detail-disagree "แบบฟอร์มโครงการ"
rep r08 r08-projects-odd-names "แบบฟอร์มโครงการ"
rep r09 r09-projects-amount-styles "แบบฟอร์มโครงการ"
rep r10 r10-plan-total-column-arabic "สรุปงบประมาณตามแผน"
rep r11a r11a-plan-large-amounts-thai "สรุปงบประมาณตามแผน"
rep r11b r11b-plan-large-amounts-arabic "สรุปงบประมาณตามแผน"
rep r12 r12-projects-with-signature "แบบฟอร์มโครงการ"
rep r13 r13-plan-year-typed-twice "สรุปงบประมาณตามแผน"
rep r14 r14-projects-two-budget-years "แบบฟอร์มโครงการ"
for p in out/*.pdf; do pdftoppm -r 70 -png "$p" "${p%.pdf}"; done
