import { formatAreaHundredths, REGISTER_COLUMNS, REGISTER_RULES, RegisterFlat } from '@linli/shared';
import ExcelJS from 'exceljs';

const INSTRUCTIONS = [
  '每一行是一位住户；没有人住的房屋填一行，住户几列留空。',
  '同一套房屋的几位住户填在相邻的行，楼栋、单元、房号每行都填；面积和产权人可只在第一行填写。',
  '楼栋按社区登记的名称填写（如 1号楼，也可只填 1）；单元如 2单元（或 2），房号如 301。',
  '建筑面积以平方米为单位，大于 0，最多两位小数。',
  '产权人可以有几位（共有），姓名和手机号按相同顺序填写，用顿号（、）分隔；第一位为产权登记的第一产权人。',
  '开发商未售（或已售未交付）的房屋在“开发商未售”填“是”，产权人填开发商名称，不用填电话。',
  '手机号为 11 位大陆手机号；住户没有手机的可以不填。常住/租住 只能填“常住”或“租住”。',
  `不要使用公式或合并单元格；最多 ${REGISTER_RULES.maxRows} 行。表头不要改动。`,
  '上传后先看预览：新增、修改和不在新表中的房屋与住户；不在新表中的只有勾选后才会删除。',
];

/**
 * The register template: the sheet the import reads, with its header, and a sheet of
 * instructions. Given the register as it stands, the sheet comes filled in: editing that file
 * and importing it back changes only what was edited.
 */
export async function registerTemplate(flats: readonly RegisterFlat[] = []): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '邻里';
  const sheet = workbook.addWorksheet(REGISTER_RULES.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = REGISTER_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width, style: { numFmt: '@' } }));
  sheet.getRow(1).font = { bold: true };
  for (const flat of flats) {
    const [unit, room] = splitLabel(flat.label);
    const head = {
      building: flat.building,
      unit,
      room,
      area: formatAreaHundredths(flat.areaHundredths),
      owners: flat.owners.map((o) => o.name).join('、'),
      ownerPhones: flat.developer ? '' : flat.owners.map((o) => o.phone).join('、'),
      developer: flat.developer ? '是' : '否',
    };
    if (flat.residents.length === 0) sheet.addRow(head);
    for (const r of flat.residents) sheet.addRow({ ...head, residentName: r.name, residentPhone: r.phone, kinship: r.kinship, tenure: r.tenure });
  }
  const help = workbook.addWorksheet('填写说明');
  help.getColumn(1).width = 100;
  help.addRow(['台账填写说明']).font = { bold: true };
  for (const line of INSTRUCTIONS) help.addRow([line]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function splitLabel(label: string): [string, string] {
  const space = label.indexOf(' ');
  return space < 0 ? ['', label] : [label.slice(0, space), label.slice(space + 1)];
}
