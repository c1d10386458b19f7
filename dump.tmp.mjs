import ExcelJS from 'exceljs';
const [file, only] = process.argv.slice(2);
const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(file);
for (const ws of wb.worksheets) { if (only && ws.name !== only) continue; console.log('##', ws.name);
 ws.eachRow((row, r) => { const cells=[]; row.eachCell((c, col) => cells.push(`${c.address}=${JSON.stringify(c.value)}`)); console.log(r, cells.join(' | ')); }); }
