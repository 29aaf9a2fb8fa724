export const REGISTER_ERRORS = {
  REGISTER_FILE_MISSING: { status: 400, message: '请上传填好的台账文件（.xlsx）' },
  REGISTER_FILE_TOO_LARGE: { status: 413, message: '台账文件太大了（最大 8 MB），请检查是否选错了文件' },
  REGISTER_NOT_XLSX: { status: 400, message: '这不是 Excel（.xlsx）文件，请用下载的模板填写后上传' },
  REGISTER_COLUMNS_INVALID: { status: 400, message: '台账的表头与模板不一致，请用下载的模板填写，不要改动或删除表头' },
  REGISTER_TOO_MANY_ROWS: { status: 400, message: '台账超过 20000 行，请按楼栋分成几个文件分别导入' },
  REGISTER_EMPTY: { status: 400, message: '台账里没有任何房屋，请填写后再上传' },
  REGISTER_ROWS_INVALID: { status: 400, message: '台账中有填写错误，请按提示的行和列改正后重新上传' },
  REGISTER_PLACE_LEVEL: { status: 400, message: '台账按社区导入，请选择一个社区' },
  REGISTER_IMPORT_NOT_FOUND: { status: 404, message: '找不到这次导入，请重新上传台账' },
  REGISTER_CHANGED: { status: 409, message: '预览之后台账已被修改（可能有人同时导入），请重新上传核对后再确认' },
  REGISTER_REMOVAL_UNKNOWN: { status: 400, message: '勾选删除的房屋或住户不在这次预览的待删除名单中，请重新预览' },
  REGISTER_REMOVAL_IN_USE: { status: 409, message: '勾选删除的房屋已有心愿、报到或议事记录，不能删除；请取消勾选' },
} as const;
