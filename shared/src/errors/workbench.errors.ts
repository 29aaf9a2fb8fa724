export const WORKBENCH_ERRORS = {
  QUEUE_KIND_NOT_BULK: { status: 400, message: '这类事项需要逐条处理，不能批量通过' },
  QUEUE_ITEM_NOT_WAITING: { status: 409, message: '这条事项已被处理或不在本社区的待办中' },
  DASHBOARD_PLACE_LEVEL: { status: 400, message: '工作台数据只按社区或街道统计' },
  AUDIT_RANGE_INVALID: { status: 400, message: '查询的日期范围不正确' },
} as const;
