// The CLI prints a dialog as the text a person would read in it, not as its HTML.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dialogText } from '../../local/cli/dialogText';

describe('dialogText', () => {
  it('shows the data an add-in dialog fills itself with (the export dialog)', () => {
    const html = `<html><head><style>p { margin: 0 }</style></head><body><p id="th"></p>
      <script>function show(d) {}</script></body></html>
      <script>show({"th":"บันทึกไฟล์แล้ว: a.pdf","en":"Saved: a.pdf","link":"https://drive.google.com/x","name":"a.pdf"})</script>`;
    expect(dialogText(html)).toBe('บันทึกไฟล์แล้ว: a.pdf / Saved: a.pdf / https://drive.google.com/x');
  });

  it('shows the visible text of any other dialog, without styles, scripts or tags', () => {
    const html = '<style>b{}</style><p>ผลรวม &amp; คะแนน</p>\n<script>var x = "<b>";</script><b>OK</b>';
    expect(dialogText(html)).toBe('ผลรวม & คะแนน OK');
  });

  it("the add-in's export dialog template is read as text (no markup printed)", () => {
    const template = readFileSync(join(__dirname, '..', '..', 'src', 'ui', 'exportDialog.html'), 'utf8');
    const text = dialogText(template);
    expect(text).not.toMatch(/[<>{}]/);
    expect(text).toContain('ปิด / Close');
  });
});
