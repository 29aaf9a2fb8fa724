export const EXPORT_ERRORS = {
  EXPORT_NOT_FOUND: { status: 404, message: '找不到这个导出任务' },
  EXPORT_PLACE_LEVEL: { status: 400, message: '只能导出社区或街道的数据' },
  EXPORT_RANGE_REVERSED: { status: 400, message: '开始日期不能晚于结束日期' },
  EXPORT_RANGE_TOO_LONG: { status: 400, message: '导出的时间范围最长一年（366 天），请分段导出' },
  EXPORT_TOO_MANY: { status: 429, message: '您已有 3 个导出正在进行，请等它们完成后再试' },
  EXPORT_NOT_READY: { status: 409, message: '导出还没有完成，请稍后再下载' },
  EXPORT_FAILED: { status: 409, message: '导出失败了，请重新导出' },
  EXPORT_FILE_EXPIRED: { status: 410, message: '导出文件只保留一天，已过期，请重新导出' },
} as const;
